/** The flat metrics table behind the CSV export: one row per article × metric × voice. */
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Database } from './client';
import { articles, metrics, outlets } from './schema';

export async function loadMetricRows(db: Database, storyId: number, maxRevision: number) {
  return db
    .select({
      articleId: articles.id,
      outlet: outlets.name,
      country: outlets.country,
      headline: articles.headline,
      published: articles.published,
      url: articles.url,
      wordCount: articles.wordCount,
      metric: metrics.metric,
      voice: metrics.voice,
      count: metrics.count,
      per1k: metrics.per1k,
      analyzerVersion: articles.analyzerVersion,
      lexiconVersion: articles.lexiconVersion,
    })
    .from(metrics)
    .innerJoin(articles, eq(articles.id, metrics.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(and(eq(articles.storyId, storyId), lte(articles.addedRevision, maxRevision)))
    .orderBy(asc(articles.id), asc(metrics.metric), asc(metrics.voice));
}

export type MetricRow = Awaited<ReturnType<typeof loadMetricRows>>[number];
