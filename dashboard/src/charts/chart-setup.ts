/**
 * Chart.js, registered piece by piece: only the bar chart parts the dashboard draws (never
 * `chart.js/auto`, which ships every controller, scale and element). The benchmark's full-bundle
 * variant swaps this module for chart-setup-full.ts (see scripts/bench-page.ts).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
