/**
 * The sourcing chart: one horizontal stacked bar per article, anonymous source references (striped)
 * then named ones (solid), labelled "3 anonymous · 5 named" so the split reads without colour.
 *
 * Reusable outside the story page: leave out `onSelect` for a static chart.
 */
import type { Chart as ChartInstance, Plugin } from 'chart.js';
import type { ChartFigure } from '../components/chart-figure';
import { formatCount } from '../data/format';
import type { SourcingRow } from '../data/sourcing';
import { barLabels } from './bar-labels';
import { horizontalBarOptions, pointerOnBars } from './bar-options';
import { Chart } from './chart-setup';
import { exposeChart } from './expose';
import { enableBarKeyboard } from './keyboard';
import { stripes } from './patterns';
import { readTheme, type ChartTheme } from './theme';

export type SourceKindKey = 'anonymousSources' | 'namedSources';
const KINDS: readonly SourceKindKey[] = ['anonymousSources', 'namedSources'];
const KIND_WORDS: Record<SourceKindKey, string> = { anonymousSources: 'anonymous', namedSources: 'named' };

export interface SourcingChartOptions {
  /** Clicking a segment, or Enter on it: row (article) index and source kind. Leave out for a static chart. */
  onSelect?: (rowIndex: number, kind: SourceKindKey) => void;
  plugins?: Plugin[];
}

export interface SourcingChart {
  chart: ChartInstance<'bar'>;
  update(rows: SourcingRow[]): void;
  retheme(): void;
}

export function sourcingLabel(row: SourcingRow): string {
  return row.total === 0 ? 'no sources' : `${row.anonymous} anonymous · ${row.named} named`;
}

/** "RT: 2 anonymous source references of 2." */
export function describeSegment(row: SourcingRow, kind: SourceKindKey): string {
  const count = kind === 'anonymousSources' ? row.anonymous : row.named;
  return `${row.label}: ${formatCount(count)} ${KIND_WORDS[kind]} source reference${count === 1 ? '' : 's'} of ${formatCount(row.total)}.`;
}

/** Container height for `rows` bars plus legend and axis. */
export function sourcingHeight(rows: number, fontSize = 13): number {
  const bar = rows > 6 ? 30 : 38;
  return Math.max(160, Math.max(1, rows) * bar + Math.round(fontSize * 7));
}

export function createSourcingChart(figure: ChartFigure, initial: SourcingRow[], options: SourcingChartOptions = {}): SourcingChart {
  const { onSelect, plugins = [] } = options;
  let rows = initial;
  let theme: ChartTheme = readTheme(figure.frame);

  const datasets = () =>
    KINDS.map((kind) => ({
      label: kind === 'anonymousSources' ? 'Anonymous' : 'Named',
      data: rows.map((r) => (kind === 'anonymousSources' ? r.anonymous : r.named)),
      backgroundColor: kind === 'anonymousSources' ? stripes(theme.metric[kind], theme.surface) : theme.metric[kind],
      borderColor: theme.metric[kind],
      borderWidth: 2,
      hoverBorderColor: theme.text,
      hoverBorderWidth: 3,
      barPercentage: 0.7,
    }));

  const chartOptions = () => {
    const base = horizontalBarOptions(theme, { axisTitle: 'Source references (both voices)', stacked: true });
    return {
      ...base,
      onClick: onSelect
        ? (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
            const hit = elements[0];
            const kind = hit ? KINDS[hit.datasetIndex] : undefined;
            if (hit && kind) onSelect(hit.index, kind);
          }
        : undefined,
      onHover: onSelect ? pointerOnBars : undefined,
      plugins: {
        ...base.plugins,
        legend: {
          display: true,
          position: 'top' as const,
          align: 'start' as const,
          labels: { color: theme.text, font: { family: theme.fontFamily, size: theme.fontSize }, boxWidth: 18, boxHeight: 14 },
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

  figure.setHeight(sourcingHeight(rows.length, theme.fontSize));
  const chart = new Chart(figure.canvas, {
    type: 'bar',
    data: { labels: rows.map((r) => r.label), datasets: datasets() },
    options: chartOptions(),
    plugins: [barLabels, ...plugins],
  });
  exposeChart(figure.frame, chart);
  if (onSelect) {
    enableBarKeyboard(figure, chart, {
      skipZero: true,
      describe: (d, i) => {
        const row = rows[i];
        const kind = KINDS[d];
        return row && kind ? describeSegment(row, kind) : '';
      },
      activate: (d, i) => {
        const kind = KINDS[d];
        if (kind) onSelect(i, kind);
      },
    });
  }

  const refresh = () => {
    figure.setHeight(sourcingHeight(rows.length, theme.fontSize));
    chart.data.labels = rows.map((r) => r.label);
    chart.data.datasets = datasets();
    chart.options = chartOptions();
    chart.update('none');
  };

  return {
    chart,
    update(next) {
      rows = next;
      refresh();
    },
    retheme() {
      theme = readTheme(figure.frame);
      refresh();
    },
  };
}
