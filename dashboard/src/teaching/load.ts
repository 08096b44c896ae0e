/** Loads a story for the teaching pages: the story payload, then every article's detail in parallel. */
import { labelArticles } from '../data/labels';
import { api } from '../lib/api';
import type { TeachingStory } from './types';

export async function loadTeachingStory(slug: string): Promise<TeachingStory> {
  const payload = await api.story(slug);
  const labelled = labelArticles(payload.articles);
  const details = await Promise.all(labelled.map(({ article }) => api.article(slug, article.id)));
  return {
    payload,
    articles: labelled.map((article, i) => ({ ...article, detail: details[i] as (typeof details)[number] })),
  };
}
