/**
 * Rate limits on the API's costly and sensitive requests, with the Workers Rate Limiting binding:
 * `POST /api/analyze` (public, runs the analyser) and every write (counted before the token is
 * checked, so guessing tokens is throttled as well). Each client IP has its own counter per route
 * class; a request over the limit gets 429 JSON with `Retry-After`.
 *
 * The limits themselves live in wrangler.toml (`[[ratelimits]]`); the binding only answers
 * "allowed or not", so `periodSeconds` below must match the configured period (a Node test checks).
 * https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/
 *
 * NOTE: counters are per Cloudflare location and eventually consistent — a guard against abuse and
 * runaway scripts, not an exact quota.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';
import { ApiError } from './errors';

export type RateLimitClass = 'analyze' | 'write';

export interface RateLimitRule {
  /** The `[[ratelimits]]` binding that counts this class. */
  binding: 'ANALYZE_RATE_LIMITER' | 'WRITE_RATE_LIMITER';
  /** Its configured period; a client over the limit is told to retry after this long. */
  periodSeconds: 10 | 60;
}

export const RATE_LIMITS: Record<RateLimitClass, RateLimitRule> = {
  analyze: { binding: 'ANALYZE_RATE_LIMITER', periodSeconds: 60 },
  write: { binding: 'WRITE_RATE_LIMITER', periodSeconds: 60 },
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Which limit a request counts against, or null for reads.
 * @example rateLimitClass('POST', '/api/analyze') // 'analyze'
 * @example rateLimitClass('DELETE', '/api/articles/3') // 'write'
 */
export function rateLimitClass(method: string, path: string): RateLimitClass | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  return path === '/api/analyze' ? 'analyze' : 'write';
}

/**
 * The client a request counts for. Cloudflare sets `CF-Connecting-IP` on every request (a client
 * cannot override it); `wrangler dev` sets it from the socket unless the request already has one.
 * Requests without it (only tests calling the app directly) share one local bucket.
 */
export function clientKey(headers: Headers): string {
  return headers.get('CF-Connecting-IP')?.trim() || 'local';
}

/** Counts non-safe `/api/*` requests against their class's limit; mount before auth and body parsing. */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const routeClass = rateLimitClass(c.req.method, c.req.path);
  if (routeClass) {
    const rule = RATE_LIMITS[routeClass];
    const { success } = await c.env[rule.binding].limit({ key: `${routeClass}:${clientKey(c.req.raw.headers)}` });
    if (!success) {
      throw new ApiError(
        429,
        'rate_limited',
        routeClass === 'analyze'
          ? `Too many analyses from this address; try again in ${rule.periodSeconds} seconds.`
          : `Too many writes from this address; try again in ${rule.periodSeconds} seconds.`,
        { 'Retry-After': String(rule.periodSeconds) },
      );
    }
  }
  await next();
});
