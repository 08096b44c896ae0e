/**
 * Chart labels for a story's articles: the payload's label ("CNN", "Unattributed"), made unique when
 * one outlet has several articles ("CNN", "CNN (2)") so no bar, row or column is ever merged or lost.
 */
import type { ArticleSummary } from '../../../worker/api-types';

export const UNATTRIBUTED = 'Unattributed';

export interface LabelledArticle {
  article: ArticleSummary;
  label: string;
}

export function labelArticles(articles: readonly ArticleSummary[]): LabelledArticle[] {
  const seen = new Map<string, number>();
  return articles.map((article) => {
    const base = article.label.trim() || (article.outlet?.name.trim() ?? '') || UNATTRIBUTED;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { article, label: n === 1 ? base : `${base} (${n})` };
  });
}
