/**
 * The widget's chart area: the dashboard's own charts (profile and single-metric bars, sourcing)
 * without click handling, or, for citations and headlines, a compact list. The area is sized by the
 * page layout (it fills the iframe); what it reports is its natural height — what the chart would
 * like (the height the chart module asks its figure for) or what the list measures.
 */
import type { Plugin } from 'chart.js';
import { createProfileChart } from '../charts/profile-chart';
import { createSourcingChart } from '../charts/sourcing-chart';
import { createChartFigure, type ChartFigure } from '../components/chart-figure';
import { formatSmall } from '../data/format';
import { h } from '../lib/dom';
import { renderHighlighted } from '../story/highlight-render';
import type { WidgetModel } from './model';

export interface Stage {
  /** What goes in the chart area. */
  root: HTMLElement;
  /** The element whose size changes when the content reflows (observed for self-sizing). */
  content: HTMLElement;
  /** The height the content would like, px. */
  natural(): number;
  /** Draw (canvas charts need to be in the document first). */
  draw(plugins: Plugin[]): void;
  /** Re-read colours after a light/dark switch. */
  retheme(): void;
}

/**
 * A chart figure whose height the widget's layout decides: the chart module's wish is kept as the
 * natural height instead of being set on the element.
 */
function fittedFigure(name: string, describedBy: string): { figure: ChartFigure; natural: () => number } {
  const base = createChartFigure(name, describedBy);
  let wanted = 200;
  const figure: ChartFigure = {
    ...base,
    setHeight(px) {
      wanted = Math.round(px);
    },
  };
  return { figure, natural: () => wanted };
}

function chartStage(model: WidgetModel, describedBy: string): Stage {
  const { data } = model;
  const { figure, natural } = fittedFigure(model.options.chart.kind, describedBy);
  const n = formatSmall(model.articles.length);
  let retheme = () => undefined as void;
  if (data.kind === 'bars') {
    figure.setLabel(
      data.metrics.length === 1
        ? `Bar chart: ${data.metrics[0]?.label ?? ''} per 1,000 words for ${n} articles. The data table has every value.`
        : `Grouped bar chart: ${formatSmall(data.metrics.length)} framing metrics per 1,000 words for ${n} articles. The data table has every value.`,
    );
  } else {
    figure.setLabel(`Stacked bar chart: anonymous and named source references for ${n} articles. The data table has every value.`);
  }
  return {
    root: figure.root,
    content: figure.frame,
    natural,
    draw(plugins) {
      if (data.kind === 'bars') {
        const chart = createProfileChart(figure, { metrics: data.metrics, series: data.series, view: data.view }, { plugins });
        retheme = () => chart.retheme();
      } else if (data.kind === 'sourcing') {
        const chart = createSourcingChart(figure, data.rows, { plugins });
        retheme = () => chart.retheme();
      }
    },
    retheme: () => retheme(),
  };
}

function citationsList(model: WidgetModel): HTMLElement {
  if (model.data.kind !== 'citations') return h('ol');
  return h('ol', { class: 'widget-list' }, model.data.graph.rows.map((row) =>
    h('li', { class: 'widget-list__row' }, [
      h('span', { class: 'widget-list__label', text: row.label }),
      row.cited.length
        ? h('span', { class: 'widget-list__cites' }, [
            h('span', { class: 'widget-list__verb', text: 'credits' }),
            ...row.cited.map((c) => h('span', { class: 'chip', text: c.count > 1 ? `${c.outlet} ×${c.count}` : c.outlet })),
          ])
        : h('span', { class: 'widget-list__verb', text: 'credits no outlet' }),
    ]),
  ));
}

function headlinesList(model: WidgetModel): HTMLElement {
  return h('ol', { class: 'widget-list' }, model.articles.map(({ article, label }) =>
    h('li', { class: 'widget-list__row widget-list__row--stacked' }, [
      h('span', { class: 'widget-list__label', text: label }),
      article.headline
        ? h('span', { class: 'widget-list__headline' }, renderHighlighted(article.headline, article.headlineEvidence))
        : h('span', { class: 'widget-list__headline widget-list__headline--none', text: 'No headline in this text' }),
    ]),
  ));
}

function listStage(model: WidgetModel, describedBy: string): Stage {
  const list = model.data.kind === 'citations' ? citationsList(model) : headlinesList(model);
  list.setAttribute('aria-describedby', describedBy);
  const root = h('div', { class: 'widget-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': model.heading } }, [list]);
  return {
    root,
    content: list,
    natural: () => Math.ceil(list.getBoundingClientRect().height),
    draw: () => undefined,
    retheme: () => undefined,
  };
}

export function createStage(model: WidgetModel, describedBy: string): Stage {
  if (model.articles.length === 0) {
    const empty = h('p', { class: 'widget__empty', text: 'There are no articles to compare yet.' });
    return { root: empty, content: empty, natural: () => 80, draw: () => undefined, retheme: () => undefined };
  }
  return model.data.kind === 'bars' || model.data.kind === 'sourcing' ? chartStage(model, describedBy) : listStage(model, describedBy);
}
