/**
 * What a widget URL points at, checked against the database: the story (404 if unknown), the
 * revision (404 if the story has not reached it), the outlets it asks for (400 if the story has no
 * such outlet at that revision), and how many articles the chart will show (for its height).
 * Used by the widget pages and by oEmbed.
 */
import { METRIC_DEFINITIONS } from '../analysis';
import type { MetricKey } from '../analysis/types';
import { loadArticleOutlets } from '../db/article-outlets';
import type { Database } from '../db/client';
import { findStory, type StoryRow } from '../db/stories';
import { defaultWidgetHeight } from '../widgets/layout';
import { UNATTRIBUTED_SLUG, type WidgetOptions } from '../widgets/options';
import { chartTitle, widgetTitle } from '../widgets/titles';

export interface WidgetTarget {
  options: WidgetOptions;
  story: StoryRow;
  /** The revision shown: the pinned one, or the story's latest. */
  revision: number;
  /** Articles the chart shows (after `outlets=`). */
  articleCount: number;
  /** The chart's heading ("Framing profile: markers per 1,000 words"). */
  heading: string;
  /** Heading · story title · Framelens: the page title, oEmbed title and iframe title. */
  title: string;
  /** The height an embed code states for this widget. */
  height: number;
}

export type WidgetResolution = { ok: true; target: WidgetTarget } | { ok: false; status: 400 | 404; message: string };

export const metricLabel = (key: MetricKey): string => METRIC_DEFINITIONS.find((d) => d.key === key)?.label ?? key;

const matches = (outlet: string | null, wanted: string) => (wanted === UNATTRIBUTED_SLUG ? outlet === null : outlet === wanted);

export async function resolveWidget(db: Database, options: WidgetOptions): Promise<WidgetResolution> {
  const story = await findStory(db, options.slug);
  if (!story) return { ok: false, status: 404, message: `There is no story "${options.slug}".` };
  if (options.rev !== null && options.rev > story.revision) {
    return { ok: false, status: 404, message: `This story has no revision ${options.rev} (its latest is ${story.revision}).` };
  }
  const revision = options.rev ?? story.revision;
  const outlets = await loadArticleOutlets(db, story.id, revision);
  const wanted = options.outlets;
  const missing = wanted?.filter((slug) => !outlets.some((outlet) => matches(outlet, slug))) ?? [];
  if (missing.length > 0) {
    const present = [...new Set(outlets.map((o) => o ?? UNATTRIBUTED_SLUG))].sort();
    return {
      ok: false,
      status: 400,
      message: `outlets: this story has no ${missing.map((m) => `"${m}"`).join(', ')} at revision ${revision}; its outlets are ${present.join(', ') || 'none yet'}.`,
    };
  }
  const articleCount = wanted ? outlets.filter((o) => wanted.some((slug) => matches(o, slug))).length : outlets.length;
  const heading = chartTitle(options.chart, options.voice, metricLabel);
  return {
    ok: true,
    target: {
      options,
      story,
      revision,
      articleCount,
      heading,
      title: widgetTitle(heading, story.title),
      height: defaultWidgetHeight(options.chart, articleCount, options.metrics?.length),
    },
  };
}
