/**
 * Stories: list, create, and the dashboard's one-request payload for a story
 * (optionally pinned to a revision with ?rev=N). Both reads are built once per version of their data
 * and served from the payload cache (lib/payload-cache.ts) with an ETag; the version lookups
 * themselves are reused briefly (lib/version-memo.ts).
 */
import { createRoute } from '@hono/zod-openapi';
import { METRIC_DEFINITIONS } from '../analysis';
import type { StoryResponse } from '../api-types';
import { loadArticleSummaries } from '../db/article-summaries';
import type { Database } from '../db/client';
import { createStory, findStory, listStories, storyListVersion, toStorySummary, type StoryRow } from '../db/stories';
import { requireAdmin } from '../lib/auth';
import { jsonBody } from '../lib/body';
import { ApiError } from '../lib/errors';
import { cachedJson } from '../lib/payload-cache';
import { ADMIN_SECURITY, createRouter, errorResponses, jsonRequest, jsonResponse } from '../lib/router';
import { versionMemo } from '../lib/version-memo';
import { CreateStoryBodySchema, RevisionQuerySchema, SlugParamSchema } from './schemas/requests';
import { StoryListResponseSchema, StoryResponseSchema, StorySummarySchema } from './schemas/responses';

export const storiesRouter = createRouter();

/** Recent version lookups of the cached reads (lib/version-memo.ts). */
const storyRows = versionMemo<StoryRow>();
const listVersions = versionMemo<string>();

storiesRouter.openapi(
  createRoute({
    method: 'get',
    path: '/api/stories',
    summary: 'Every story with its article and outlet counts',
    responses: {
      200: jsonResponse(StoryListResponseSchema, 'The stories, most recently changed first'),
      304: { description: 'Not modified (If-None-Match holds the current ETag)' },
    },
  }),
  async (c) => {
    const db = c.var.db;
    const version = await listVersions.get('list', () => storyListVersion(db));
    return cachedJson(c, `stories/${version}`, async () => ({ stories: await listStories(db) }));
  },
);

storiesRouter.openapi(
  createRoute({
    method: 'post',
    path: '/api/stories',
    summary: 'Create a story',
    security: ADMIN_SECURITY,
    middleware: [requireAdmin, jsonBody()] as const,
    request: { body: jsonRequest(CreateStoryBodySchema, 'The new story') },
    responses: {
      201: jsonResponse(StorySummarySchema, 'Created'),
      ...errorResponses(400, 401, 409, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const body = c.req.valid('json');
    const story = await createStory(c.var.db, {
      slug: body.slug,
      title: body.title.trim(),
      summary: body.summary?.trim() ?? null,
      eventDate: body.eventDate ?? null,
    });
    if (!story) throw new ApiError(409, 'conflict', `A story with slug "${body.slug}" already exists.`);
    return c.json(toStorySummary(story, 0, 0), 201, { Location: `/api/stories/${story.slug}` });
  },
);

storiesRouter.openapi(
  createRoute({
    method: 'get',
    path: '/api/stories/{slug}',
    summary: "The dashboard's payload: story, outlets, every article's metrics",
    request: { params: SlugParamSchema, query: RevisionQuerySchema },
    responses: {
      200: jsonResponse(StoryResponseSchema, 'The story at its current (or pinned) revision'),
      304: { description: 'Not modified (If-None-Match holds the current ETag)' },
      ...errorResponses(404, 422),
    },
  }),
  async (c) => {
    const { slug } = c.req.valid('param');
    const { rev } = c.req.valid('query');
    const story = await storyRows.get(slug, () => findStory(c.var.db, slug));
    if (!story) throw new ApiError(404, 'not_found', `No story "${slug}".`);
    const revision = pinnedRevision(rev, story.revision, slug);
    // Deletes and re-analysis change pinned payloads too, so every key carries the current version.
    const key = `story/${slug}/r${story.revision}.g${story.generation}/at-${revision}`;
    return cachedJson(c, key, () => storyPayload(c.var.db, story, revision));
  },
);

/** The dashboard's payload for `story` at `revision` (built on a cache miss). */
async function storyPayload(db: Database, story: StoryRow, revision: number): Promise<StoryResponse> {
  const articles = await loadArticleSummaries(db, { storyId: story.id, maxRevision: revision });
  // Counts describe the articles in this payload (the pinned revision's, when pinned).
  const outlets = new Map(articles.flatMap((a) => (a.outlet ? [[a.outlet.slug, a.outlet] as const] : [])));
  return {
    story: toStorySummary(story, articles.length, outlets.size),
    revision,
    outlets: [...outlets.values()].sort((a, b) => a.name.localeCompare(b.name)),
    articles,
    metrics: METRIC_DEFINITIONS.map(({ key, label, description }) => ({ key, label, description })),
  };
}

/** The revision a request asks for; 404 when the story has not reached it. */
export function pinnedRevision(rev: string | undefined, current: number, slug: string): number {
  if (rev === undefined) return current;
  const revision = Number(rev);
  if (revision > current) {
    throw new ApiError(404, 'not_found', `Story "${slug}" has no revision ${revision} (its latest is ${current}).`);
  }
  return revision;
}
