/**
 * Cached JSON reads: a payload is built once per version of its data and then served from memory
 * (this isolate's few most recent payloads) or the Cache API (`caches.default`, shared by the
 * isolates of a location), with a strong ETag (SHA-256 of the exact bytes) and 304 on If-None-Match.
 *
 * Invalidation is by key, not by purge: callers put a version into the key that changes with every
 * write that can change the payload (the story's revision and generation, read from D1 on each
 * request), and the Worker version id is part of every key, so a deploy never serves another
 * version's payload shape. Old entries are simply never asked for again and expire.
 *
 * NOTE: the Cache API is per Cloudflare location and is a no-op on *.workers.dev (there only the
 * in-memory layer helps). Keying on data read from D1 (rather than purging on write, which would
 * reach one location's cache only) keeps every location and every isolate correct.
 * https://developers.cloudflare.com/workers/runtime-apis/cache/
 */
import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { sha256Hex } from './hash';

/** What clients and shared caches are told: store, but revalidate every time (304 is cheap). */
export const PUBLIC_READ_CACHE_CONTROL = 'public, no-cache';

/** How long the Worker's own cached copy lives; its key changes on every write anyway. */
const STORED_CACHE_CONTROL = 'public, max-age=86400';

/** A built payload: its exact bytes and their ETag. */
export interface Payload {
  body: string;
  etag: string;
}

/**
 * This isolate's most recently used payloads, by cache key (which carries the data's version, so an
 * entry can never be stale — only unused). Bounded by count and by total size.
 */
export class RecentPayloads {
  private readonly entries = new Map<string, Payload>();
  private size = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  get(key: string): Payload | undefined {
    const payload = this.entries.get(key);
    if (payload) {
      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, payload);
    }
    return payload;
  }

  set(key: string, payload: Payload): void {
    if (payload.body.length > this.maxChars) return;
    this.delete(key);
    this.entries.set(key, payload);
    this.size += payload.body.length;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.size <= this.maxChars) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const payload = this.entries.get(key);
    if (!payload) return;
    this.entries.delete(key);
    this.size -= payload.body.length;
  }
}

const recent = new RecentPayloads(64, 8 * 1024 * 1024);

/** True when an If-None-Match header lists `etag` (weak comparison, as RFC 9110 asks) or is `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Serves the JSON that `build` returns, cached under `key` (which must change whenever the payload
 * can): 200 with the body, or 304 when the client already has these bytes.
 * @example return cachedJson(c, `story/${slug}/r${story.revision}.g${story.generation}`, () => loadPayload());
 */
export async function cachedJson(c: Context<AppEnv>, key: string, build: () => Promise<unknown>): Promise<Response> {
  const fullKey = `${c.env.CF_VERSION_METADATA.id}/${key}`;
  const payload = recent.get(fullKey) ?? (await fromCacheApi(c, fullKey, build));
  const headers = { ETag: payload.etag, 'Cache-Control': PUBLIC_READ_CACHE_CONTROL };
  if (etagMatches(c.req.header('If-None-Match'), payload.etag)) return c.body(null, 304, headers);
  return c.body(payload.body, 200, { ...headers, 'Content-Type': 'application/json' });
}

/** The payload from the Cache API, or built now (and stored there and in memory). */
async function fromCacheApi(c: Context<AppEnv>, fullKey: string, build: () => Promise<unknown>): Promise<Payload> {
  const cache = caches.default;
  const request = new Request(new URL(`/__payload-cache/${fullKey}`, c.req.url));
  const stored = await cache.match(request);
  let payload: Payload;
  if (stored) {
    payload = { body: await stored.text(), etag: stored.headers.get('ETag') ?? '' };
  } else {
    const body = JSON.stringify(await build());
    payload = { body, etag: `"${(await sha256Hex(body)).slice(0, 32)}"` };
    const response = new Response(body, {
      headers: { 'Content-Type': 'application/json', ETag: payload.etag, 'Cache-Control': STORED_CACHE_CONTROL },
    });
    c.executionCtx.waitUntil(cache.put(request, response));
  }
  recent.set(fullKey, payload);
  return payload;
}
