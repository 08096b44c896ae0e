/**
 * Small helpers for the Worker's integration tests: requests through SELF.fetch with or without the
 * admin token, and builders that create a fresh story / article per test (unique slugs, so tests
 * never depend on each other's data).
 */
import { SELF } from 'cloudflare:test';
import type { ApiError, ArticleDetailResponse, ArticleSummary, StoryResponse } from '../../worker/api-types';

export const ADMIN_TOKEN = 'test-admin-token';
export const ORIGIN = 'https://framelens.test';

export function request(path: string, init: RequestInit = {}): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, init);
}

/** A JSON write with the admin token. */
export function write(method: 'POST' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}) {
  return request(path, {
    method,
    headers: {
      Authorization: `Bearer ${ADMIN_TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Asserts-free accessor for an error body. */
export async function errorOf(res: Response): Promise<ApiError['error']> {
  return ((await res.json()) as ApiError).error;
}

let counter = 0;
/** A slug no other test uses. */
export function uniqueSlug(prefix = 'story'): string {
  counter += 1;
  return `${prefix}-${counter}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Creates a story and returns its slug. */
export async function makeStory(fields: { title?: string; summary?: string; eventDate?: string } = {}): Promise<string> {
  const slug = uniqueSlug();
  const res = await write('POST', '/api/stories', { slug, title: fields.title ?? `Test story ${slug}`, ...fields });
  if (res.status !== 201) throw new Error(`makeStory: ${res.status} ${await res.text()}`);
  return slug;
}

export interface IngestResult {
  status: number;
  id: number;
  created: boolean;
  article: ArticleSummary;
}

/** Ingests an article into the story (expects 200 or 201). */
export async function ingest(slug: string, body: Record<string, unknown>): Promise<IngestResult> {
  const res = await write('POST', `/api/stories/${slug}/articles`, body);
  if (res.status !== 200 && res.status !== 201) throw new Error(`ingest: ${res.status} ${await res.text()}`);
  const payload = await json<{ id: number; created: boolean; article: ArticleSummary }>(res);
  return { status: res.status, ...payload };
}

export async function getStory(slug: string, query = ''): Promise<StoryResponse> {
  const res = await request(`/api/stories/${slug}${query}`);
  if (res.status !== 200) throw new Error(`getStory: ${res.status} ${await res.text()}`);
  return json<StoryResponse>(res);
}

export async function getArticle(slug: string, id: number): Promise<ArticleDetailResponse> {
  const res = await request(`/api/stories/${slug}/articles/${id}`);
  if (res.status !== 200) throw new Error(`getArticle: ${res.status} ${await res.text()}`);
  return json<ArticleDetailResponse>(res);
}

/** A short article with hedging, skepticism, quotes, named and anonymous sources and a citation. */
export function sampleArticle(marker = ''): string {
  return [
    `Officials may delay the vote ${marker}`.trim(),
    'By Jane Reporter',
    'Officials may delay the vote, two people familiar with the matter said on Tuesday.',
    '“We will not rush this,” said Maria Lopez, the council chair. The so-called “reform” has allegedly stalled, Reuters reported.',
    'Critics claimed the plan could possibly fail.',
  ].join('\n\n');
}
