/**
 * The sourcing chart: one horizontal stacked bar per article, anonymous source references (striped)
 * then named ones (solid), labelled "3 anonymous · 5 named" so the split reads without colour.
 */
import type { Chart as ChartInstance, Plugin } from 'chart.js';
import type { ChartFigure } from '../components/chart-figure';
import type { SourcingRow } from '../data/sourcing';
import { barLabels } from './bar-labels';
import { horizontalBarOptions, pointerOnBars } from './bar-options';
import { Chart } from './chart-setup';
import { exposeChart } from './expose';
import { stripes } from './patterns';
import { readTheme, type ChartTheme } from './theme';

export type SourceKindKey = 'anonymousSources' | 'namedSources';
const KINDS: readonly SourceKindKey[] = ['anonymousSources', 'namedSources'];

export interface SourcingChart {
  chart: ChartInstance<'bar'>;
  update(rows: SourcingRow[]): void;
  retheme(): void;
}

export function sourcingLabel(row: SourcingRow): string {
  return row.total === 0 ? 'no sources' : `${row.anonymous} anonymous · ${row.named} named`;
}

export function createSourcingChart(
  figure: ChartFigure,
  initial: SourcingRow[],
  onSelect: (rowIndex: number, kind: SourceKindKey) => void,
  extraPlugins: Plugin[] = [],
): SourcingChart {
  let rows = initial;
  let theme: ChartTheme = readTheme();

  const datasets = () => [
    {
      label: 'Anonymous',
      data: rows.map((r) => r.anonymous),
      backgroundColor: stripes(theme.metric.anonymousSources, theme.surface),
      borderColor: theme.metric.anonymousSources,
      borderWidth: 2,
      barPercentage: 0.7,
    },
    {
      label: 'Named',
      data: rows.map((r) => r.named),
      backgroundColor: theme.metric.namedSources,
      borderColor: theme.metric.namedSources,
      borderWidth: 2,
      barPercentage: 0.7,
    },
  ];

  const options = () => {
    const base = horizontalBarOptions(theme, 'Source references (both voices)', true);
    return {
      ...base,
      onClick: (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
        const hit = elements[0];
        const kind = hit ? KINDS[hit.datasetIndex] : undefined;
        if (hit && kind) onSelect(hit.index, kind);
      },
      onHover: pointerOnBars,
      plugins: {
        ...base.plugins,
        legend: {
          display: true,
          position: 'top' as const,
          align: 'start' as const,
          labels: { color: theme.text, font: { family: theme.fontFamily, size: 13 }, boxWidth: 18, boxHeight: 14 },
        },
        barLabels: {
          ...base.plugins?.barLabels,
          text: (d: number, i: number) => {
            const row = rows[i];
            return d === KINDS.length - 1 && row ? sourcingLabel(row) : null;
          },
        },
      },
    };
  };

  const height = () => Math.max(180, rows.length * 38 + 96);
  figure.setHeight(height());
  const chart = new Chart(figure.canvas, {
    type: 'bar',
    data: { labels: rows.map((r) => r.label), datasets: datasets() },
    options: options(),
    plugins: [barLabels, ...extraPlugins],
  });
  exposeChart(figure.root, chart);

  const refresh = () => {
    figure.setHeight(height());
    chart.data.labels = rows.map((r) => r.label);
    chart.data.datasets = datasets();
    chart.options = options();
    chart.update('none');
  };

  return {
    chart,
    update(next) {
      rows = next;
      refresh();
    },
    retheme() {
      theme = readTheme();
      refresh();
    },
  };
}
