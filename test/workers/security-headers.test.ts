/**
 * The security-headers middleware covers every response of the Worker, by route class: data routes
 * deny everything, widget paths may be framed by any site, every other page only by this origin.
 * (Static files: test/node/hardening/headers.test.ts, against wrangler dev.)
 */
import { describe, expect, it } from 'vitest';
import { API_CSP, contentSecurityPolicy, PAGE_CSP, WIDGET_CSP } from '../../worker/lib/security-headers';
import { makeStory, request, write } from './helpers';

describe('Content-Security-Policy by route class', () => {
  it('forbids inline script and style on pages, and allows images from data: and blob: URLs only besides self', () => {
    expect(PAGE_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
    );
    expect(WIDGET_CSP).toBe(PAGE_CSP.replace("frame-ancestors 'self'", 'frame-ancestors *'));
    expect(PAGE_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it.each([
    ['/api/stories', API_CSP],
    ['/api', API_CSP],
    ['/healthz', API_CSP],
    ['/oembed', API_CSP],
    ['/embed.js', WIDGET_CSP],
    ['/embed/some-story/profile', WIDGET_CSP],
    ['/', PAGE_CSP],
    ['/stories/some-story', PAGE_CSP],
    ['/embedded', PAGE_CSP],
    ['/apiary', PAGE_CSP],
  ])('gives %s its policy', (path, csp) => {
    expect(contentSecurityPolicy(path)).toBe(csp);
  });

  it.each([
    ['GET', '/', PAGE_CSP, null],
    ['GET', '/stories/no-such-story', PAGE_CSP, null],
    ['GET', '/method', PAGE_CSP, null],
    ['GET', '/embed/no-such-story/profile', WIDGET_CSP, null],
    ['GET', '/embed.js', WIDGET_CSP, null],
    ['GET', '/oembed?url=https://example.com/', API_CSP, 'DENY'],
    ['POST', '/api/stories', API_CSP, 'DENY'],
    ['DELETE', '/nothing-here', PAGE_CSP, null],
  ])('sets nosniff, the referrer policy and the CSP on %s %s, whatever it answers', async (method, path, csp, frameOptions) => {
    const res = await request(path, { method });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Content-Security-Policy')).toBe(csp);
    expect(res.headers.get('X-Frame-Options')).toBe(frameOptions);
  });

  it('sets them on cached reads, 304s and successful writes too', async () => {
    const created = await write('POST', '/api/stories', { slug: `headers-${crypto.randomUUID().slice(0, 8)}`, title: 't' });
    expect(created.status).toBe(201);
    expect(created.headers.get('Content-Security-Policy')).toBe(API_CSP);
    const slug = await makeStory();
    const read = await request(`/api/stories/${slug}`);
    const notModified = await request(`/api/stories/${slug}`, { headers: { 'If-None-Match': read.headers.get('ETag')! } });
    expect(notModified.status).toBe(304);
    for (const res of [read, notModified]) {
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Content-Security-Policy')).toBe(API_CSP);
    }
  });
});
