/**
 * Excerpt choice: the paragraphs densest in framing markers, for the classroom's evidence slides, the
 * handout and the exercise's default paragraph. Pure; ties break towards earlier articles and
 * earlier paragraphs so the choice is stable.
 */
import type { Evidence, MetricKey, Span } from '../../../worker/analysis/types';
import { paragraphRanges } from '../data/highlights';
import type { DetailedArticle } from './types';
import { countWords } from './words';

/** Markers that frame a claim: what excerpts are chosen for and highlight. */
export const FRAMING_MARKERS: readonly MetricKey[] = [
  'hedging',
  'skepticism',
  'scareQuotes',
  'boosters',
  'loadedVerbs',
  'anonymousSources',
];

export interface Excerpt {
  articleId: number;
  label: string;
  /** Position among the article's body paragraphs, from 1 (the headline is not one). */
  paragraph: number;
  range: Span;
  words: number;
  /** Evidence of the chosen metrics inside the range, in text order. */
  evidence: Evidence[];
  /** Distinct marked spans: a word that two rules match counts once. */
  markers: number;
  /** Markers per 100 words. */
  density: number;
}

export interface ExcerptOptions {
  metrics?: readonly MetricKey[];
  /** Shorter paragraphs (standfirsts, captions, datelines) are skipped. Default 25. */
  minWords?: number;
  /** Longer paragraphs do not fit a slide or a third of a page. Default 130. */
  maxWords?: number;
}

/** The article's body paragraphs (headline excluded), numbered from 1. */
export function bodyParagraphs(article: DetailedArticle): { paragraph: number; range: Span }[] {
  const { text, headlineSpan } = article.detail.article;
  return paragraphRanges(text)
    .filter((range) => !(headlineSpan && range.start === headlineSpan.start))
    .map((range, i) => ({ paragraph: i + 1, range }));
}

/** Every paragraph of the article with at least one marker and a fitting length, densest first. */
export function rankParagraphs(article: DetailedArticle, options: ExcerptOptions = {}): Excerpt[] {
  const { metrics = FRAMING_MARKERS, minWords = 25, maxWords = 130 } = options;
  const { text } = article.detail.article;
  const relevant = article.detail.evidence.filter((e) => metrics.includes(e.metric));
  const excerpts: Excerpt[] = [];
  for (const { paragraph, range } of bodyParagraphs(article)) {
    const words = countWords(text, range);
    if (words < minWords || words > maxWords) continue;
    const evidence = relevant
      .filter((e) => e.start >= range.start && e.end <= range.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const markers = new Set(evidence.map((e) => `${e.start}:${e.end}`)).size;
    if (markers === 0) continue;
    excerpts.push({
      articleId: article.article.id,
      label: article.label,
      paragraph,
      range,
      words,
      evidence,
      markers,
      density: (markers / words) * 100,
    });
  }
  return excerpts.sort((a, b) => b.density - a.density || b.markers - a.markers || a.paragraph - b.paragraph);
}

const outletKey = (article: DetailedArticle) => article.article.outlet?.slug ?? `article-${article.article.id}`;

/**
 * The `count` densest excerpts from different outlets (an unattributed article is an outlet of its
 * own), densest first.
 */
export function chooseExcerpts(
  articles: readonly DetailedArticle[],
  count = 3,
  options: ExcerptOptions = {},
): Excerpt[] {
  const best = new Map<string, { excerpt: Excerpt; order: number }>();
  articles.forEach((article, order) => {
    const top = rankParagraphs(article, options)[0];
    const key = outletKey(article);
    const current = best.get(key);
    if (top && (!current || top.density > current.excerpt.density)) best.set(key, { excerpt: top, order });
  });
  return [...best.values()]
    .sort((a, b) => b.excerpt.density - a.excerpt.density || b.excerpt.markers - a.excerpt.markers || a.order - b.order)
    .slice(0, Math.max(0, count))
    .map((entry) => entry.excerpt);
}
