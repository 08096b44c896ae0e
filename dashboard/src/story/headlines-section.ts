/** Section 1: every article's headline side by side, its markers highlighted and listed. */
import type { MetricKey } from '../../../worker/analysis/types';
import { createCard } from '../components/card';
import { attachEmbedControl } from '../embed-control/control';
import { summarizeHeadlines } from '../data/headlines';
import { formatIsoDate } from '../data/format';
import type { LabelledArticle } from '../data/labels';
import { READER_METRICS } from '../data/metrics';
import { h } from '../lib/dom';
import { renderHighlighted } from './highlight-render';

export function createHeadlinesSection(
  articles: readonly LabelledArticle[],
  metricLabel: (key: MetricKey) => string,
): HTMLElement {
  const card = createCard({
    id: 'headlines',
    number: 1,
    title: 'Headlines',
    lede: 'Each outlet’s headline for the same event. Highlighted words are framing markers the analyser found; hover or focus one to see the rule.',
  });
  card.setSummary(summarizeHeadlines(articles, READER_METRICS));
  const items = articles.map(({ article, label }) => {
    const headline = article.headline;
    const evidence = article.headlineEvidence;
    return h('li', { class: 'headline', dataset: { articleId: String(article.id) } }, [
      h('p', { class: 'headline__outlet' }, [
        h('span', { text: label }),
        article.published ? h('span', { class: 'headline__date', text: formatIsoDate(article.published) }) : null,
      ]),
      headline
        ? h('p', { class: 'headline__text' }, renderHighlighted(headline, evidence))
        : h('p', { class: 'headline__text headline__text--none', text: 'No headline in this text' }),
      evidence.length > 0
        ? h('ul', { class: 'marker-list', attrs: { 'aria-label': `Markers in ${label}’s headline` } },
            evidence.map((e) =>
              h('li', { class: 'marker', dataset: { metric: e.metric } }, [
                h('span', { class: 'marker__swatch', attrs: { 'aria-hidden': 'true' } }),
                h('span', { class: 'marker__metric', text: metricLabel(e.metric) }),
                h('span', { class: 'marker__text', text: e.text }),
              ]),
            ))
        : null,
    ]);
  });
  attachEmbedControl(card, 'headlines');
  card.body.append(h('ul', { class: 'headline-grid' }, items));
  return card.root;
}
