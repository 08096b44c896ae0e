/**
 * Security headers for every response the Worker produces — JSON, CSV, HTML pages (the pages router
 * included) and errors. The Content-Security-Policy is chosen here by route class, so no route can
 * forget or weaken it:
 * - data (`/api/*`, `/healthz`, `/oembed`): a policy that forbids everything, and no framing;
 * - widget pages (`/embed/*`) and the host script `/embed.js`: the page policy, framable by any site
 *   (journalists embed widgets in their articles; issue 6);
 * - every other page: no inline script or style, everything from this origin, framable by this origin only.
 * Static files served without the Worker get the same headers from dashboard/public/_headers.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Dashboard pages: no inline script or style; framable only by Framelens itself. */
export const PAGE_CSP = [...PAGE_DIRECTIVES, "frame-ancestors 'self'"].join('; ');

/** Widget pages and /embed.js: the same policy, framable by any site. */
export const WIDGET_CSP = [...PAGE_DIRECTIVES, 'frame-ancestors *'].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** True for paths whose responses are data, not pages. */
export function isApiPath(path: string): boolean {
  return path === '/healthz' || path === '/oembed' || path === '/api' || path.startsWith('/api/');
}

/** True for the widget pages and their host script, which other sites may frame or load. */
export function isWidgetPath(path: string): boolean {
  return path === '/embed.js' || path.startsWith('/embed/');
}

/** The Content-Security-Policy for a response to `path`. */
export function contentSecurityPolicy(path: string): string {
  if (isApiPath(path)) return API_CSP;
  return isWidgetPath(path) ? WIDGET_CSP : PAGE_CSP;
}

export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  // NOTE: responses passed through from other fetches (e.g. the ASSETS binding) have immutable
  // headers; re-wrapping makes them mutable. https://developers.cloudflare.com/workers/runtime-apis/response/
  c.res = new Response(c.res.body, c.res);
  const headers = c.res.headers;
  const path = c.req.path;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', REFERRER_POLICY);
  headers.set('Content-Security-Policy', contentSecurityPolicy(path));
  if (isApiPath(path)) headers.set('X-Frame-Options', 'DENY');
  else headers.delete('X-Frame-Options');
});
