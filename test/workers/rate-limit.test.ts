/**
 * Rate limits: the app, with the real Rate Limiting binding (miniflare's local implementation) set to
 * 3 requests a minute, answers the 4th analysis or write from one address with 429 JSON and
 * Retry-After — before checking the token or reading the body — while other addresses, the other
 * route class and reads are unaffected. The limits configured in wrangler.toml are shown under
 * `wrangler dev` in test/node/hardening/rate-limit.test.ts.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import wranglerToml from '../../wrangler.toml?raw';
import app from '../../worker';
import { clientKey, RATE_LIMITS, rateLimitClass } from '../../worker/lib/rate-limit';
import { ADMIN_TOKEN, errorOf, ORIGIN, sampleArticle, uniqueSlug } from './helpers';

const TIGHT_LIMIT = 3;
const tightEnv = { ...env, ANALYZE_RATE_LIMITER: env.TEST_TIGHT_RATE_LIMITER, WRITE_RATE_LIMITER: env.TEST_TIGHT_RATE_LIMITER };

let addressCounter = 0;
/** A client address no other test uses, so each test starts with fresh counters. */
function freshAddress(): string {
  addressCounter += 1;
  return `198.51.100.${addressCounter}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * NOTE: miniflare's local limiter counts in fixed windows aligned to the wall clock
 * (`floor(now / period)`), so a burst that straddles a minute boundary would be split across two
 * windows. Waiting out the last seconds of a minute keeps each test's burst in one window.
 */
async function awaitFreshWindow(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

async function send(path: string, init: RequestInit & { address: string }): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('CF-Connecting-IP', init.address);
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }), tightEnv, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

function analyze(address: string): Promise<Response> {
  return send('/api/analyze', {
    address,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: 'Officials may delay the vote.', passage: true }),
  });
}

function createStory(address: string, slug: string, token: string | null = ADMIN_TOKEN): Promise<Response> {
  return send('/api/stories', {
    address,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ slug, title: 'Rate limited story' }),
  });
}

async function storyExists(slug: string): Promise<boolean> {
  return (await env.DB.prepare('select 1 as found from stories where slug = ?').bind(slug).first()) !== null;
}

describe('rate limits (binding set to 3 a minute)', () => {
  it('answers the 4th analysis from one address with 429 JSON and Retry-After: 60', async () => {
    await awaitFreshWindow();
    const address = freshAddress();
    for (let i = 0; i < TIGHT_LIMIT; i++) expect((await analyze(address)).status).toBe(200);
    const limited = await analyze(address);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(limited.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await errorOf(limited)).toEqual({
      code: 'rate_limited',
      message: 'Too many analyses from this address; try again in 60 seconds.',
    });
    expect(limited.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(limited.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('counts writes before the token is checked: 3 × 401, then 429 even with the right token, and nothing stored', async () => {
    await awaitFreshWindow();
    const address = freshAddress();
    for (let i = 0; i < TIGHT_LIMIT; i++) expect((await createStory(address, uniqueSlug('guess'), 'wrong-token')).status).toBe(401);
    const slug = uniqueSlug('limited');
    const limited = await createStory(address, slug);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(await errorOf(limited)).toEqual({ code: 'rate_limited', message: 'Too many writes from this address; try again in 60 seconds.' });
    expect(await storyExists(slug)).toBe(false);
  });

  it('rejects an over-limit write before reading its body (a malformed body still gets 429, not 400)', async () => {
    await awaitFreshWindow();
    const address = freshAddress();
    for (let i = 0; i < TIGHT_LIMIT; i++) expect((await createStory(address, uniqueSlug())).status).toBe(201);
    const res = await send('/api/stories', {
      address,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: '{not json',
    });
    expect(res.status).toBe(429);
  });

  it('counts DELETE and ingest as writes, in the same bucket as story creation', async () => {
    await awaitFreshWindow();
    const address = freshAddress();
    const slug = uniqueSlug();
    expect((await createStory(address, slug)).status).toBe(201);
    const ingest = await send(`/api/stories/${slug}/articles`, {
      address,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ text: sampleArticle('limited') }),
    });
    expect(ingest.status).toBe(201);
    const { id } = (await ingest.json()) as { id: number };
    const del = () => send(`/api/articles/${id}`, { address, method: 'DELETE', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect((await del()).status).toBe(200);
    expect((await del()).status).toBe(429);
  });

  it('keeps separate counters per address and per route class, and never limits reads', async () => {
    await awaitFreshWindow();
    const [a, b] = [freshAddress(), freshAddress()];
    for (let i = 0; i < TIGHT_LIMIT; i++) expect((await createStory(a, uniqueSlug())).status).toBe(201);
    expect((await createStory(a, uniqueSlug())).status).toBe(429);
    // Another address may still write; the same address may still analyse and read.
    const slugOfB = uniqueSlug();
    expect((await createStory(b, slugOfB)).status).toBe(201);
    expect(await storyExists(slugOfB)).toBe(true);
    expect((await analyze(a)).status).toBe(200);
    for (let i = 0; i < 2 * TIGHT_LIMIT; i++) {
      expect((await send('/api/stories', { address: a })).status).toBe(200);
      expect((await send(`/api/stories/${slugOfB}`, { address: a, method: 'HEAD' })).status).toBe(200);
      expect((await send('/api/stories', { address: a, method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } })).status).toBe(204);
    }
  });
});

describe('rate limit keys', () => {
  it.each([
    ['POST', '/api/analyze', 'analyze'],
    ['post', '/api/analyze', 'analyze'],
    ['POST', '/api/stories', 'write'],
    ['POST', '/api/stories/x/articles', 'write'],
    ['DELETE', '/api/articles/1', 'write'],
    ['POST', '/api/admin/reanalyze', 'write'],
    ['PUT', '/api/stories', 'write'],
    ['GET', '/api/analyze', null],
    ['HEAD', '/api/stories', null],
    ['OPTIONS', '/api/stories', null],
  ])('classes %s %s as %s', (method, path, expected) => {
    expect(rateLimitClass(method, path)).toBe(expected);
  });

  it('keys by CF-Connecting-IP, and puts requests without one in a single local bucket', () => {
    expect(clientKey(new Headers({ 'CF-Connecting-IP': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(clientKey(new Headers({ 'CF-Connecting-IP': ' 203.0.113.9 ' }))).toBe('203.0.113.9');
    expect(clientKey(new Headers())).toBe('local');
    // X-Forwarded-For is client-controlled on Cloudflare; it must not pick the bucket.
    expect(clientKey(new Headers({ 'X-Forwarded-For': '203.0.113.77' }))).toBe('local');
  });
});

describe('rate limit configuration', () => {
  /** The `[[ratelimits]]` tables of wrangler.toml: name → { limit, period }. */
  function configuredLimits(toml: string): Map<string, { limit: number; period: number }> {
    const limits = new Map<string, { limit: number; period: number }>();
    for (const table of toml.split(/^\[\[ratelimits\]\]\s*$/m).slice(1)) {
      const name = /^name\s*=\s*"([^"]+)"/m.exec(table)?.[1];
      const simple = /^simple\s*=\s*\{\s*limit\s*=\s*(\d+)\s*,\s*period\s*=\s*(\d+)\s*\}/m.exec(table);
      if (name && simple) limits.set(name, { limit: Number(simple[1]), period: Number(simple[2]) });
    }
    return limits;
  }

  it("matches wrangler.toml: each class's binding exists with the period Retry-After announces", () => {
    const limits = configuredLimits(wranglerToml);
    expect([...limits.keys()].sort()).toEqual(['ANALYZE_RATE_LIMITER', 'WRITE_RATE_LIMITER']);
    for (const rule of Object.values(RATE_LIMITS)) expect(limits.get(rule.binding)?.period).toBe(rule.periodSeconds);
  });

  it('leaves room for real use: seeding the demo (6 writes) and 50 ingests in a burst fit in one write window', () => {
    const limits = configuredLimits(wranglerToml);
    expect(limits.get('WRITE_RATE_LIMITER')?.limit).toBeGreaterThanOrEqual(56);
    expect(limits.get('ANALYZE_RATE_LIMITER')?.limit).toBeGreaterThanOrEqual(30);
  });
});
