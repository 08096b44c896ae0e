/** Shared by routes under /api/stories/:slug. */
import type { Database } from '../db/client';
import { findStory, type StoryRow } from '../db/stories';
import { ApiError } from '../lib/errors';

export async function storyOr404(db: Database, slug: string): Promise<StoryRow> {
  const story = await findStory(db, slug);
  if (!story) throw new ApiError(404, 'not_found', `No story "${slug}".`);
  return story;
}
