/** What the teaching pages (classroom, exercise, handout) know about a story's articles. */
import type { ArticleDetailResponse, StoryResponse } from '../../../worker/api-types';
import type { LabelledArticle } from '../data/labels';

/** An article with its chart label and its full detail: cleaned text and every evidence span. */
export interface DetailedArticle extends LabelledArticle {
  detail: ArticleDetailResponse;
}

export interface TeachingStory {
  payload: StoryResponse;
  articles: DetailedArticle[];
}
