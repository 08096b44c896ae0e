/**
 * Which outlet each article of a story has at a revision (null for unattributed texts): what widget
 * pages and oEmbed need to check an `outlets=` option and size a chart, without loading metrics.
 */
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Database } from './client';
import { articles, outlets } from './schema';

/** One entry per article added at or before `maxRevision`, in article order. */
export async function loadArticleOutlets(db: Database, storyId: number, maxRevision: number): Promise<(string | null)[]> {
  const rows = await db
    .select({ outlet: outlets.slug })
    .from(articles)
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(and(eq(articles.storyId, storyId), lte(articles.addedRevision, maxRevision)))
    .orderBy(asc(articles.id));
  return rows.map((row) => row.outlet);
}
