/**
 * Charts hang their Chart.js instance on their container element as `framelensChart`, so browser
 * tests and the benchmark can find a bar's pixel position through Chart.js's own API.
 */
import type { Chart } from 'chart.js';

export type ChartHost = HTMLElement & { framelensChart?: Chart };

export function exposeChart(host: HTMLElement, chart: Chart): void {
  (host as ChartHost).framelensChart = chart;
}
