/** Hard delete: a takedown must really remove the text, so rows go, not a flag. */
import { eq, sql } from 'drizzle-orm';
import type { Database } from './client';
import { articles, stories } from './schema';

export interface DeletedArticle {
  id: number;
  storySlug: string;
  /** The story's revision after the removal. */
  revision: number;
}

/**
 * Deletes the article and (by ON DELETE CASCADE) every row derived from it, and bumps its story's
 * revision, in one batch. The bump is guarded by the article still existing, so of two concurrent
 * deletes only one bumps; null when there was no such article.
 */
export async function deleteArticle(db: Database, id: number): Promise<DeletedArticle | null> {
  const storyOfArticle = sql`(select ${articles.storyId} from ${articles} where ${articles.id} = ${id})`;
  const [bumped, deleted] = await db.batch([
    db
      .update(stories)
      .set({ revision: sql`${stories.revision} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(stories.id, storyOfArticle))
      .returning({ slug: stories.slug, revision: stories.revision }),
    db.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id }),
  ]);
  const story = bumped[0];
  if (!deleted[0] || !story) return null;
  return { id, storySlug: story.slug, revision: story.revision };
}
