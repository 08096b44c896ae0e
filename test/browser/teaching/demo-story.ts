/**
 * The seeded demo story as the teaching pages see it, read from the server in Node: the payload and
 * every article's detail, so tests compute the expected slides, excerpts and exercise targets with
 * the same pure functions the pages use, and compare them with what Chromium shows.
 */
import type { ArticleDetailResponse, StoryResponse } from '../../../worker/api-types';
import { labelArticles } from '../../../dashboard/src/data/labels';
import type { TeachingStory } from '../../../dashboard/src/teaching/types';
import { DEMO_SLUG, getJson } from '../helpers/server';

export async function demoTeachingStory(): Promise<TeachingStory> {
  const payload = await getJson<StoryResponse>(`/api/stories/${DEMO_SLUG}`);
  const labelled = labelArticles(payload.articles);
  const details = await Promise.all(
    labelled.map(({ article }) => getJson<ArticleDetailResponse>(`/api/stories/${DEMO_SLUG}/articles/${article.id}`)),
  );
  return { payload, articles: labelled.map((a, i) => ({ ...a, detail: details[i] as ArticleDetailResponse })) };
}

/** The article of the demo story with this label ("RT"). */
export function articleLabelled(story: TeachingStory, label: string) {
  const found = story.articles.find((a) => a.label === label);
  if (!found) throw new Error(`the demo story has no article labelled ${label}`);
  return found;
}
