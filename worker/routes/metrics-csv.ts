/** GET /api/stories/:slug/metrics.csv — the story's metrics for spreadsheets. */
import { createRoute, z } from '@hono/zod-openapi';
import { METRIC_KEYS, VOICES } from '../analysis/types';
import { loadMetricRows, type MetricRow } from '../db/metrics-table';
import { toCsv, type CsvCell } from '../lib/csv';
import { createRouter, errorResponses } from '../lib/router';
import { RevisionQuerySchema, SlugParamSchema } from './schemas/requests';
import { pinnedRevision } from './stories';
import { storyOr404 } from './story-lookup';

export const metricsCsvRouter = createRouter();

export const METRICS_CSV_HEADER = [
  'story',
  'article_id',
  'outlet',
  'country',
  'headline',
  'published',
  'url',
  'word_count',
  'metric',
  'voice',
  'count',
  'per1k',
  'analyzer_version',
  'lexicon_version',
] as const;

const metricOrder = (row: MetricRow) =>
  METRIC_KEYS.indexOf(row.metric as (typeof METRIC_KEYS)[number]) * VOICES.length + VOICES.indexOf(row.voice);

/** Rows in article order, then METRIC_KEYS × VOICES order (as the analyser lists them). */
export function metricsCsv(storySlug: string, rows: MetricRow[]): string {
  const sorted = [...rows].sort((a, b) => a.articleId - b.articleId || metricOrder(a) - metricOrder(b));
  const cells = sorted.map((r): CsvCell[] => [
    storySlug,
    r.articleId,
    r.outlet,
    r.country,
    r.headline,
    r.published,
    r.url,
    r.wordCount,
    r.metric,
    r.voice,
    r.count,
    r.per1k,
    r.analyzerVersion,
    r.lexiconVersion,
  ]);
  return toCsv(METRICS_CSV_HEADER, cells);
}

metricsCsvRouter.openapi(
  createRoute({
    method: 'get',
    path: '/api/stories/{slug}/metrics.csv',
    summary: 'One CSV row per article × metric × voice',
    request: { params: SlugParamSchema, query: RevisionQuerySchema },
    responses: {
      200: {
        description: 'RFC 4180 CSV; text cells that a spreadsheet would run as formulas are prefixed with an apostrophe',
        content: { 'text/csv': { schema: z.string() } },
      },
      ...errorResponses(404, 422),
    },
  }),
  async (c) => {
    const { slug } = c.req.valid('param');
    const story = await storyOr404(c.var.db, slug);
    const revision = pinnedRevision(c.req.valid('query').rev, story.revision, slug);
    const rows = await loadMetricRows(c.var.db, story.id, revision);
    return c.body(metricsCsv(slug, rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-r${revision}-metrics.csv"`,
    });
  },
);
