/**
 * The accessible frame of a canvas chart: a wrapper with role="img", an aria-label naming the chart
 * and aria-describedby pointing at the card's summary sentence. The canvas itself is decorative to
 * assistive technology; the data table beside it carries every number.
 */
import { h } from '../lib/dom';

export interface ChartFigure {
  root: HTMLElement;
  canvas: HTMLCanvasElement;
  setLabel(label: string): void;
  /** Chart.js fills its container: set the container's height for the number of bars. */
  setHeight(px: number): void;
}

export function createChartFigure(name: string, describedBy: string): ChartFigure {
  const canvas = h('canvas');
  const root = h('div', {
    class: 'chart',
    attrs: { role: 'img', 'aria-describedby': describedBy },
    dataset: { chart: name },
  }, [canvas]);
  return {
    root,
    canvas,
    setLabel(label) {
      root.setAttribute('aria-label', label);
    },
    setHeight(px) {
      root.style.height = `${Math.round(px)}px`;
    },
  };
}
