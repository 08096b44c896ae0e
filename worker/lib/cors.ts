/**
 * CORS for the JSON API: reads (GET, HEAD, and their OPTIONS preflights) are open to any origin so
 * widgets and other sites can fetch story data; writes get no CORS allowance at all, so a browser on
 * another origin can never send an authenticated write.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

const READ_METHODS = 'GET, HEAD, OPTIONS';

export const readOnlyCors = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
  if (method === 'OPTIONS') {
    const requested = (c.req.header('Access-Control-Request-Method') ?? '').toUpperCase();
    const headers: Record<string, string> = { Allow: READ_METHODS, Vary: 'Origin' };
    if (requested === 'GET' || requested === 'HEAD') {
      headers['Access-Control-Allow-Origin'] = '*';
      headers['Access-Control-Allow-Methods'] = READ_METHODS;
      headers['Access-Control-Max-Age'] = '86400';
      const wanted = c.req.header('Access-Control-Request-Headers');
      if (wanted && /^[\w-]+(\s*,\s*[\w-]+)*$/.test(wanted) && !/authorization/i.test(wanted)) {
        headers['Access-Control-Allow-Headers'] = wanted;
      }
    }
    return c.body(null, 204, headers);
  }
  await next();
  if (method === 'GET' || method === 'HEAD') {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'Content-Disposition, ETag');
  }
});
