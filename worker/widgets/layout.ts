/**
 * Widget sizes, shared by the embed code (oEmbed's `height`, the iframe's stated height) and the
 * widget page (how tall its chart area would like to be). A widget fits any height: its chart area
 * grows to fill a taller iframe and shrinks, down to a floor, in a shorter one; the host script
 * then sets the iframe to the natural height the widget reports. Pure.
 */
import type { WidgetChart } from './options';

/** The width embed codes state and oEmbed answers with unless asked for less. */
export const WIDGET_DEFAULT_WIDTH = 600;

/**
 * Title, summary, source line and links at the default width (measured in Chromium at 600 px with
 * a two-line summary; a longer summary makes the widget shrink its chart or, with the host script,
 * grow its iframe).
 */
export const WIDGET_CHROME_HEIGHT = 196;

/** The profile shows these many metrics unless `metric=` says otherwise (PROFILE_METRICS). */
export const DEFAULT_PROFILE_METRICS = 6;

/**
 * Height of a grouped bar chart with a title above each group, as the dashboard's chart module sizes
 * it (dashboard/src/charts/group-titles.ts `groupedLayout`, 13 px labels; a node test keeps the two equal).
 */
function groupedHeight(groups: number, barsPerGroup: number): number {
  const bar = barsPerGroup > 6 ? 14 : 16;
  const bars = Math.max(1, barsPerGroup) * bar;
  const band = bars + 26 + 12;
  const paddingTop = Math.max(0, 28 - (band - bars) / 2);
  return Math.round(Math.max(1, groups) * band + paddingTop + 56);
}

/**
 * The chart area's natural height for `articles` articles (and, for the profile, `metrics`
 * metrics): what the dashboard's chart modules ask for, so every bar has room for its label; for
 * the lists, an estimate at the default width.
 */
export function stageHeight(chart: WidgetChart, articles: number, metrics = DEFAULT_PROFILE_METRICS): number {
  switch (chart.kind) {
    case 'profile':
      return groupedHeight(metrics, articles);
    case 'metric':
      return groupedHeight(1, articles);
    case 'sourcing':
      // dashboard/src/charts/sourcing-chart.ts `sourcingHeight` (13 px labels).
      return Math.max(160, Math.max(1, articles) * (articles > 6 ? 30 : 38) + 91);
    case 'citations':
      return Math.max(120, Math.max(1, articles) * 50);
    case 'headlines':
      return Math.max(140, Math.max(1, articles) * 100);
  }
}

/** The smallest the chart area may get in a short iframe before the widget scrolls instead. */
export function stageFloor(chart: WidgetChart, natural: number): number {
  if (chart.kind === 'citations' || chart.kind === 'headlines') return Math.min(natural, 120);
  return Math.max(150, Math.round(natural * 0.6));
}

/** The height an embed code states for a widget (rounded up to 10 px). */
export function defaultWidgetHeight(chart: WidgetChart, articles: number, metrics?: number): number {
  return Math.ceil((WIDGET_CHROME_HEIGHT + stageHeight(chart, articles, metrics)) / 10) * 10;
}
