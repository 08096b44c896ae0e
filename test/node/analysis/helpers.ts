/** Small helpers for analysing hand-written sentences. */
import { analyze, type MetricKey } from '../../../worker/analysis';

/** Texts of the evidence for one metric in a bare passage. */
export function hits(text: string, metric: MetricKey): string[] {
  return analyze({ text, passage: true })
    .evidence.filter((e) => e.metric === metric)
    .map((e) => e.text);
}
