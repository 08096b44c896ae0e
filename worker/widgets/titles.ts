/**
 * What a widget is called: its heading, the page `<title>` and the embed code's iframe `title`
 * (which screen readers announce). Shared by the Worker and the widget page. Pure.
 */
import type { MetricKey, Voice } from '../analysis/types';
import type { WidgetChart } from './options';

const KIND_TITLES = {
  profile: 'Framing profile',
  sourcing: 'Anonymous and named sources',
  citations: 'Who cites whom',
  headlines: 'Headlines compared',
} as const;

/**
 * @example chartTitle({ kind: 'metric', metric: 'hedging' }, 'quoted', () => 'Hedging')
 * // 'Hedging per 1,000 words, in quoted speech'
 */
export function chartTitle(chart: WidgetChart, voice: Voice, metricLabel: (key: MetricKey) => string): string {
  const voiceNote = voice === 'quoted' ? ', in quoted speech' : '';
  if (chart.kind === 'metric') return `${metricLabel(chart.metric)} per 1,000 words${voiceNote}`;
  if (chart.kind === 'profile') return `${KIND_TITLES.profile}: markers per 1,000 words${voiceNote}`;
  return KIND_TITLES[chart.kind];
}

/** The widget page's `<title>` and the oEmbed `title`: "Framing profile … · Story title · Framelens". */
export function widgetTitle(chartHeading: string, storyTitle: string): string {
  return `${chartHeading} · ${storyTitle} · Framelens`;
}
