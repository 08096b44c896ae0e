/**
 * Cached JSON reads: a payload is built once per version of its data and then served from the Cache
 * API (`caches.default`), with a strong ETag (SHA-256 of the exact bytes) and 304 on If-None-Match.
 *
 * Invalidation is by key, not by purge: callers put a version into the key that changes with every
 * write that can change the payload (the story's revision and generation, read from D1 on each
 * request), and the Worker version id is part of every key, so a deploy never serves another
 * version's payload shape. Old entries are simply never asked for again and expire.
 *
 * NOTE: the Cache API is per Cloudflare location and is a no-op on *.workers.dev; without it every
 * request builds the payload (still correct, only slower). Keying on data read from D1 (rather than
 * purging on write, which reaches one location only) keeps every location correct.
 * https://developers.cloudflare.com/workers/runtime-apis/cache/
 */
import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { sha256Hex } from './hash';

/** What clients and shared caches are told: store, but revalidate every time (304 is cheap). */
export const PUBLIC_READ_CACHE_CONTROL = 'public, no-cache';

/** How long the Worker's own cached copy lives; its key changes on every write anyway. */
const STORED_CACHE_CONTROL = 'public, max-age=86400';

/** True when an If-None-Match header lists `etag` (weak comparison, as RFC 9110 asks) or is `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** The synthetic request a payload is stored under in `caches.default`. */
function cacheRequest(c: Context<AppEnv>, key: string): Request {
  const worker = c.env.CF_VERSION_METADATA.id;
  return new Request(new URL(`/__payload-cache/${encodeURIComponent(worker)}/${key}`, c.req.url));
}

/**
 * Serves the JSON that `build` returns, cached under `key` (which must change whenever the payload
 * can): 200 with the body, or 304 when the client already has these bytes.
 * @example return cachedJson(c, `story/${slug}/r${story.revision}.g${story.generation}`, () => loadPayload());
 */
export async function cachedJson(c: Context<AppEnv>, key: string, build: () => Promise<unknown>): Promise<Response> {
  const cache = caches.default;
  const request = cacheRequest(c, key);
  let stored = await cache.match(request);
  if (!stored) {
    const body = JSON.stringify(await build());
    const etag = `"${(await sha256Hex(body)).slice(0, 32)}"`;
    stored = new Response(body, {
      headers: { 'Content-Type': 'application/json', ETag: etag, 'Cache-Control': STORED_CACHE_CONTROL },
    });
    c.executionCtx.waitUntil(cache.put(request, stored.clone()));
  }
  const etag = stored.headers.get('ETag') ?? '';
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_READ_CACHE_CONTROL };
  if (etagMatches(c.req.header('If-None-Match'), etag)) {
    await stored.body?.cancel();
    return c.body(null, 304, headers);
  }
  return c.body(stored.body ?? '', 200, { ...headers, 'Content-Type': 'application/json' });
}
