/**
 * Response headers per route class on the real local runtime (`wrangler dev` with Workers Static
 * Assets, seeded): static files get theirs from dashboard/public/_headers, everything the Worker
 * answers gets them from its middleware, and the cached story payload revalidates with ETag/304.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startLocalServer, type LocalServer } from '../../../scripts/lib/local-server';

const PAGE_DIRECTIVES =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
const PAGE_CSP = `${PAGE_DIRECTIVES}; frame-ancestors 'self'`;
const WIDGET_CSP = `${PAGE_DIRECTIVES}; frame-ancestors *`;
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const SLUG = 'xi-biden-election-2024';

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ persistTo: mkdtempSync(join(tmpdir(), 'fl-headers-')), seed: true });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const res = await fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' });
  await res.arrayBuffer();
  return res;
}

function expectCommon(res: Response, csp: string): void {
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('Content-Security-Policy')).toBe(csp);
}

/** A fingerprinted bundle Vite built (the build runs before the tests: `pretest`). */
function builtAsset(extension: string): string {
  const name = readdirSync(join(ROOT, 'dist', 'dashboard', 'assets')).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`no ${extension} in dist/dashboard/assets; run npm run build`);
  return `/assets/${name}`;
}

describe('static files (dashboard/public/_headers)', () => {
  it.each([
    ['a script bundle', () => builtAsset('.js')],
    ['a stylesheet', () => builtAsset('.css')],
    ['the favicon', () => '/favicon.svg'],
    ['a page served straight from the assets (story.html)', () => '/story'],
  ])('sends nosniff, the referrer policy and the page CSP on %s', async (_label, path) => {
    const res = await get(path());
    expect(res.status).toBe(200);
    expectCommon(res, PAGE_CSP);
  });

  it('lets browsers keep fingerprinted bundles for a year, and revalidate everything else', async () => {
    expect((await get(builtAsset('.js'))).headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.svg')).headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
  });

  it('does not serve the _headers file itself', async () => {
    const res = await fetch(`${server.baseUrl}/_headers`);
    expect(await res.text()).not.toContain('X-Content-Type-Options');
  });
});

describe('responses of the Worker (security-headers middleware)', () => {
  it.each(['/', `/stories/${SLUG}`, '/stories/no-such-story', '/try', '/method'])('gives the page %s the page CSP', async (path) => {
    const res = await get(path);
    expect(res.status).toBeLessThan(500);
    expectCommon(res, PAGE_CSP);
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it.each([`/embed/${SLUG}/profile`, '/embed.js'])('lets any site frame %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBeLessThan(500);
    expectCommon(res, WIDGET_CSP);
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it.each(['/api/stories', `/api/stories/${SLUG}`, '/api/nope', '/healthz', '/oembed'])('gives the data route %s the deny-all CSP and no framing', async (path) => {
    const res = await get(path);
    expect(res.status).toBeLessThan(500);
    expectCommon(res, API_CSP);
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('the cached story payload under wrangler dev', () => {
  it('revalidates with its ETag (304) and changes after an ingest', async () => {
    const first = await get(`/api/stories/${SLUG}`);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, no-cache');
    expect((await get(`/api/stories/${SLUG}`, { 'If-None-Match': etag! })).status).toBe(304);

    const ingest = await fetch(`${server.baseUrl}/api/stories/${SLUG}/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ outlet: 'Header Test Wire', text: 'Officials may delay the vote, a source said.' }),
    });
    expect(ingest.status).toBe(201);
    const after = await fetch(`${server.baseUrl}/api/stories/${SLUG}`, { headers: { 'If-None-Match': etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    const payload = (await after.json()) as { articles: { label: string }[] };
    expect(payload.articles.map((a) => a.label)).toContain('Header Test Wire');
  });
});
