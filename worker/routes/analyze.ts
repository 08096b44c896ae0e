/** POST /api/analyze — analyse posted text and return the full result; nothing is stored. */
import { createRoute } from '@hono/zod-openapi';
import { jsonBody } from '../lib/body';
import { runAnalyzer } from '../lib/analyze-article';
import { createRouter, errorResponses, jsonRequest, jsonResponse } from '../lib/router';
import { AnalyzeBodySchema } from './schemas/requests';
import { ArticleAnalysisSchema } from './schemas/analysis';

export const analyzeRouter = createRouter();

analyzeRouter.openapi(
  createRoute({
    method: 'post',
    path: '/api/analyze',
    summary: 'Analyse text without storing it',
    description: 'Public (it stores nothing). Used by the "try it" page and classroom exercises.',
    middleware: [jsonBody()] as const,
    request: { body: jsonRequest(AnalyzeBodySchema, 'Exactly one of text or html') },
    responses: {
      200: jsonResponse(ArticleAnalysisSchema, 'The analysis, with every span behind every count'),
      ...errorResponses(400, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const body = c.req.valid('json');
    const analysis = runAnalyzer({
      ...(body.html !== undefined ? { html: body.html } : { text: body.text ?? '' }),
      outlet: body.outlet ?? null,
      url: body.url ?? null,
      ...(body.passage !== undefined ? { passage: body.passage } : {}),
    });
    return c.json(analysis, 200);
  },
);
