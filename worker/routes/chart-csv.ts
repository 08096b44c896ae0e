/**
 * The data behind the two widgets whose numbers are not metrics, as CSV ("Get the data"):
 * GET /api/stories/:slug/citations.csv — one row per article × outlet it credits (how often);
 * GET /api/stories/:slug/headlines.csv — one row per framing marker found in a headline.
 * An article with no citation / no marker still gets one row, so every article the chart shows is
 * in the file. `?rev=N` pins a revision, as for metrics.csv; text cells are formula-injection safe.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { ArticleSummary } from '../api-types';
import { loadArticleSummaries } from '../db/article-summaries';
import { toCsv, type CsvCell } from '../lib/csv';
import { createRouter, errorResponses } from '../lib/router';
import { RevisionQuerySchema, SlugParamSchema } from './schemas/requests';
import { pinnedRevision } from './stories';
import { storyOr404 } from './story-lookup';

export const chartCsvRouter = createRouter();

export const CITATIONS_CSV_HEADER = ['story', 'article_id', 'outlet', 'headline', 'cited_outlet', 'count'] as const;
export const HEADLINES_CSV_HEADER = ['story', 'article_id', 'outlet', 'published', 'headline', 'marker_metric', 'marker_text', 'marker_start', 'marker_end', 'rule_id'] as const;

/** Citations per cited outlet, merged case-insensitively as the chart merges them, most cited first. */
function citedOutlets(article: ArticleSummary): { outlet: string; count: number }[] {
  const counts = new Map<string, { outlet: string; count: number }>();
  for (const { outlet } of article.citations) {
    const name = outlet.trim();
    if (!name) continue;
    const entry = counts.get(name.toLowerCase()) ?? { outlet: name, count: 0 };
    entry.count += 1;
    counts.set(name.toLowerCase(), entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet));
}

export function citationsCsv(slug: string, articles: readonly ArticleSummary[]): string {
  const rows = articles.flatMap((a): CsvCell[][] => {
    const base = [slug, a.id, a.outlet?.name ?? null, a.headline];
    const cited = citedOutlets(a);
    return cited.length ? cited.map((c) => [...base, c.outlet, c.count]) : [[...base, null, 0]];
  });
  return toCsv(CITATIONS_CSV_HEADER, rows);
}

export function headlinesCsv(slug: string, articles: readonly ArticleSummary[]): string {
  const rows = articles.flatMap((a): CsvCell[][] => {
    const base = [slug, a.id, a.outlet?.name ?? null, a.published, a.headline];
    if (a.headlineEvidence.length === 0) return [[...base, null, null, null, null, null]];
    return a.headlineEvidence.map((e) => [...base, e.metric, e.text, e.start, e.end, e.ruleId]);
  });
  return toCsv(HEADLINES_CSV_HEADER, rows);
}

const CSV_KINDS = { citations: citationsCsv, headlines: headlinesCsv } as const;

for (const [kind, build] of Object.entries(CSV_KINDS)) {
  chartCsvRouter.openapi(
    createRoute({
      method: 'get',
      path: `/api/stories/{slug}/${kind}.csv`,
      summary: kind === 'citations' ? 'One CSV row per article × outlet it credits' : 'One CSV row per framing marker in a headline',
      request: { params: SlugParamSchema, query: RevisionQuerySchema },
      responses: {
        200: { description: 'RFC 4180 CSV (formula-injection safe)', content: { 'text/csv': { schema: z.string() } } },
        ...errorResponses(404, 422),
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const story = await storyOr404(c.var.db, slug);
      const revision = pinnedRevision(c.req.valid('query').rev, story.revision, slug);
      const articles = await loadArticleSummaries(c.var.db, { storyId: story.id, maxRevision: revision });
      return c.body(build(slug, articles), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}-r${revision}-${kind}.csv"`,
      });
    },
  );
}
