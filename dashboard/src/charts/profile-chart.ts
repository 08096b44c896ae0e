/**
 * The framing profile chart: horizontal grouped bars, one group per metric (in the metric's colour,
 * as in the reader's highlights), one bar per article, each bar labelled "Outlet value". Created
 * once and updated in place when the view (voice, measure) changes.
 */
import type { Chart as ChartInstance, Plugin } from 'chart.js';
import type { MetricKey } from '../../../worker/analysis/types';
import type { ChartFigure } from '../components/chart-figure';
import { formatMeasure, type ProfileSeries, type ProfileView } from '../data/profile';
import { barLabels } from './bar-labels';
import { horizontalBarOptions, pointerOnBars } from './bar-options';
import { Chart } from './chart-setup';
import { exposeChart } from './expose';
import { readTheme, type ChartTheme } from './theme';

export interface ProfileChartModel {
  metrics: { key: MetricKey; label: string }[];
  series: ProfileSeries[];
  view: ProfileView;
}

export interface ProfileChart {
  chart: ChartInstance<'bar'>;
  update(model: ProfileChartModel): void;
  retheme(): void;
}

export function axisTitle(view: ProfileView): string {
  const voice = view.voice === 'outlet' ? "outlet's own voice" : 'quoted voice';
  return view.measure === 'per1k' ? `Per 1,000 words (${voice})` : `Count (${voice})`;
}

/** Height that gives every bar room for its label, for 1 to 12+ articles. */
export function profileHeight(metrics: number, articles: number): number {
  const bar = articles > 6 ? 15 : 20;
  return Math.max(220, metrics * (articles * bar + 16) + 64);
}

export function createProfileChart(
  figure: ChartFigure,
  initial: ProfileChartModel,
  onSelect: (seriesIndex: number, metric: MetricKey) => void,
  extraPlugins: Plugin[] = [],
): ProfileChart {
  let model = initial;
  let theme: ChartTheme = readTheme();

  const datasets = () =>
    model.series.map((s) => ({
      label: s.label,
      data: [...s.values],
      backgroundColor: model.metrics.map((m) => theme.metric[m.key]),
      borderColor: theme.barEdge,
      borderWidth: 1,
      categoryPercentage: 0.88,
      barPercentage: 0.9,
    }));

  const options = () => {
    const base = horizontalBarOptions(theme, axisTitle(model.view));
    return {
      ...base,
      onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
        const hit = elements[0];
        const metric = hit ? model.metrics[hit.index]?.key : undefined;
        if (hit && metric) onSelect(hit.datasetIndex, metric);
      },
      onHover: pointerOnBars,
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins?.tooltip,
          callbacks: {
            label: (item: { dataset: { label?: string }; parsed: { x: number | null } }) =>
              `${item.dataset.label ?? ''}: ${formatMeasure(item.parsed.x ?? 0, model.view.measure)}`,
          },
        },
        barLabels: {
          ...base.plugins?.barLabels,
          text: (d: number, i: number) => {
            const series = model.series[d];
            return series ? `${series.label} ${formatMeasure(series.values[i] ?? 0, model.view.measure)}` : null;
          },
        },
      },
    };
  };

  figure.setHeight(profileHeight(model.metrics.length, model.series.length));
  const chart = new Chart(figure.canvas, {
    type: 'bar',
    data: { labels: model.metrics.map((m) => m.label), datasets: datasets() },
    options: options(),
    plugins: [barLabels, ...extraPlugins],
  });
  exposeChart(figure.root, chart);

  const refresh = () => {
    chart.data.labels = model.metrics.map((m) => m.label);
    chart.data.datasets = datasets();
    chart.options = options();
    chart.update('none');
  };

  return {
    chart,
    update(next) {
      model = next;
      figure.setHeight(profileHeight(model.metrics.length, model.series.length));
      refresh();
    },
    retheme() {
      theme = readTheme();
      refresh();
    },
  };
}
