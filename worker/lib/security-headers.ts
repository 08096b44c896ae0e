/**
 * Security headers for every response the Worker itself produces. API responses (JSON, CSV) also
 * get a CSP that forbids everything, so a response opened directly in a browser can never run or
 * frame anything. HTML pages set their own CSP (worker/routes/pages.ts).
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** True for paths whose responses are data, not pages. */
export function isApiPath(path: string): boolean {
  return path === '/healthz' || path === '/api' || path.startsWith('/api/');
}

export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  // NOTE: responses passed through from other fetches (e.g. the ASSETS binding) have immutable
  // headers; re-wrapping makes them mutable. https://developers.cloudflare.com/workers/runtime-apis/response/
  c.res = new Response(c.res.body, c.res);
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (isApiPath(c.req.path)) {
    c.res.headers.set('Content-Security-Policy', API_CSP);
    c.res.headers.set('X-Frame-Options', 'DENY');
  }
});
