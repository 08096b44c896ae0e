/**
 * Keyboard access to a bar chart: the chart frame takes focus (Tab), arrow keys step from bar to bar
 * in reading order (top to bottom, left to right), Home/End jump to the first/last bar, Enter or
 * Space does what a click on the bar does, Escape lets go. The bar in focus is outlined and shows
 * its tooltip, and a polite live region reads out its description.
 */
import type { ActiveElement, Chart } from 'chart.js';
import type { ChartFigure } from '../components/chart-figure';

export interface BarKeyboardOptions {
  /** What the live region says for a bar ("RT, Skepticism: 34.1 per 1,000 words."). */
  describe(datasetIndex: number, index: number): string;
  /** What Enter/Space does (the same as clicking the bar). */
  activate(datasetIndex: number, index: number): void;
  /** Step over bars of zero length (stacked segments that do not exist). */
  skipZero?: boolean;
}

/** Appended to a keyboard-enabled chart's aria-label. */
export const KEYBOARD_HINT = 'Arrow keys step through the bars; Enter shows the words behind one in the article reader.';

interface BarRef {
  datasetIndex: number;
  index: number;
  x: number;
  y: number;
}

/** Every visible bar with its position, in reading order. */
function barsInOrder(chart: Chart<'bar'>, skipZero: boolean): BarRef[] {
  const bars: BarRef[] = [];
  chart.data.datasets.forEach((dataset, d) => {
    if (!chart.isDatasetVisible(d)) return;
    chart.getDatasetMeta(d).data.forEach((element, i) => {
      const value = dataset.data[i];
      if (skipZero && (typeof value !== 'number' || value === 0)) return;
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      bars.push({ datasetIndex: d, index: i, x, y });
    });
  });
  return bars.sort((a, b) => a.y - b.y || a.x - b.x);
}

const STEPS: Record<string, (position: number, count: number) => number> = {
  ArrowDown: (p, n) => Math.min(n - 1, p + 1),
  ArrowRight: (p, n) => Math.min(n - 1, p + 1),
  ArrowUp: (p) => Math.max(0, p - 1),
  ArrowLeft: (p) => Math.max(0, p - 1),
  Home: () => 0,
  End: (_p, n) => n - 1,
};

export function enableBarKeyboard(figure: ChartFigure, chart: Chart<'bar'>, options: BarKeyboardOptions): void {
  const { frame, status } = figure;
  frame.tabIndex = 0;
  let current: { datasetIndex: number; index: number } | null = null;

  const show = (bar: BarRef | null) => {
    const element = bar ? chart.getDatasetMeta(bar.datasetIndex).data[bar.index] : undefined;
    current = bar && element ? { datasetIndex: bar.datasetIndex, index: bar.index } : null;
    const active: ActiveElement[] = current && element ? [{ ...current, element }] : [];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, bar && current ? { x: bar.x, y: bar.y } : { x: 0, y: 0 });
    chart.update('none');
    status.textContent = current ? options.describe(current.datasetIndex, current.index) : '';
  };

  frame.addEventListener('keydown', (event) => {
    const bars = barsInOrder(chart, options.skipZero ?? false);
    if (bars.length === 0) return;
    const position = current ? bars.findIndex((b) => b.datasetIndex === current?.datasetIndex && b.index === current.index) : -1;
    const step = STEPS[event.key];
    if (step) {
      event.preventDefault();
      show(bars[position < 0 ? 0 : step(position, bars.length)] ?? null);
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      options.activate(current.datasetIndex, current.index);
    } else if (event.key === 'Escape' && current) {
      show(null);
    }
  });
  frame.addEventListener('blur', () => {
    if (current) show(null);
  });
}
