/**
 * The framing profile chart: horizontal grouped bars, one group per metric (titled above its bars,
 * in the metric's colour as in the reader's highlights), one bar per article, each bar labelled
 * "Outlet value". Created once and updated in place when the view (voice, measure) changes.
 *
 * Reusable outside the story page (classroom slides, widgets): leave out `onSelect` for a static
 * chart with no click or keyboard handling.
 */
import type { Chart as ChartInstance, Plugin } from 'chart.js';
import type { MetricKey } from '../../../worker/analysis/types';
import type { ChartFigure } from '../components/chart-figure';
import { formatMeasure, type ProfileSeries, type ProfileView } from '../data/profile';
import { barLabels } from './bar-labels';
import { horizontalBarOptions, pointerOnBars } from './bar-options';
import { Chart } from './chart-setup';
import { exposeChart } from './expose';
import { groupedLayout, groupTitles } from './group-titles';
import { enableBarKeyboard } from './keyboard';
import { readTheme, type ChartTheme } from './theme';

export interface ProfileChartModel {
  metrics: { key: MetricKey; label: string }[];
  series: ProfileSeries[];
  view: ProfileView;
}

export interface ProfileChartOptions {
  /** Clicking a bar, or Enter on it: series (article) index and metric. Leave out for a static chart. */
  onSelect?: (seriesIndex: number, metric: MetricKey) => void;
  /** Extra Chart.js plugins (e.g. the page's drawn signal). */
  plugins?: Plugin[];
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

/** "RT, Skepticism: 34.1 per 1,000 words (own voice)." */
export function describeBar(model: ProfileChartModel, seriesIndex: number, metricIndex: number): string {
  const series = model.series[seriesIndex];
  const metric = model.metrics[metricIndex];
  if (!series || !metric) return '';
  const value = formatMeasure(series.values[metricIndex] ?? 0, model.view.measure);
  const unit = model.view.measure === 'per1k' ? ' per 1,000 words' : '';
  const voice = model.view.voice === 'outlet' ? 'own voice' : 'quoted voice';
  return `${series.label}, ${metric.label}: ${value}${unit} (${voice}).`;
}

export function createProfileChart(figure: ChartFigure, initial: ProfileChartModel, options: ProfileChartOptions = {}): ProfileChart {
  const { onSelect, plugins = [] } = options;
  let model = initial;
  let theme: ChartTheme = readTheme(figure.frame);
  const layout = () => groupedLayout(model.metrics.length, model.series.length, theme.fontSize);

  const datasets = () => {
    const { categoryPercentage } = layout();
    return model.series.map((s) => ({
      label: s.label,
      data: [...s.values],
      backgroundColor: model.metrics.map((m) => theme.metric[m.key]),
      borderColor: theme.barEdge,
      borderWidth: 1,
      hoverBorderColor: theme.text,
      hoverBorderWidth: 2,
      categoryPercentage,
      barPercentage: 0.86,
    }));
  };

  const chartOptions = () => {
    const base = horizontalBarOptions(theme, { axisTitle: axisTitle(model.view), valueAxis: 'top', categoryTicks: false });
    return {
      ...base,
      layout: { padding: { right: 8, top: layout().paddingTop } },
      onClick: onSelect
        ? (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
            const hit = elements[0];
            const metric = hit ? model.metrics[hit.index]?.key : undefined;
            if (hit && metric) onSelect(hit.datasetIndex, metric);
          }
        : undefined,
      onHover: onSelect ? pointerOnBars : undefined,
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
        groupTitles: { color: theme.text, font: `700 ${theme.fontSize}px ${theme.fontFamily}` },
      },
    };
  };

  figure.setHeight(layout().height);
  const chart = new Chart(figure.canvas, {
    type: 'bar',
    data: { labels: model.metrics.map((m) => m.label), datasets: datasets() },
    options: chartOptions(),
    plugins: [barLabels, groupTitles, ...plugins],
  });
  exposeChart(figure.frame, chart);
  if (onSelect) {
    enableBarKeyboard(figure, chart, {
      describe: (d, i) => describeBar(model, d, i),
      activate: (d, i) => {
        const metric = model.metrics[i]?.key;
        if (metric) onSelect(d, metric);
      },
    });
  }

  const refresh = () => {
    figure.setHeight(layout().height);
    chart.data.labels = model.metrics.map((m) => m.label);
    chart.data.datasets = datasets();
    chart.options = chartOptions();
    chart.update('none');
  };

  return {
    chart,
    update(next) {
      model = next;
      refresh();
    },
    retheme() {
      theme = readTheme(figure.frame);
      refresh();
    },
  };
}
