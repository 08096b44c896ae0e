/**
 * The addresses the Embed panel offers for a chart: the widget URL pinned to the story's current
 * revision (so a published chart keeps its numbers), its oEmbed URL, and download file names. Pure.
 */
import type { Voice } from '../../../worker/analysis/types';
import { chartPath, oembedUrl, widgetPath, type WidgetChart, type WidgetTheme } from '../../../worker/widgets/options';

export interface EmbedChoice {
  chart: WidgetChart;
  voice: Voice;
  theme: WidgetTheme;
}

export interface EmbedLinks {
  /** The widget, pinned: `https://…/embed/slug/profile?rev=6`. */
  widget: string;
  /** The oEmbed endpoint for it. */
  oembed: string;
  /** "slug-r6-profile.png" */
  pngName: string;
}

export function embedLinks(origin: string, slug: string, revision: number, choice: EmbedChoice): EmbedLinks {
  const voiced = choice.chart.kind === 'profile' || choice.chart.kind === 'metric';
  const widget = `${origin}${widgetPath(slug, choice.chart, { rev: revision, theme: choice.theme, voice: voiced ? choice.voice : 'outlet' })}`;
  return {
    widget,
    oembed: oembedUrl(origin, widget),
    pngName: `${slug}-r${revision}-${chartPath(choice.chart).replace('/', '-')}.png`,
  };
}
