/** The headlines summary: which headlines carry markers, and which (pure). */
import type { MetricKey } from '../../../worker/analysis/types';
import { capitalize, formatList, formatSmall } from './format';
import type { LabelledArticle } from './labels';
import { METRIC_NOUNS } from './metrics';

/**
 * @example summarizeHeadlines(articles)
 * // "Two of five headlines carry markers: RT's ‘interference’ (scare quote) and Mothership's “: CNN” (citation of another outlet)."
 */
export function summarizeHeadlines(articles: readonly LabelledArticle[], shown: readonly MetricKey[]): string {
  if (articles.length === 0) return 'There are no articles to compare yet.';
  const withHeadline = articles.filter(({ article }) => article.headline);
  const marked = withHeadline
    .map(({ article, label }) => ({
      label,
      evidence: article.headlineEvidence.filter((e) => shown.includes(e.metric)),
    }))
    .filter((h) => h.evidence.length > 0);
  const missing = articles.length - withHeadline.length;
  const missingNote = missing > 0 ? ` (${formatSmall(missing)} ${missing === 1 ? 'article has' : 'articles have'} no headline)` : '';
  if (marked.length === 0) {
    if (withHeadline.length === 0) return 'None of the articles has a headline.';
    if (withHeadline.length === 1) return `${withHeadline[0]?.label}’s headline carries no framing marker${missingNote}.`;
    return `None of the ${formatSmall(withHeadline.length)} headlines carries a framing marker${missingNote}.`;
  }
  const describe = marked.slice(0, 3).map(({ label, evidence }) => {
    const first = evidence[0] as (typeof evidence)[number];
    const extra = evidence.length > 1 ? ` and ${formatSmall(evidence.length - 1)} more` : '';
    return `${label}’s “${first.text.trim()}” (${METRIC_NOUNS[first.metric].one}${extra})`;
  });
  const more = marked.length > 3 ? ` and ${formatSmall(marked.length - 3)} more` : '';
  const count = `${capitalize(formatSmall(marked.length))} of ${formatSmall(withHeadline.length)} headlines ${marked.length === 1 ? 'carries' : 'carry'} markers`;
  return `${count}${missingNote}: ${formatList(describe)}${more}.`;
}
