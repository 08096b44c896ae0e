/**
 * Reuses the version lookup of a cached read (a story's D1 row; the story list's version) for
 * `VERSION_REUSE_MS` within this isolate, so a burst of reads of the same story costs one D1 query
 * rather than one each; the payload itself then comes from lib/payload-cache.ts.
 *
 * Consistency: any write handled by this isolate forgets every remembered version before its
 * response is sent, so a client that writes and then reads through the same isolate (always the case
 * under `wrangler dev`) sees its write. Another isolate may answer from a lookup at most
 * `VERSION_REUSE_MS` old: a write becomes visible everywhere within that time. Set it to 0 to look
 * the version up on every request.
 *
 * Only plain data is kept between requests (never promises or I/O objects, which workerd ties to
 * the request that created them).
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

export const VERSION_REUSE_MS = 100;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Remembered lookups by key, each with the time it was made. */
export class VersionMemo<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  /** Bumped by every forgetAll(), so a lookup that overlapped a write is not remembered. */
  private epoch = 0;

  constructor(private readonly reuseMs: number = VERSION_REUSE_MS) {}

  /** The remembered value if it is recent enough, else `load()`'s (null results are not kept). */
  async get(key: string, load: () => Promise<T | null>): Promise<T | null> {
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.at < this.reuseMs) return entry.value;
    const [at, epoch] = [Date.now(), this.epoch];
    const value = await load();
    if (value === null) this.entries.delete(key);
    else if (this.reuseMs > 0 && epoch === this.epoch) this.entries.set(key, { value, at });
    return value;
  }

  forgetAll(): void {
    this.epoch += 1;
    this.entries.clear();
  }
}

const memos: VersionMemo<unknown>[] = [];

/** A memo that every write handled by this isolate clears. */
export function versionMemo<T>(): VersionMemo<T> {
  const memo = new VersionMemo<T>();
  memos.push(memo as VersionMemo<unknown>);
  return memo;
}

/** Clears every version memo once a write (any non-safe method) has been handled. */
export const forgetVersionsOnWrite = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  try {
    await next();
  } finally {
    for (const memo of memos) memo.forgetAll();
  }
});
