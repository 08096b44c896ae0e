/**
 * Marks the moment every chart on a page has drawn once: `performance.mark('framelens:charts-drawn')`
 * (read by scripts/bench-page.ts) and `data-charts-drawn` on <html> (awaited by browser tests).
 */
import type { Plugin } from 'chart.js';

export const CHARTS_DRAWN_MARK = 'framelens:charts-drawn';

export function createDrawnSignal(expected: number): Plugin {
  const drawn = new Set<unknown>();
  return {
    id: 'drawnSignal',
    afterRender(chart) {
      if (drawn.has(chart) || drawn.size >= expected) return;
      drawn.add(chart);
      if (drawn.size === expected) {
        performance.mark(CHARTS_DRAWN_MARK);
        document.documentElement.dataset.chartsDrawn = 'true';
      }
    },
  };
}
