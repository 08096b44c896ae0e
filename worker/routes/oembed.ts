/**
 * GET /oembed — oEmbed 1.0 for Framelens story and widget URLs on this origin
 * (https://oembed.com/): a `rich` response whose `html` is the iframe embed code, sized within the
 * consumer's maxwidth/maxheight. JSON only: `format=xml` gets 501, as the spec asks of an
 * unsupported format. Errors: 422 for a missing or malformed `url` or size, 404 for a URL that is
 * not a Framelens story or widget here (or an unknown story or revision). ETag and 304; reads from
 * any origin (CORS), like the API.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { readOnlyCors } from '../lib/cors';
import { ApiError } from '../lib/errors';
import { withEtag } from '../lib/etag-response';
import { fitEmbedSize, oembedResponse } from '../lib/oembed';
import { oembedTarget } from '../lib/oembed-target';
import { createRouter, errorResponses, jsonResponse } from '../lib/router';
import { resolveWidget } from '../lib/widget-target';
import { WIDGET_DEFAULT_WIDTH } from '../widgets/layout';
import { widgetId, widgetPath } from '../widgets/options';

export const oembedRouter = createRouter();

oembedRouter.use('/oembed', readOnlyCors);

/** How long consumers may keep an answer: a pinned widget never changes; a following one may grow. */
export const PINNED_CACHE_AGE = 86_400;
export const LATEST_CACHE_AGE = 3_600;

const pixels = z
  .string()
  .regex(/^[1-9]\d{0,4}$/, 'must be a positive whole number of pixels (at most 99999)')
  .optional();

const OembedQuerySchema = z.object({
  url: z.string().min(1, 'is required').max(2048, 'must be at most 2048 characters').openapi({
    param: { name: 'url', in: 'query' },
    example: 'https://framelens.example/embed/xi-biden-election-2024/profile?rev=6',
  }),
  maxwidth: pixels.openapi({ param: { name: 'maxwidth', in: 'query' } }),
  maxheight: pixels.openapi({ param: { name: 'maxheight', in: 'query' } }),
  format: z.string().max(16).optional().openapi({ param: { name: 'format', in: 'query' }, description: 'json (xml answers 501)' }),
});

const OembedResponseSchema = z
  .object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    provider_name: z.literal('Framelens'),
    provider_url: z.string(),
    cache_age: z.number().int(),
    html: z.string(),
    width: z.number().int(),
    height: z.number().int(),
  })
  .openapi('OembedResponse');

oembedRouter.openapi(
  createRoute({
    method: 'get',
    path: '/oembed',
    summary: 'oEmbed embed code for a Framelens story or widget URL',
    request: { query: OembedQuerySchema },
    responses: {
      200: jsonResponse(OembedResponseSchema, 'oEmbed 1.0 rich response'),
      304: { description: 'Not modified (If-None-Match holds the current ETag)' },
      ...errorResponses(404, 422),
      501: { description: 'Only format=json is offered' },
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const origin = new URL(c.req.url).origin;
    const target = oembedTarget(query.url, origin);
    if (!target.ok) throw new ApiError(target.status, target.status === 404 ? 'not_found' : 'validation_failed', target.message);
    const resolved = await resolveWidget(c.var.db, target.options);
    if (!resolved.ok) {
      const status = resolved.status === 404 ? 404 : 422;
      throw new ApiError(status, status === 404 ? 'not_found' : 'validation_failed', `url: ${resolved.message}`);
    }
    if (query.format !== undefined && query.format !== 'json') {
      throw new ApiError(501, 'not_implemented', `format=${query.format.slice(0, 16)} is not offered; use format=json.`);
    }
    const { options, title, height } = resolved.target;
    const size = fitEmbedSize(
      { width: WIDGET_DEFAULT_WIDTH, height },
      { width: query.maxwidth ? Number(query.maxwidth) : undefined, height: query.maxheight ? Number(query.maxheight) : undefined },
    );
    const { slug, chart, ...rest } = options;
    const src = `${origin}${widgetPath(slug, chart, { ...rest, id: options.id ?? widgetId(slug, chart) })}`;
    const body = oembedResponse(
      {
        code: { src, title, width: query.maxwidth ? size.width : null, height: size.height, origin },
        cacheAge: options.rev === null ? LATEST_CACHE_AGE : PINNED_CACHE_AGE,
      },
      WIDGET_DEFAULT_WIDTH,
    );
    return withEtag(c, JSON.stringify(body), { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' });
  },
);
