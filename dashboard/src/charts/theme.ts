/**
 * Chart colours and fonts read from CSS custom properties (styles/tokens.css) on the chart's own
 * element, so charts follow light/dark mode exactly as the HTML around them does, and a container
 * can restyle the charts inside it (e.g. larger `--chart-font-size` on a projector slide, or a widget
 * that forces a theme by setting the tokens).
 */
import { METRIC_KEYS, type MetricKey } from '../../../worker/analysis/types';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  /** Outline of bars, so light colours (yellow) stay visible against the background. */
  barEdge: string;
  fontFamily: string;
  /** Base font size of tick and bar labels, in px. */
  fontSize: number;
  metric: Record<MetricKey, string>;
}

export function readTheme(element: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const metric = Object.fromEntries(METRIC_KEYS.map((key) => [key, v(`--m-${key}`, '#888888')])) as Record<MetricKey, string>;
  const fontSize = Number.parseFloat(v('--chart-font-size', '13'));
  return {
    text: v('--text', '#1b1b1f'),
    muted: v('--muted', '#54555e'),
    grid: v('--border', '#dcd9d0'),
    surface: v('--surface', '#ffffff'),
    barEdge: v('--bar-edge', 'rgba(0, 0, 0, 0.35)'),
    fontFamily: v('--font-sans', 'system-ui, sans-serif'),
    fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 13,
    metric,
  };
}

/** Call `onChange` whenever the OS switches between light and dark. */
export function watchColorScheme(onChange: () => void): void {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange);
}
