/**
 * A Chart.js plugin that writes a label at the end of each bar ("RT 9.8"): every bar says which
 * outlet and value it is, so neither colour nor the legend is needed to read it. A label that does
 * not fit to the right of its bar is drawn inside it, on a small backing plate.
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

export const barLabels: Plugin<'bar', BarLabelsOptions> = {
  id: 'barLabels',
  afterDatasetsDraw(chart, _args, options) {
    const text = options.text;
    if (!text) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = options.font ?? '600 12px sans-serif';
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((_dataset, d) => {
      if (!chart.isDatasetVisible(d)) return;
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const label = text(d, i);
        if (!label) return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        const width = ctx.measureText(label).width;
        let left = x + GAP;
        if (left + width > chartArea.right) {
          left = Math.max(chartArea.left + GAP, x - GAP - width);
          ctx.fillStyle = options.plate ?? '#ffffff';
          ctx.fillRect(left - 3, y - 8, width + 6, 16);
        }
        ctx.fillStyle = options.color ?? '#000000';
        ctx.fillText(label, left, y);
      });
    });
    ctx.restore();
  },
};
