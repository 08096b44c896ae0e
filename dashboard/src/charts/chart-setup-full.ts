/**
 * Benchmark-only twin of chart-setup.ts: the whole Chart.js bundle, as a page that does not
 * tree-shake would load it. Only the benchmark builds use it (scripts/bench-page.ts aliases chart-setup to it).
 */
import Chart from 'chart.js/auto';

export { Chart };
