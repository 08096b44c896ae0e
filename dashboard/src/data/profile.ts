/**
 * The framing profile's data: for each article, one value per metric in the chosen voice and measure
 * (rate per 1,000 words, or raw count), and the one-sentence summary of what stands out.
 */
import type { MetricKey, Voice } from '../../../worker/analysis/types';
import type { ArticleSummary } from '../../../worker/api-types';
import { allArticles, formatCount, formatList, formatRate, formatRatio, noneOfArticles } from './format';
import type { LabelledArticle } from './labels';
import { METRIC_NOUNS, nounFor } from './metrics';
import { leaders, type Entry } from './rank';

export type Measure = 'per1k' | 'count';

export interface ProfileView {
  voice: Voice;
  measure: Measure;
}

export interface ProfileSeries {
  articleId: number;
  label: string;
  /** One value per metric, aligned with the metrics passed in. */
  values: number[];
}

/** The value a chart shows for one article, metric and view (0 when the payload lacks the cell). */
export function metricValue(article: ArticleSummary, metric: MetricKey, view: ProfileView): number {
  const cell = article.metrics[metric]?.[view.voice];
  if (!cell) return 0;
  return view.measure === 'per1k' ? cell.per1k : cell.count;
}

export function selectProfile(
  articles: readonly LabelledArticle[],
  metrics: readonly MetricKey[],
  view: ProfileView,
): ProfileSeries[] {
  return articles.map(({ article, label }) => ({
    articleId: article.id,
    label,
    values: metrics.map((metric) => metricValue(article, metric, view)),
  }));
}

export function formatMeasure(value: number, measure: Measure): string {
  return measure === 'per1k' ? formatRate(value) : formatCount(value);
}

/** "per 1,000 words" / "per 1,000 quoted words" / "" / " inside quotes". */
function unitPhrase(view: ProfileView): string {
  if (view.measure === 'per1k') return view.voice === 'outlet' ? ' per 1,000 words' : ' per 1,000 quoted words';
  return view.voice === 'outlet' ? '' : ' inside quotes';
}

/**
 * One sentence about one metric across outlets.
 * @example summarizeMetric(entries, 'skepticism', { voice: 'outlet', measure: 'per1k' })
 * // "RT used 9.8 skepticism markers per 1,000 words, 3.1× the next outlet (Mothership, 3.2)."
 */
export function summarizeMetric(entries: readonly Entry[], metric: MetricKey, view: ProfileView): string {
  const noun = METRIC_NOUNS[metric];
  const unit = unitPhrase(view);
  const fmt = (v: number) => formatMeasure(v, view.measure);
  const amount = (v: number) => `${fmt(v)} ${view.measure === 'count' ? nounFor(noun, v) : noun.many}`;
  const voiceNote = view.voice === 'outlet' ? ` in ${entries.length === 1 ? 'its' : 'their'} own voice` : ' in quoted speech';
  if (entries.length === 0) return 'There are no articles to compare yet.';
  const { top, next } = leaders(entries);
  const best = top[0];
  if (!best || best.value === 0) {
    return entries.length === 1
      ? `${entries[0]?.label} used no ${noun.many}${voiceNote}.`
      : `${noneOfArticles(entries.length)} used any ${noun.many}${voiceNote}.`;
  }
  if (entries.length === 1) return `${best.label} used ${amount(best.value)}${unit}.`;
  if (top.length === entries.length) {
    return `${allArticles(entries.length)} used ${amount(best.value)}${unit} each.`;
  }
  if (top.length > 1) {
    return `${formatList(top.map((e) => e.label))} tied for the most ${noun.many}: ${amount(best.value)}${unit} each.`;
  }
  if (!next || next.value === 0) {
    return `${best.label} was the only outlet to use ${noun.many}: ${amount(best.value)}${unit}.`;
  }
  return `${best.label} used ${amount(best.value)}${unit}, ${formatRatio(best.value, next.value)} the next outlet (${next.label}, ${fmt(next.value)}).`;
}

/**
 * The profile's summary: the sentence for the metric where the leading outlet stands furthest
 * ahead of the next (largest gap), or a plain statement when every value is zero.
 */
export function summarizeProfile(
  series: readonly ProfileSeries[],
  metrics: readonly MetricKey[],
  view: ProfileView,
): string {
  let bestMetric: MetricKey | null = null;
  let bestGap = 0;
  metrics.forEach((metric, m) => {
    const entries = series.map((s) => ({ label: s.label, value: s.values[m] ?? 0 }));
    const { top, next } = leaders(entries);
    const lead = top[0]?.value ?? 0;
    const gap = lead - (top.length > 1 ? lead : (next?.value ?? 0));
    const score = gap > 0 ? gap : lead > 0 ? Number.EPSILON : 0;
    if (score > bestGap) {
      bestGap = score;
      bestMetric = metric;
    }
  });
  if (bestMetric === null) {
    const voiceNote = view.voice === 'outlet' ? 'in their own voice' : 'in quoted speech';
    return series.length === 0
      ? 'There are no articles to compare yet.'
      : `${noneOfArticles(series.length)} used any of these markers ${voiceNote}.`;
  }
  const m = metrics.indexOf(bestMetric);
  return summarizeMetric(
    series.map((s) => ({ label: s.label, value: s.values[m] ?? 0 })),
    bestMetric,
    view,
  );
}
