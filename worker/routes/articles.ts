/**
 * Articles: ingest into a story (analysed once, at write time), read one with all its spans, and
 * delete (a hard delete: a takedown must really remove the text).
 */
import { createRoute } from '@hono/zod-openapi';
import { loadArticleDetail } from '../db/article-detail';
import { loadArticleSummaries } from '../db/article-summaries';
import { deleteArticle } from '../db/delete-article';
import { ingestArticle, type OutletRecord } from '../db/ingest';
import { analyzeArticle } from '../lib/analyze-article';
import { requireAdmin } from '../lib/auth';
import { jsonBody } from '../lib/body';
import { ApiError } from '../lib/errors';
import { ADMIN_SECURITY, createRouter, errorResponses, jsonRequest, jsonResponse } from '../lib/router';
import { slugify } from '../lib/slug';
import { ArticleIdParamSchema, IngestBodySchema, StoryArticleParamSchema, SlugParamSchema, type OutletInput } from './schemas/requests';
import { ArticleDetailResponseSchema, DeleteResponseSchema, IngestResponseSchema } from './schemas/responses';
import { storyOr404 } from './story-lookup';

export const articlesRouter = createRouter();

/** An outlet as given (a name, or { name, country?, homepage? }) → the row it is upserted as. */
export function toOutletRecord(outlet: OutletInput | null | undefined): OutletRecord | null {
  if (!outlet) return null;
  const { name, country = null, homepage = null } = typeof outlet === 'string' ? { name: outlet } : outlet;
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return { slug: slugify(trimmed), name: trimmed, country: country ?? null, homepage: homepage ?? null };
}

articlesRouter.openapi(
  createRoute({
    method: 'post',
    path: '/api/stories/{slug}/articles',
    summary: 'Ingest an article: analyse it once and store the results',
    description:
      'Idempotent on the SHA-256 of the cleaned text: the same text twice returns the same id with 200. ' +
      'A given `published` overrides the date found in the text; a given `headline` the text does not start with is analysed as its first paragraph.',
    security: ADMIN_SECURITY,
    middleware: [requireAdmin, jsonBody()] as const,
    request: { params: SlugParamSchema, body: jsonRequest(IngestBodySchema, 'The article (exactly one of text or html)') },
    responses: {
      200: jsonResponse(IngestResponseSchema, 'The story already had this text'),
      201: jsonResponse(IngestResponseSchema, 'Stored'),
      ...errorResponses(400, 401, 404, 409, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const { slug } = c.req.valid('param');
    const body = c.req.valid('json');
    const db = c.var.db;
    const story = await storyOr404(db, slug);
    const outlet = toOutletRecord(body.outlet);
    const html = body.html !== undefined;
    const analysed = await analyzeArticle({
      raw: (html ? body.html : body.text) ?? '',
      rawFormat: html ? 'html' : 'text',
      headline: body.headline ?? null,
      outlet: outlet?.name ?? null,
      url: body.url ?? null,
    });
    if (analysed.analysis.text.trim() === '') {
      throw new ApiError(422, 'validation_failed', `${html ? 'html' : 'text'}: contains no article text after cleaning`);
    }
    const result = await ingestArticle(db, {
      storyId: story.id,
      outlet,
      url: body.url ?? null,
      headlineInput: body.headline?.trim() || null,
      publishedInput: body.published ?? null,
      ...analysed,
    });
    if (!result) throw new ApiError(409, 'conflict', 'The article was deleted while it was being stored; send it again.');
    const [article] = await loadArticleSummaries(db, { storyId: story.id, maxRevision: Number.MAX_SAFE_INTEGER, articleId: result.id });
    if (!article) throw new ApiError(409, 'conflict', 'The article was deleted while it was being stored; send it again.');
    const status = result.created ? 201 : 200;
    return c.json({ id: result.id, created: result.created, article }, status, {
      Location: `/api/stories/${slug}/articles/${result.id}`,
    });
  },
);

articlesRouter.openapi(
  createRoute({
    method: 'get',
    path: '/api/stories/{slug}/articles/{id}',
    summary: 'One article: cleaned text, evidence, people, quotes, sources, citations',
    request: { params: StoryArticleParamSchema },
    responses: { 200: jsonResponse(ArticleDetailResponseSchema, 'The article'), ...errorResponses(404) },
  }),
  async (c) => {
    const { slug, id } = c.req.valid('param');
    const story = await storyOr404(c.var.db, slug);
    const detail = await loadArticleDetail(c.var.db, story, Number(id));
    if (!detail) throw new ApiError(404, 'not_found', `Story "${slug}" has no article ${id}.`);
    return c.json(detail, 200);
  },
);

articlesRouter.openapi(
  createRoute({
    method: 'delete',
    path: '/api/articles/{id}',
    summary: 'Delete an article and everything derived from it',
    security: ADMIN_SECURITY,
    middleware: [requireAdmin] as const,
    request: { params: ArticleIdParamSchema },
    responses: { 200: jsonResponse(DeleteResponseSchema, 'Deleted'), ...errorResponses(401, 404, 429) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await deleteArticle(c.var.db, Number(id));
    if (!deleted) throw new ApiError(404, 'not_found', `No article ${id}.`);
    return c.json({ id: deleted.id, deleted: true as const, story: deleted.storySlug, revision: deleted.revision }, 200);
  },
);
