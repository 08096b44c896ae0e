/**
 * Re-analysis: articles analysed by an older analyser or lexicon are re-run from their stored raw
 * input, and their derived rows replaced, one atomic batch per article.
 */
import { asc, count, eq, ne, or, sql } from 'drizzle-orm';
import type { ArticleAnalysis } from '../analysis/types';
import { analysisColumns, type ClientClaims } from './article-fields';
import { insertChildren } from './children';
import { runBatch, type Database } from './client';
import { articles, citations, evidence, metrics, outlets, people, quotes, sources, stories } from './schema';

export interface AnalysisVersions {
  analyzerVersion: string;
  lexiconVersion: string;
}

function outdated(current: AnalysisVersions) {
  return or(ne(articles.analyzerVersion, current.analyzerVersion), ne(articles.lexiconVersion, current.lexiconVersion));
}

export async function countOutdatedArticles(db: Database, current: AnalysisVersions): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(outdated(current));
  return row?.n ?? 0;
}

/** Up to `limit` outdated articles with everything needed to analyse them again, oldest first. */
export async function listOutdatedArticles(db: Database, current: AnalysisVersions, limit: number) {
  return db
    .select({
      id: articles.id,
      storyId: articles.storyId,
      rawText: articles.rawText,
      rawFormat: articles.rawFormat,
      url: articles.url,
      outletName: outlets.name,
      headlineInput: articles.headlineInput,
      publishedInput: articles.publishedInput,
    })
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(outdated(current))
    .orderBy(asc(articles.id))
    .limit(limit);
}

export type OutdatedArticle = Awaited<ReturnType<typeof listOutdatedArticles>>[number];

/**
 * Replaces the article's derived rows and analysis columns with `analysis`, atomically, and bumps
 * its story's generation (so cached reads of the story change with it).
 * The content hash follows the new cleaned text unless another article of the story already has
 * that hash (then the two texts now clean to the same thing; the old hash is kept so the batch
 * cannot violate UNIQUE(story_id, content_hash)).
 */
export async function replaceAnalysis(
  db: Database,
  article: { id: number; storyId: number } & ClientClaims,
  analysis: ArticleAnalysis,
  contentHash: string,
): Promise<void> {
  const clash = sql`exists (select 1 from ${articles} as other where other.story_id = ${article.storyId} and other.content_hash = ${contentHash} and other.id != ${article.id})`;
  await runBatch(db, [
    ...[metrics, evidence, people, quotes, sources, citations].map((table) => db.delete(table).where(eq(table.articleId, article.id))),
    ...insertChildren(db, analysis, { articleId: article.id }),
    db
      .update(articles)
      .set({
        ...analysisColumns(analysis, article),
        contentHash: sql`case when ${clash} then ${articles.contentHash} else ${contentHash} end`,
        analyzedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      })
      .where(eq(articles.id, article.id)),
    db
      .update(stories)
      .set({ generation: sql`${stories.generation} + 1` })
      .where(eq(stories.id, article.storyId)),
  ]);
}
