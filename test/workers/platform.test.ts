/** Cross-cutting HTTP behaviour: 404/405 JSON, CORS, security headers, the test token binding. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { errorOf, makeStory, request, write } from './helpers';

describe('unknown routes and methods', () => {
  it.each(['/api/nope', '/api/stories/x/y/z', '/nothing-here', '/api/stories/'])('answers 404 JSON for %s', async (path) => {
    const res = await request(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it.each([
    ['PUT', '/api/stories', 'GET, HEAD, POST'],
    ['DELETE', '/api/stories/some-story', 'GET, HEAD'],
    ['PATCH', '/api/articles/12', 'DELETE'],
    ['GET', '/api/articles/12', 'DELETE'],
    ['GET', '/api/analyze', 'POST'],
    ['POST', '/api/stories/some-story/metrics.csv', 'GET, HEAD'],
    ['GET', '/api/admin/reanalyze', 'POST'],
    ['POST', '/healthz', 'GET, HEAD'],
  ])('answers %s %s with 405 JSON and Allow: %s', async (method, path, allow) => {
    const res = await request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe(allow);
    expect(await errorOf(res)).toEqual({ code: 'method_not_allowed', message: `${method} is not allowed here; use ${allow}.` });
  });

  it('answers HEAD on a GET route without a body', async () => {
    const res = await request('/api/stories', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('CORS: reads are open, writes are not', () => {
  it('lets any origin read', async () => {
    const res = await request('/api/stories', { headers: { Origin: 'https://news.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('adds the header to read errors too', async () => {
    const res = await request('/api/stories/no-such-story', { headers: { Origin: 'https://news.example' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('answers a GET preflight with an allowance for read methods only', async () => {
    const res = await request('/api/stories/x', {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET, HEAD, OPTIONS');
  });

  it.each(['POST', 'DELETE'])('gives a %s preflight no allowance', async (method) => {
    const res = await request('/api/stories', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Methods')).toBeNull();
    expect(res.headers.get('Access-Control-Allow-Headers')).toBeNull();
  });

  it('sends no CORS header on write responses', async () => {
    const res = await write('POST', '/api/stories', { slug: `cors-${crypto.randomUUID().slice(0, 8)}`, title: 't' }, { Origin: 'https://evil.example' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('security headers', () => {
  it.each(['/api/stories', '/healthz', '/api/nope', '/api/openapi.json'])('sets nosniff, referrer policy and a deny-all CSP on %s', async (path) => {
    const res = await request(path);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('sets them on errors from writes too', async () => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, '{bad');
    expect(res.status).toBe(400);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe('test environment', () => {
  it("uses the test config's ADMIN_TOKEN, not a developer's .dev.vars", () => {
    expect(env.ADMIN_TOKEN).toBe('test-admin-token');
  });

  it('answers /healthz', async () => {
    const res = await request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
