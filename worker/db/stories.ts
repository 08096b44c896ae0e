/** Story queries: list, look up by slug, create. */
import { count, countDistinct, desc, eq, sql } from 'drizzle-orm';
import type { StorySummary } from '../api-types';
import type { Database } from './client';
import { articles, stories } from './schema';

export type StoryRow = typeof stories.$inferSelect;

export function toStorySummary(story: StoryRow, articleCount: number, outletCount: number): StorySummary {
  return {
    slug: story.slug,
    title: story.title,
    summary: story.summary,
    eventDate: story.eventDate,
    revision: story.revision,
    articleCount,
    outletCount,
    updatedAt: story.updatedAt,
  };
}

/** Every story with its article and outlet counts, most recently changed first. */
export async function listStories(db: Database): Promise<StorySummary[]> {
  const rows = await db
    .select({
      story: stories,
      articleCount: sql<number>`count(${articles.id})`,
      outletCount: countDistinct(articles.outletId),
    })
    .from(stories)
    .leftJoin(articles, eq(articles.storyId, stories.id))
    .groupBy(stories.id)
    .orderBy(desc(stories.updatedAt), desc(stories.id));
  return rows.map((r) => toStorySummary(r.story, r.articleCount, r.outletCount));
}

/**
 * A version of the story list: it changes whenever the list can (a story created; an article added
 * to or removed from any story, which bumps that story's revision — revisions only grow).
 */
export async function storyListVersion(db: Database): Promise<string> {
  const [row] = await db
    .select({ stories: count(), revisions: sql<number>`coalesce(sum(${stories.revision}), 0)` })
    .from(stories);
  return `${row?.stories ?? 0}.${row?.revisions ?? 0}`;
}

export async function findStory(db: Database, slug: string): Promise<StoryRow | null> {
  const [row] = await db.select().from(stories).where(eq(stories.slug, slug));
  return row ?? null;
}

export interface NewStory {
  slug: string;
  title: string;
  summary: string | null;
  eventDate: string | null;
}

/** Creates the story; null when the slug is taken. */
export async function createStory(db: Database, story: NewStory): Promise<StoryRow | null> {
  const [row] = await db.insert(stories).values(story).onConflictDoNothing({ target: stories.slug }).returning();
  return row ?? null;
}
