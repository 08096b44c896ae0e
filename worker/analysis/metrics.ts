/**
 * The metrics table: every metric × voice in METRIC_KEYS × VOICES order, counted from evidence.
 */
import { METRIC_KEYS, VOICES, type Evidence, type MetricValue, type Voice } from './types';

const METRIC_INDEX = new Map<string, number>(METRIC_KEYS.map((k, i) => [k, i]));
const round2 = (x: number): number => Math.round(x * 100) / 100;

export function buildMetrics(evidence: readonly Evidence[], words: Record<Voice, number>): MetricValue[] {
  const voices = VOICES.length;
  const counts: number[] = new Array<number>(METRIC_KEYS.length * voices).fill(0);
  // (evidence of one metric comes in runs: its index is looked up once per run; an indexed loop,
  // as this runs once per text and may not be optimised, where `for…of` allocates per step)
  let metric = '';
  let row = 0;
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    if (e.metric !== metric) {
      metric = e.metric;
      row = METRIC_INDEX.get(metric)! * voices;
    }
    counts[row + VOICES.indexOf(e.voice)]!++;
  }
  const out: MetricValue[] = [];
  for (let m = 0; m < METRIC_KEYS.length; m++) {
    for (let v = 0; v < voices; v++) {
      const voice = VOICES[v]!;
      const count = counts[m * voices + v]!;
      out.push({ metric: METRIC_KEYS[m]!, voice, count, per1k: words[voice] > 0 ? round2((count * 1000) / words[voice]) : 0 });
    }
  }
  return out;
}
