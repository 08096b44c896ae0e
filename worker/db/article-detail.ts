/** One article with its full text and every span behind its numbers (the reader view). */
import { asc, eq } from 'drizzle-orm';
import type { ArticleDetailResponse } from '../api-types';
import type { MetricKey, Span } from '../analysis/types';
import { evidenceColumns, loadArticleSummaries } from './article-summaries';
import type { Database } from './client';
import { articles, citations, evidence, people, quotes, sources } from './schema';

/** The article if it belongs to the story, else null. */
export async function loadArticleDetail(
  db: Database,
  story: { id: number; revision: number },
  articleId: number,
): Promise<ArticleDetailResponse | null> {
  const [summary] = await loadArticleSummaries(db, { storyId: story.id, maxRevision: story.revision, articleId });
  if (!summary) return null;
  const [spanRows, evidenceRows, peopleRows, quoteRows, sourceRows, citationRows] = await db.batch([
    db
      .select({ text: articles.text, headlineStart: articles.headlineStart, headlineEnd: articles.headlineEnd })
      .from(articles)
      .where(eq(articles.id, articleId)),
    db
      .select(evidenceColumns)
      .from(evidence)
      .where(eq(evidence.articleId, articleId))
      .orderBy(asc(evidence.id)),
    db.select({ name: people.name, role: people.role, mentions: people.mentions }).from(people).where(eq(people.articleId, articleId)).orderBy(asc(people.id)),
    db.select().from(quotes).where(eq(quotes.articleId, articleId)).orderBy(asc(quotes.id)),
    db
      .select({ kind: sources.kind, start: sources.start, end: sources.end, text: sources.text, name: sources.name, ruleId: sources.ruleId })
      .from(sources)
      .where(eq(sources.articleId, articleId))
      .orderBy(asc(sources.id)),
    db
      .select({ outlet: citations.outlet, start: citations.start, end: citations.end, text: citations.text, ruleId: citations.ruleId })
      .from(citations)
      .where(eq(citations.articleId, articleId))
      .orderBy(asc(citations.id)),
  ]);
  const spans = spanRows[0];
  if (!spans) return null; // deleted between the two reads
  const headlineSpan: Span | null =
    spans.headlineStart !== null && spans.headlineEnd !== null ? { start: spans.headlineStart, end: spans.headlineEnd } : null;
  return {
    article: { ...summary, text: spans.text, headlineSpan },
    evidence: evidenceRows.map((e) => ({ ...e, metric: e.metric as MetricKey })),
    people: peopleRows.map((p) => ({ name: p.name, role: p.role, mentions: JSON.parse(p.mentions) as Span[] })),
    quotes: quoteRows.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      speakerSpan: q.speakerStart !== null && q.speakerEnd !== null ? { start: q.speakerStart, end: q.speakerEnd } : null,
    })),
    sources: sourceRows,
    citations: citationRows,
  };
}
