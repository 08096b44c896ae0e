/**
 * Bearer-token auth for writes. The token is the `ADMIN_TOKEN` Workers secret.
 *
 * The comparison is constant-time: both sides are hashed with SHA-256 and the 32-byte digests are
 * compared with an XOR loop that always runs to the end, so neither the token's content nor its
 * length leaks through timing. Runs before body parsing, so an unauthenticated client cannot make
 * the Worker read or parse a body.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';
import { ApiError } from './errors';

const encoder = new TextEncoder();

async function sha256(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(value)));
}

/** True when `given` equals `expected`, in time independent of where (or whether) they differ. */
export async function tokensMatch(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Rejects the request with 401 unless it carries the admin token. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const given = bearerToken(c.req.header('Authorization'));
  // An unset secret must lock writes, not open them.
  const ok = typeof expected === 'string' && expected.length > 0 && given !== null && (await tokensMatch(given, expected));
  if (!ok) {
    throw new ApiError(401, 'unauthorized', 'This endpoint needs Authorization: Bearer <ADMIN_TOKEN>.', {
      'WWW-Authenticate': 'Bearer realm="framelens"',
    });
  }
  await next();
});
