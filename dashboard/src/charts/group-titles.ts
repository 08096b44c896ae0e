/**
 * A Chart.js plugin that writes each category's name above its group of bars ("Hedging" over the
 * outlets' hedging bars), left-aligned with the plot, instead of beside them on the index axis: the
 * bars get the full width, so the chart reads the same on a phone as on a projector.
 * The chart leaves room for the titles (see `groupedLayout`).
 */
import type { ChartType, Plugin } from 'chart.js';

export interface GroupTitlesOptions {
  color?: string;
  font?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    groupTitles?: GroupTitlesOptions;
  }
}

/** Gap between a title's baseline and the top of its first bar, in px. */
const GAP = 6;

export const groupTitles: Plugin<'bar', GroupTitlesOptions> = {
  id: 'groupTitles',
  afterDatasetsDraw(chart, _args, options) {
    const labels = chart.data.labels ?? [];
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = options.font ?? '700 13px sans-serif';
    ctx.fillStyle = options.color ?? '#000000';
    ctx.textBaseline = 'alphabetic';
    labels.forEach((label, i) => {
      let top = Infinity;
      chart.data.datasets.forEach((_dataset, d) => {
        if (!chart.isDatasetVisible(d)) return;
        const bar = chart.getDatasetMeta(d).data[i];
        if (!bar) return;
        const { y, height } = bar.getProps(['y', 'height'], true) as { y: number; height: number };
        top = Math.min(top, y - height / 2);
      });
      if (top !== Infinity) ctx.fillText(String(label), chartArea.left, top - GAP);
    });
    ctx.restore();
  },
};

export interface GroupedLayout {
  /** Height of the chart container, px. */
  height: number;
  /** Share of each category band the bars take (Chart.js `categoryPercentage`). */
  categoryPercentage: number;
  /** Extra room above the first group for its title (Chart.js `layout.padding.top`). */
  paddingTop: number;
}

/**
 * Sizes for `groups` categories of `barsPerGroup` bars each, with room for a title above each group:
 * bars stay readable (thinner from 7 bars per group up) for 1 to 12+ outlets.
 * @example groupedLayout(6, 5, 13) // { height: 773, categoryPercentage: 0.68, paddingTop: 9 }
 */
export function groupedLayout(groups: number, barsPerGroup: number, fontSize = 13, axisHeight = 56): GroupedLayout {
  const bar = barsPerGroup > 6 ? 14 : 16;
  const title = Math.round(fontSize * 1.5) + GAP;
  const gap = 12;
  const bars = Math.max(1, barsPerGroup) * bar;
  const band = bars + title + gap;
  const categoryPercentage = bars / band;
  const paddingTop = Math.max(0, title + 2 - (band - bars) / 2);
  return { height: Math.round(Math.max(1, groups) * band + paddingTop + axisHeight), categoryPercentage, paddingTop };
}
