/**
 * zod building blocks for request validation, and the hook that turns a failed validation into
 * a 422 naming the field (or a 404 for a malformed path parameter: such a resource cannot exist).
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { ApiError } from './errors';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 controls except tab, LF and CR; DEL. Allowed nowhere. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Every C0/C1 control, tab and line breaks included: not allowed in one-line fields. */
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;

/** A string with no NUL/control characters and no lone surrogates. */
function cleanString(max: number, multiline: boolean) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), 'must not contain lone surrogates (invalid Unicode)')
    .refine(
      (s) => !(multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(s),
      multiline ? 'must not contain NUL or control characters' : 'must not contain control characters or line breaks',
    );
}

/** One-line text such as a title, headline or outlet name: not empty, not only whitespace. */
export function lineText(max: number) {
  return cleanString(max, false).refine((s) => s.trim() !== '', 'must not be empty or whitespace-only');
}

/** Multi-line text such as an article or summary: not empty, not only whitespace. */
export function bodyText(max: number) {
  return cleanString(max, true).refine((s) => s.trim() !== '', 'must not be empty or whitespace-only');
}

export const storySlug = z
  .string()
  .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`)
  .regex(SLUG_PATTERN, 'must be lowercase letters and digits joined by single hyphens (e.g. "xi-biden-election-2024")');

export const httpUrl = cleanString(2048, false).refine((s) => {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be an absolute http(s) URL');

/** A real calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'must be a real calendar date');

/** ISO 3166-1 alpha-2, e.g. "US". */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code such as "US"');

/** "text: must not be empty; outlet.name: …" — every issue, naming its field. */
export function describeIssues(error: ZodError, root: string): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : root;
      if (issue.code === 'unrecognized_keys') return `${field}: unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return `${field}: is required`;
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}

const TARGET_NAMES: Record<string, string> = { json: 'body', query: 'query', param: 'path', header: 'header' };

/** The default hook of every OpenAPIHono router. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }, _c: Context): void {
  if (result.success || !result.error) return;
  const message = describeIssues(result.error, TARGET_NAMES[result.target] ?? result.target);
  if (result.target === 'param') throw new ApiError(404, 'not_found', `Not found (${message}).`);
  throw new ApiError(422, 'validation_failed', message);
}
