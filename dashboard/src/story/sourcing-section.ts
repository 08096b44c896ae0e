/** Section 3: anonymous vs named source references per article (stacked bars + table). */
import type { Plugin } from 'chart.js';
import type { MetricKey } from '../../../worker/analysis/types';
import { KEYBOARD_HINT } from '../charts/keyboard';
import { createSourcingChart, type SourcingChart } from '../charts/sourcing-chart';
import { createCard } from '../components/card';
import { attachEmbedControl } from '../embed-control/control';
import { createChartFigure } from '../components/chart-figure';
import { createTableToggle, renderTable } from '../components/data-table';
import { formatCount, formatPercent, formatSmall } from '../data/format';
import type { LabelledArticle } from '../data/labels';
import { selectSourcing, summarizeSourcing } from '../data/sourcing';
import { h } from '../lib/dom';

export interface SourcingSection {
  root: HTMLElement;
  /** Create the chart; call once the section is in the document. */
  draw(): SourcingChart;
}

export function createSourcingSection(
  articles: readonly LabelledArticle[],
  onSelect: (articleId: number, metric: MetricKey) => void,
  plugins: Plugin[],
): SourcingSection {
  const card = createCard({
    id: 'sourcing',
    number: 3,
    title: 'Sourcing',
    lede: 'Who the claims rest on: references to unnamed sources (“two people familiar with the conversations”) against sources named in the text.',
  });
  const rows = selectSourcing(articles);
  card.setSummary(summarizeSourcing(rows));
  const figure = createChartFigure('sourcing', card.summary.id);
  figure.setLabel(
    `Stacked bar chart: anonymous and named source references for ${formatSmall(rows.length)} articles. The data table has every value. ${KEYBOARD_HINT}`,
  );
  const table = createTableToggle('data table');
  const action = (label: string, articleId: number, metric: MetricKey, what: string, value: number) => ({
    text: formatCount(value),
    value,
    action: { label: `${formatCount(value)}: show ${label}’s ${what} source references in the reader`, run: () => onSelect(articleId, metric) },
  });
  table.setTable(
    renderTable({
      caption: 'Source references per article (both voices)',
      columns: ['Article', 'Anonymous', 'Named', 'Total', 'Anonymous share'],
      rows: rows.map((r) => ({
        header: r.label,
        cells: [
          action(r.label, r.articleId, 'anonymousSources', 'anonymous', r.anonymous),
          action(r.label, r.articleId, 'namedSources', 'named', r.named),
          { text: formatCount(r.total), value: r.total },
          { text: r.anonymousShare === null ? '—' : formatPercent(r.anonymousShare) },
        ],
      })),
    }),
  );
  attachEmbedControl(card, 'sourcing');
  card.body.append(
    figure.root,
    h('div', { class: 'card__foot' }, [table.button]),
    table.region,
  );
  let chart: SourcingChart | undefined;
  const draw = () => {
    chart ??= createSourcingChart(figure, rows, {
      onSelect: (i, kind) => {
        const row = rows[i];
        if (row) onSelect(row.articleId, kind);
      },
      plugins,
    });
    return chart;
  };
  return { root: card.root, draw };
}
