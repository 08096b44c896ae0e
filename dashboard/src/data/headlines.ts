/** The headlines summary: which headlines carry markers, and which (pure). */
import type { Evidence, MetricKey } from '../../../worker/analysis/types';
import { capitalize, formatList, formatSmall } from './format';
import type { LabelledArticle } from './labels';
import { METRIC_NOUNS } from './metrics';

const QUOTE_MARKS = /^[‘’“”'"«»‹›„‚].*[‘’“”'"«»‹›„‚]$/u;

/** A marker's words as a sentence shows them: in quotation marks unless it brings its own. */
export function quoteMarker(text: string): string {
  const trimmed = text.trim();
  return QUOTE_MARKS.test(trimmed) ? trimmed : `“${trimmed}”`;
}

/** Sources and citations say where a headline comes from; the rest say how it frames the story. */
const isCredit = (e: Evidence) => e.metric === 'citations' || e.metric === 'namedSources' || e.metric === 'anonymousSources';

function describeMarkers(label: string, evidence: readonly Evidence[]): string {
  const shown = evidence.slice(0, 2).map((e) => `${quoteMarker(e.text)} (${METRIC_NOUNS[e.metric].one})`);
  const more = evidence.length > 2 ? ` and ${formatSmall(evidence.length - 2)} more` : '';
  return `${label}’s ${formatList(shown)}${more}`;
}

/**
 * One sentence: how many headlines carry markers and which, framing markers first (a scare quote
 * says more than a credit line).
 * @example summarizeHeadlines(articles, READER_METRICS)
 * // "Two of four headlines carry markers (one article has none): RT’s ‘interference’ (scare quote) and “– CNN” (citation of another outlet); Mothership’s “: CNN” (citation of another outlet)."
 */
export function summarizeHeadlines(articles: readonly LabelledArticle[], shown: readonly MetricKey[]): string {
  if (articles.length === 0) return 'There are no articles to compare yet.';
  const withHeadline = articles.filter(({ article }) => article.headline);
  const marked = withHeadline
    .map(({ article, label }, order) => {
      const evidence = article.headlineEvidence
        .filter((e) => shown.includes(e.metric))
        .sort((a, b) => Number(isCredit(a)) - Number(isCredit(b)) || a.start - b.start);
      return { label, evidence, order, framing: evidence.filter((e) => !isCredit(e)).length };
    })
    .filter((h) => h.evidence.length > 0)
    .sort((a, b) => b.framing - a.framing || a.order - b.order);
  const missing = articles.length - withHeadline.length;
  const missingNote = missing > 0 ? ` (${formatSmall(missing)} ${missing === 1 ? 'article has' : 'articles have'} none)` : '';
  if (marked.length === 0) {
    if (withHeadline.length === 0) return articles.length === 1 ? 'The article has no headline.' : 'None of the articles has a headline.';
    if (withHeadline.length === 1) return `${withHeadline[0]?.label}’s headline carries no framing marker${missingNote}.`;
    return `None of the ${formatSmall(withHeadline.length)} headlines carries a framing marker${missingNote}.`;
  }
  const described = marked.slice(0, 3).map((h) => describeMarkers(h.label, h.evidence));
  const more = marked.length > 3 ? `; and ${formatSmall(marked.length - 3)} more` : '';
  const count = withHeadline.length === 1
    ? 'The headline carries markers'
    : `${capitalize(formatSmall(marked.length))} of ${formatSmall(withHeadline.length)} headlines ${marked.length === 1 ? 'carries' : 'carry'} markers`;
  return `${count}${missingNote}: ${described.join('; ')}${more}.`;
}
