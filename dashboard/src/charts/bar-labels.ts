/**
 * A Chart.js plugin that writes a label at the end of each bar ("RT 9.8"): every bar says which
 * outlet and value it is, so neither colour nor the legend is needed to read it. A label that does
 * not fit to the right of its bar goes inside the bar's end, in black or white, whichever contrasts
 * more with the bar's colour (on a small backing plate when the bar is patterned or too short), so
 * the bar itself is never covered or shortened.
 */
import type { ChartType, Plugin } from 'chart.js';

export interface BarLabelsOptions {
  /** The label of bar `index` in dataset `datasetIndex`, or null for none. */
  text?: (datasetIndex: number, index: number) => string | null;
  color?: string;
  plate?: string;
  font?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    barLabels?: BarLabelsOptions;
  }
}

const GAP = 5;

/** WCAG relative luminance of a #rrggbb colour, or null for anything else (patterns, names). */
export function luminance(color: unknown): number | null {
  if (typeof color !== 'string') return null;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = Number.parseInt(hex, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever contrasts more with a #rrggbb background; null if unknown. */
export function contrastingText(background: unknown): '#000000' | '#ffffff' | null {
  const l = luminance(background);
  if (l === null) return null;
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** The fill of one bar: a per-bar array, one colour, or a pattern. */
function fillOf(background: unknown, index: number): unknown {
  return Array.isArray(background) ? background[index] : background;
}

export const barLabels: Plugin<'bar', BarLabelsOptions> = {
  id: 'barLabels',
  afterDatasetsDraw(chart, _args, options) {
    const text = options.text;
    if (!text) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = options.font ?? '600 12px sans-serif';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, d) => {
      if (!chart.isDatasetVisible(d)) return;
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const label = text(d, i);
        if (!label) return;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
        const width = ctx.measureText(label).width;
        if (x + GAP + width <= chartArea.right) {
          ctx.fillStyle = options.color ?? '#000000';
          ctx.fillText(label, x + GAP, y);
          return;
        }
        const left = Math.max(chartArea.left + GAP, x - GAP - width);
        const inside = contrastingText(fillOf(dataset.backgroundColor, i));
        if (!inside || left < base + GAP) {
          ctx.fillStyle = options.plate ?? '#ffffff';
          ctx.fillRect(left - 3, y - 8, width + 6, 16);
        }
        ctx.fillStyle = inside && left >= base + GAP ? inside : (options.color ?? '#000000');
        ctx.fillText(label, left, y);
      });
    });
    ctx.restore();
  },
};
