/**
 * Which paragraphs the exercise offers (pure): per article, the body paragraphs holding at least one
 * hedge or skepticism marker, in text order, and the default — the richest paragraph of the story.
 */
import { chooseExcerpts, rankParagraphs, type Excerpt } from '../teaching/excerpts';
import type { DetailedArticle } from '../teaching/types';
import { wordTokens } from '../teaching/words';
import { EXERCISE_METRICS } from './score';

export const EXERCISE_OPTIONS = { metrics: EXERCISE_METRICS, minWords: 12, maxWords: 160 } as const;

/** The article's paragraphs worth an exercise, in text order. */
export function exerciseParagraphs(article: DetailedArticle): Excerpt[] {
  return rankParagraphs(article, EXERCISE_OPTIONS).sort((a, b) => a.paragraph - b.paragraph);
}

export interface ExerciseChoice {
  articleId: number;
  paragraph: number;
}

/**
 * The paragraph asked for (article id and paragraph number from the URL) when it is on offer;
 * otherwise the asked article's richest paragraph; otherwise the story's richest (≥ 25 words).
 */
export function resolveChoice(articles: readonly DetailedArticle[], asked: Partial<ExerciseChoice>): ExerciseChoice | null {
  const article = articles.find((a) => a.article.id === asked.articleId);
  if (article) {
    const offered = exerciseParagraphs(article);
    const exact = offered.find((p) => p.paragraph === asked.paragraph);
    const best = rankParagraphs(article, EXERCISE_OPTIONS)[0];
    const pick = exact ?? best;
    if (pick) return { articleId: pick.articleId, paragraph: pick.paragraph };
  }
  const richest = chooseExcerpts(articles, 1, { ...EXERCISE_OPTIONS, minWords: 25 })[0] ?? chooseExcerpts(articles, 1, EXERCISE_OPTIONS)[0];
  return richest ? { articleId: richest.articleId, paragraph: richest.paragraph } : null;
}

/** "Paragraph 4: “Ever since the election of Donald …”" */
export function paragraphLabel(article: DetailedArticle, excerpt: Excerpt, words = 6): string {
  const tokens = wordTokens(article.detail.article.text, excerpt.range);
  const opening = tokens.slice(0, words).map((t) => t.text).join(' ');
  return `Paragraph ${excerpt.paragraph}: “${opening}${tokens.length > words ? ' …' : ''}”`;
}
