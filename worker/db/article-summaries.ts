/**
 * Reads the chart-ready summaries of a story's articles (no full text) in one round trip: the
 * articles, their metrics, the evidence inside their headlines, their citations and people.
 * Every query filters articles by story and revision through the same JOIN, so the five result sets
 * describe the same articles even if an ingest lands mid-read.
 */
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { ArticleSummary } from '../api-types';
import type { Database } from './client';
import { articles, citations, evidence, metrics, outlets, people } from './schema';
import { toArticleSummary } from './summary-shape';

export interface ArticleFilter {
  storyId: number;
  /** Only articles added at or before this story revision. */
  maxRevision: number;
  /** Only this article. */
  articleId?: number;
}

function whereArticles(filter: ArticleFilter): SQL | undefined {
  return and(
    eq(articles.storyId, filter.storyId),
    lte(articles.addedRevision, filter.maxRevision),
    filter.articleId === undefined ? undefined : eq(articles.id, filter.articleId),
  );
}

/** The article columns a summary needs, with its outlet (absent for unattributed texts). */
function selectSummaryRows(db: Database, where: SQL | undefined) {
  return db
    .select({
      id: articles.id,
      headline: articles.headline,
      bylines: articles.bylines,
      url: articles.url,
      published: articles.published,
      wordCount: articles.wordCount,
      wordsOutlet: articles.wordsOutlet,
      wordsQuoted: articles.wordsQuoted,
      quotedShare: articles.quotedShare,
      analyzerVersion: articles.analyzerVersion,
      lexiconVersion: articles.lexiconVersion,
      addedRevision: articles.addedRevision,
      headlineStart: articles.headlineStart,
      outletSlug: outlets.slug,
      outletName: outlets.name,
      outletCountry: outlets.country,
      outletHomepage: outlets.homepage,
    })
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(where)
    .orderBy(asc(articles.id));
}

/** The columns of one `Evidence` item. */
export const evidenceColumns = {
  metric: evidence.metric,
  start: evidence.start,
  end: evidence.end,
  text: evidence.text,
  ruleId: evidence.ruleId,
  voice: evidence.voice,
};

export type SummaryRow = Awaited<ReturnType<typeof selectSummaryRows>>[number];

/** Groups rows by `articleId` into a map of arrays, keeping their order. */
function byArticle<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.articleId);
    if (list) list.push(row);
    else groups.set(row.articleId, [row]);
  }
  return groups;
}

/** Summaries of the matching articles, oldest first. */
export async function loadArticleSummaries(db: Database, filter: ArticleFilter): Promise<ArticleSummary[]> {
  const where = whereArticles(filter);
  const [articleRows, metricRows, headlineRows, citationRows, peopleRows] = await db.batch([
    selectSummaryRows(db, where),
    db
      .select({ articleId: metrics.articleId, metric: metrics.metric, voice: metrics.voice, count: metrics.count, per1k: metrics.per1k })
      .from(metrics)
      .innerJoin(articles, eq(articles.id, metrics.articleId))
      .where(where),
    db
      .select({ articleId: evidence.articleId, ...evidenceColumns })
      .from(evidence)
      .innerJoin(articles, eq(articles.id, evidence.articleId))
      .where(and(where, gte(evidence.start, articles.headlineStart), lte(evidence.end, articles.headlineEnd)))
      .orderBy(asc(evidence.id)),
    db
      .select({ articleId: citations.articleId, outlet: citations.outlet })
      .from(citations)
      .innerJoin(articles, eq(articles.id, citations.articleId))
      .where(where)
      .orderBy(asc(citations.id)),
    db
      .select({ articleId: people.articleId, name: people.name, role: people.role })
      .from(people)
      .innerJoin(articles, eq(articles.id, people.articleId))
      .where(where)
      .orderBy(asc(people.id)),
  ]);

  const metricsOf = byArticle(metricRows);
  const headlineOf = byArticle(headlineRows);
  const citationsOf = byArticle(citationRows);
  const peopleOf = byArticle(peopleRows);
  return articleRows.map((row) =>
    toArticleSummary(row, {
      metrics: metricsOf.get(row.id) ?? [],
      headlineEvidence: headlineOf.get(row.id) ?? [],
      citations: citationsOf.get(row.id) ?? [],
      people: peopleOf.get(row.id) ?? [],
    }),
  );
}

