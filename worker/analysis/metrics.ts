/**
 * The metrics table: every metric × voice in METRIC_KEYS × VOICES order, counted from evidence.
 */
import { METRIC_KEYS, VOICES, type Evidence, type MetricValue, type Voice } from './types';

const METRIC_INDEX = new Map<string, number>(METRIC_KEYS.map((k, i) => [k, i]));
const round2 = (x: number): number => Math.round(x * 100) / 100;

export function buildMetrics(evidence: readonly Evidence[], words: Record<Voice, number>): MetricValue[] {
  const counts = new Int32Array(METRIC_KEYS.length * VOICES.length);
  for (const e of evidence) counts[METRIC_INDEX.get(e.metric)! * VOICES.length + VOICES.indexOf(e.voice)]!++;
  const out: MetricValue[] = [];
  for (const [m, metric] of METRIC_KEYS.entries()) {
    for (const [v, voice] of VOICES.entries()) {
      const count = counts[m * VOICES.length + v]!;
      out.push({ metric, voice, count, per1k: words[voice] > 0 ? round2((count * 1000) / words[voice]) : 0 });
    }
  }
  return out;
}
