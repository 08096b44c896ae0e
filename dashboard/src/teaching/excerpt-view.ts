/**
 * A highlighted excerpt (classroom slide, handout): the paragraph with its framing markers in metric
 * colours, where it comes from, and a key of the metrics it holds. Text goes in as text only.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import { formatSmall } from '../data/format';
import { METRIC_NOUNS, nounFor } from '../data/metrics';
import { h } from '../lib/dom';
import { renderHighlighted } from '../story/highlight-render';
import type { Excerpt } from './excerpts';
import type { DetailedArticle } from './types';

/** Metrics in the excerpt with how many evidence items each, most first. */
export function excerptKey(excerpt: Excerpt): { metric: MetricKey; count: number }[] {
  const counts = new Map<MetricKey, number>();
  for (const e of excerpt.evidence) counts.set(e.metric, (counts.get(e.metric) ?? 0) + 1);
  return [...counts.entries()].map(([metric, count]) => ({ metric, count })).sort((a, b) => b.count - a.count);
}

export function renderExcerpt(article: DetailedArticle, excerpt: Excerpt): HTMLElement {
  const text = article.detail.article.text;
  return h('figure', { class: 'excerpt', dataset: { articleId: String(excerpt.articleId) } }, [
    h('blockquote', { class: 'excerpt__text' }, renderHighlighted(text, excerpt.evidence, excerpt.range)),
    h('figcaption', { class: 'excerpt__source', text: `${excerpt.label}, paragraph ${excerpt.paragraph}` }),
    h('ul', { class: 'excerpt__key', attrs: { 'aria-label': 'Markers highlighted' } },
      excerptKey(excerpt).map(({ metric, count }) =>
        h('li', { class: 'excerpt__key-item', dataset: { metric } }, [
          h('span', { class: 'legend__sample', text: 'Aa', attrs: { 'aria-hidden': 'true' } }),
          ` ${formatSmall(count)} ${nounFor(METRIC_NOUNS[metric], count)}`,
        ]),
      ),
    ),
  ]);
}
