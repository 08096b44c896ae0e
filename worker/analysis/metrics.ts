/**
 * The metrics table: every metric × voice in METRIC_KEYS × VOICES order, counted from evidence.
 */
import { METRIC_KEYS, VOICES, type Evidence, type MetricValue, type Voice } from './types';

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function buildMetrics(evidence: readonly Evidence[], words: Record<Voice, number>): MetricValue[] {
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(`${e.metric}/${e.voice}`, (counts.get(`${e.metric}/${e.voice}`) ?? 0) + 1);
  const out: MetricValue[] = [];
  for (const metric of METRIC_KEYS) {
    for (const voice of VOICES) {
      const count = counts.get(`${metric}/${voice}`) ?? 0;
      out.push({ metric, voice, count, per1k: words[voice] > 0 ? round2((count * 1000) / words[voice]) : 0 });
    }
  }
  return out;
}
