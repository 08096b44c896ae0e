/** Sub-routers and the shared pieces of their OpenAPI route definitions. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { ErrorSchema } from '../routes/schemas/responses';
import type { AppEnv } from '../types';
import { MAX_ARTICLE_CHARS, MAX_BODY_BYTES } from './limits';
import { validationHook } from './validation';

/** A router whose validation failures become 422 (or 404 for path parameters) JSON errors. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

const ERROR_DESCRIPTIONS = {
  400: 'Malformed JSON',
  401: 'Missing or wrong bearer token',
  404: 'No such resource',
  409: 'Conflict with existing data',
  413: `Body larger than ${MAX_BODY_BYTES / 1024} KB, or article text longer than ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters`,
  415: 'Body is not application/json',
  422: 'Validation failed; the message names the field',
  429: 'Too many requests from this address (rate limited); see Retry-After',
} as const;

/** OpenAPI `responses` entries for the listed error statuses. */
export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as unknown as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }>;
}

/** The `request.body` entry of a JSON write. */
export function jsonRequest<T>(schema: T, description: string) {
  return { required: true, description, content: { 'application/json': { schema } } } as const;
}

/** The `responses` entry of a JSON success. */
export function jsonResponse<T>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** OpenAPI security requirement for writes. */
export const ADMIN_SECURITY = [{ adminToken: [] }];
