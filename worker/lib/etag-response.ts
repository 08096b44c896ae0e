/**
 * A response for a body built per request (widget pages, oEmbed): a strong ETag over its exact
 * bytes, and 304 Not Modified when the client's If-None-Match already names them.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { sha256Hex } from './hash';
import { etagMatches } from './payload-cache';

export async function withEtag(
  c: Context<AppEnv>,
  body: string,
  headers: { 'Content-Type': string; 'Cache-Control': string } & Record<string, string>,
): Promise<Response> {
  const etag = `"${(await sha256Hex(body)).slice(0, 32)}"`;
  const { 'Content-Type': contentType, ...rest } = headers;
  if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, { ...rest, ETag: etag });
  return c.body(body, 200, { ...headers, ETag: etag, 'Content-Type': contentType });
}
