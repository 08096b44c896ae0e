/**
 * The accessible frame of a canvas chart: a sized container with role="img", an aria-label naming
 * the chart and aria-describedby pointing at the card's summary sentence, and beside it a polite
 * live region that says which bar the keyboard is on (charts/keyboard.ts). The canvas itself is
 * decorative to assistive technology; the data table next to it carries every number.
 *
 * The container carries `data-chart="<name>"` and, once drawn, the Chart.js instance (charts/expose.ts):
 * that is how browser tests and benchmarks find bars.
 */
import { h } from '../lib/dom';

export interface ChartFigure {
  /** What to put on the page: the frame and its live region. */
  root: HTMLElement;
  /** The sized, labelled container of the canvas (focusable when the chart takes the keyboard). */
  frame: HTMLElement;
  canvas: HTMLCanvasElement;
  /** Polite live region for keyboard announcements. */
  status: HTMLElement;
  setLabel(label: string): void;
  /** Chart.js fills its container: set the container's height for the number of bars. */
  setHeight(px: number): void;
}

export function createChartFigure(name: string, describedBy: string): ChartFigure {
  const canvas = h('canvas');
  const frame = h('div', {
    class: 'chart',
    attrs: { role: 'img', 'aria-describedby': describedBy },
    dataset: { chart: name },
  }, [canvas]);
  const status = h('p', { class: 'chart__status visually-hidden', attrs: { 'aria-live': 'polite' } });
  return {
    root: h('div', { class: 'chart-figure' }, [frame, status]),
    frame,
    canvas,
    status,
    setLabel(label) {
      frame.setAttribute('aria-label', label);
    },
    setHeight(px) {
      frame.style.height = `${Math.round(px)}px`;
    },
  };
}
