/**
 * The rate limits of wrangler.toml on the real local runtime: `wrangler dev` (started through
 * startLocalServer on a free port, with a temporary database) answers the 61st analysis and the
 * 121st write of a minute from one address with 429 JSON and Retry-After: 60.
 *
 * Each test uses its own client address: wrangler dev sets CF-Connecting-IP from the socket only
 * when the request has none (on Cloudflare the edge always sets it and a client cannot).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../scripts/lib/local-server';

const ANALYZE_LIMIT = 60;
const WRITE_LIMIT = 120;

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ persistTo: mkdtempSync(join(tmpdir(), 'fl-rate-limit-')) });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/**
 * NOTE: the local limiter counts in fixed windows aligned to the wall clock, so a burst straddling a
 * minute boundary would be split; wait out the last seconds of a minute before a burst.
 */
async function awaitFreshWindow(burstSeconds = 10): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < burstSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Sends `count` requests one after another and returns their statuses. */
async function statuses(count: number, send: () => Promise<Response>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await send();
    await res.arrayBuffer();
    seen.push(res.status);
  }
  return seen;
}

describe('rate limits under wrangler dev', () => {
  it(`lets ${ANALYZE_LIMIT} analyses a minute through from one address, then answers 429 with Retry-After`, async () => {
    await awaitFreshWindow();
    const analyze = () => post('/api/analyze', { text: 'Officials may delay the vote.', passage: true });
    expect(await statuses(ANALYZE_LIMIT, analyze)).toEqual(Array(ANALYZE_LIMIT).fill(200));
    const limited = await analyze();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(limited.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await limited.json()).toEqual({
      error: { code: 'rate_limited', message: 'Too many analyses from this address; try again in 60 seconds.' },
    });
    // Reads from the same address are not limited.
    expect((await fetch(`${server.baseUrl}/api/stories`)).status).toBe(200);
  }, 60_000);

  it(`counts writes per address before the token check: ${WRITE_LIMIT} × 401, then 429 even with the token`, async () => {
    await awaitFreshWindow();
    const address = '203.0.113.7';
    const guess = () => post('/api/stories', { slug: 'guess', title: 't' }, { Authorization: 'Bearer wrong', 'CF-Connecting-IP': address });
    expect(await statuses(WRITE_LIMIT, guess)).toEqual(Array(WRITE_LIMIT).fill(401));
    const limited = await post('/api/stories', { slug: 'after-limit', title: 't' }, { Authorization: `Bearer ${server.token}`, 'CF-Connecting-IP': address });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect((await fetch(`${server.baseUrl}/api/stories/after-limit`)).status).toBe(404);

    // Another address still writes.
    const other = await post('/api/stories', { slug: 'other-address', title: 't' }, { Authorization: `Bearer ${server.token}`, 'CF-Connecting-IP': '203.0.113.8' });
    expect(other.status).toBe(201);
  }, 60_000);
});
