/**
 * Reads a JSON request body defensively, before zod validation:
 * wrong content type → 415, more than `maxBytes` → 413 (counted on the stream, so a missing or lying
 * Content-Length does not help), invalid UTF-8 or JSON → 400. The checked text is then handed to
 * Hono's body cache, where the zod validator picks it up.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';
import { ApiError } from './errors';
import { MAX_BODY_BYTES } from './limits';

const JSON_MEDIA_TYPE = /^application\/json$/i;

/** Reads at most `maxBytes` from `stream`, or throws 413. */
async function readCapped(stream: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  const out = new Uint8Array(maxBytes);
  if (!stream) return out.subarray(0, 0);
  const reader = stream.getReader();
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.byteLength > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    out.set(value, length);
    length += value.byteLength;
  }
  return out.subarray(0, length);
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'payload_too_large', `The request body is larger than ${maxBytes / 1024} KB.`);
}

/** Parses and checks the body of a JSON write; use as route middleware before validation. */
export function jsonBody(maxBytes = MAX_BODY_BYTES) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const contentType = c.req.header('Content-Type') ?? '';
    const [mediaType = '', ...params] = contentType.split(';').map((part) => part.trim());
    const charset = params.find((p) => /^charset=/i.test(p))?.slice('charset='.length).replace(/"/g, '');
    if (!JSON_MEDIA_TYPE.test(mediaType) || (charset !== undefined && !/^utf-8$/i.test(charset))) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as Content-Type: application/json (UTF-8).');
    }
    const declared = Number(c.req.header('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

    const bytes = await readCapped(c.req.raw.body, maxBytes);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ApiError(400, 'bad_request', 'The request body is not valid UTF-8.');
    }
    if (text.trim() === '') throw new ApiError(400, 'malformed_json', 'The request body is empty; send a JSON object.');
    try {
      JSON.parse(text);
    } catch {
      throw new ApiError(400, 'malformed_json', 'The request body is not valid JSON.');
    }
    // NOTE: Hono's BodyCache type says `string`, but HonoRequest stores (and awaits) promises there.
    (c.req.bodyCache as Record<string, Promise<unknown>>).text = Promise.resolve(text);
    await next();
  });
}
