/** Which framing metrics a compact profile chart (projector, handout) shows: the ones outlets differ on most. */
import type { MetricKey } from '../../../worker/analysis/types';
import type { LabelledArticle } from '../data/labels';
import { PROFILE_METRICS } from '../data/metrics';

/** Framing markers for compact profiles: the profile's metrics without neutral attribution (a baseline, not framing). */
export const FRAMING_PROFILE_METRICS: readonly MetricKey[] = PROFILE_METRICS.filter((m) => m !== 'neutralVerbs');
import { metricValue } from '../data/profile';

/**
 * Up to `max` metrics with a non-zero own-voice rate somewhere, widest spread between outlets first
 * when choosing, returned in the profile's usual order. With no marker anywhere: the first `max`.
 */
export function pickProfileMetrics(
  articles: readonly LabelledArticle[],
  max = 4,
  candidates: readonly MetricKey[] = FRAMING_PROFILE_METRICS,
): MetricKey[] {
  const view = { voice: 'outlet', measure: 'per1k' } as const;
  const spread = (metric: MetricKey) => {
    const values = articles.map(({ article }) => metricValue(article, metric, view));
    const top = Math.max(0, ...values);
    return values.length > 1 ? top - Math.min(...values) : top;
  };
  const used = candidates.filter((metric) => articles.some(({ article }) => metricValue(article, metric, view) > 0));
  if (used.length === 0) return candidates.slice(0, max);
  const chosen = new Set(
    used
      .map((metric, order) => ({ metric, order, spread: spread(metric) }))
      .sort((a, b) => b.spread - a.spread || a.order - b.order)
      .slice(0, max)
      .map((m) => m.metric),
  );
  return candidates.filter((metric) => chosen.has(metric));
}
