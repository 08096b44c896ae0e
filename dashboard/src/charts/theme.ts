/**
 * Chart colours and fonts read from the page's CSS custom properties (styles/tokens.css), so charts
 * follow light/dark mode exactly as the HTML around them does.
 */
import { METRIC_KEYS, type MetricKey } from '../../../worker/analysis/types';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  barEdge: string;
  fontFamily: string;
  metric: Record<MetricKey, string>;
}

export function readTheme(root: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const metric = Object.fromEntries(METRIC_KEYS.map((key) => [key, v(`--m-${key}`, '#888888')])) as Record<MetricKey, string>;
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    text: v('--text', '#1b1b1f'),
    muted: v('--muted', '#54555e'),
    grid: v('--border', '#dcd9d0'),
    surface: v('--surface', '#ffffff'),
    barEdge: dark ? 'rgba(255, 255, 255, 0.35)' : 'rgba(0, 0, 0, 0.35)',
    fontFamily: v('--font-sans', 'system-ui, sans-serif'),
    metric,
  };
}

/** Call `onChange` whenever the OS switches between light and dark. */
export function watchColorScheme(onChange: () => void): void {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange);
}
