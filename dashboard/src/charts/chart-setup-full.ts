/**
 * Benchmark-only twin of chart-setup.ts: the whole Chart.js bundle, as a page that does not
 * tree-shake would load it. Only `vite build --mode full-chartjs` uses it (scripts/bench-page.ts).
 */
import Chart from 'chart.js/auto';

export { Chart };
