/**
 * Reading the dashboard's charts from a test. Chart containers carry `data-chart="<name>"` and hold
 * their Chart.js instance as `framelensChart` (dashboard/src/charts/expose.ts); pages set
 * `data-charts-drawn` on <html> once every chart has drawn (dashboard/src/charts/drawn-signal.ts).
 *
 * @example
 * await waitForChartsDrawn(page);
 * const point = await barPosition(page, 'profile', { dataset: 'RT', category: 'Skepticism' });
 * await page.mouse.click(point.x, point.y);
 */
import type { Page } from 'playwright-core';

/**
 * Resolves once every chart on the page has drawn. On a timeout the error says what the page shows
 * and which requests it made, which tells a slow server from a broken page.
 */
export async function waitForChartsDrawn(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForSelector('html[data-charts-drawn]', { state: 'attached', timeout });
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        main: (document.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
        requests: performance.getEntriesByType('resource').map((e) => `${e.name} ${Math.round(e.duration)}ms`),
      }))
      .catch(() => ({ main: '(page gone)', requests: [] as string[] }));
    throw new Error(`charts not drawn within ${timeout} ms on ${page.url()}; page shows "${state.main}"; requests: ${state.requests.join(', ')}`, { cause: error });
  }
}

export interface BarQuery {
  /** The dataset's label (the outlet in the profile chart; "Anonymous"/"Named" in sourcing). */
  dataset: string;
  /** The category label on the index axis (the metric in the profile chart; the outlet in sourcing). */
  category: string;
}

/**
 * Viewport coordinates of the middle of one bar, from the Chart.js instance's own element positions
 * (scrolls the chart into view first, so the point is clickable).
 */
export async function barPosition(page: Page, chart: string, query: BarQuery): Promise<{ x: number; y: number }> {
  const host = page.locator(`[data-chart="${chart}"]`);
  await host.scrollIntoViewIfNeeded();
  return host.evaluate((el, q) => {
    type Bar = { x: number; y: number; base: number; horizontal?: boolean };
    const instance = (el as HTMLElement & {
      framelensChart?: {
        canvas: HTMLCanvasElement;
        data: { labels?: unknown[]; datasets: { label?: string }[] };
        getDatasetMeta(i: number): { data: Bar[] };
      };
    }).framelensChart;
    if (!instance) throw new Error('no Chart.js instance on the chart container');
    const d = instance.data.datasets.findIndex((ds) => ds.label === q.dataset);
    const i = (instance.data.labels ?? []).findIndex((label) => label === q.category);
    const bar = d >= 0 && i >= 0 ? instance.getDatasetMeta(d).data[i] : undefined;
    if (!bar) throw new Error(`no bar for dataset "${q.dataset}" and category "${q.category}"`);
    const box = instance.canvas.getBoundingClientRect();
    // Horizontal bars run from `base` to `x` at height `y`; click halfway along.
    return { x: box.left + (bar.base + bar.x) / 2, y: box.top + bar.y };
  }, query);
}
