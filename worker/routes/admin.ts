/**
 * POST /api/admin/reanalyze — recompute articles stored by an older analyser or lexicon.
 * Each call handles up to `limit` articles, each in its own atomic batch, and reports how many
 * remain; `npm run reanalyze` calls it until none do. The texts one call analyses add up to at most
 * `MAX_ARTICLE_CHARS` (or one article), so a call takes no more CPU than one longest article.
 */
import { createRoute } from '@hono/zod-openapi';
import { ANALYZER_VERSION, LEXICON_VERSION } from '../analysis';
import { countOutdatedArticles, listOutdatedArticles, replaceAnalysis } from '../db/reanalysis';
import { analyzerInput, runAnalyzer } from '../lib/analyze-article';
import { requireAdmin } from '../lib/auth';
import { jsonBody } from '../lib/body';
import { sha256Hex } from '../lib/hash';
import { MAX_ARTICLE_CHARS } from '../lib/limits';
import { ADMIN_SECURITY, createRouter, errorResponses, jsonRequest, jsonResponse } from '../lib/router';
import { ReanalyzeBodySchema } from './schemas/requests';
import { ReanalyzeResponseSchema } from './schemas/responses';

export const adminRouter = createRouter();

export const DEFAULT_REANALYZE_LIMIT = 10;

adminRouter.openapi(
  createRoute({
    method: 'post',
    path: '/api/admin/reanalyze',
    summary: 'Re-analyse up to `limit` outdated articles',
    security: ADMIN_SECURITY,
    middleware: [requireAdmin, jsonBody()] as const,
    request: { body: jsonRequest(ReanalyzeBodySchema, '{} or { "limit": N } (1–100, default 10)') },
    responses: {
      200: jsonResponse(ReanalyzeResponseSchema, 'How many were re-analysed and how many are still outdated'),
      ...errorResponses(400, 401, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const db = c.var.db;
    const current = { analyzerVersion: ANALYZER_VERSION, lexiconVersion: LEXICON_VERSION };
    const limit = c.req.valid('json').limit ?? DEFAULT_REANALYZE_LIMIT;
    const batch = await listOutdatedArticles(db, current, limit);
    const failed: number[] = [];
    let reanalyzed = 0;
    let analysedChars = 0;
    for (const article of batch) {
      const length = article.rawText.length;
      // (a text over the limit is refused before any analysis: it costs nothing here)
      if (analysedChars > 0 && length <= MAX_ARTICLE_CHARS && analysedChars + length > MAX_ARTICLE_CHARS) break;
      try {
        const analysis = runAnalyzer(analyzerInput(article.rawText, article.rawFormat, article.outletName, article.url));
        analysedChars += length;
        await replaceAnalysis(db, article, analysis, await sha256Hex(analysis.text));
        reanalyzed++;
      } catch (error) {
        // One bad article must not block the rest; it stays outdated and is reported.
        console.error(`reanalyze: article ${article.id} failed`, error);
        failed.push(article.id);
      }
    }
    return c.json({ reanalyzed, failed, remaining: await countOutdatedArticles(db, current) }, 200);
  },
);
