/** The article reader's summary: what is open and how much of it is highlighted (pure). */
import type { Evidence, MetricKey } from '../../../worker/analysis/types';
import { formatCount, formatList, formatSmall } from './format';

export interface ReaderColumnFacts {
  label: string;
  evidence: readonly Pick<Evidence, 'metric'>[];
}

/**
 * @example summarizeReader([{ label: 'RT', evidence }, { label: 'CNN', evidence: cnn }], enabled, 10)
 * // "RT has 38 highlighted markers and CNN 62, with all ten kinds of marker shown."
 */
export function summarizeReader(columns: readonly ReaderColumnFacts[], enabled: ReadonlySet<MetricKey>, kinds: number): string {
  if (columns.length === 0) return 'Choose an article to read.';
  const shown = enabled.size === kinds ? `all ${formatSmall(kinds)} kinds of marker shown` : `${formatSmall(enabled.size)} of ${formatSmall(kinds)} kinds of marker shown`;
  if (enabled.size === 0) return `Showing ${formatList(columns.map((c) => c.label))} with no highlights (turn a kind of marker on in the legend).`;
  const counts = columns.map((c) => c.evidence.filter((e) => enabled.has(e.metric)).length);
  const [first, ...rest] = columns;
  const noun = (n: number) => `${formatCount(n)} highlighted marker${n === 1 ? '' : 's'}`;
  const others = rest.map((c, i) => `${c.label} ${formatCount(counts[i + 1] ?? 0)}`);
  return `${first?.label} has ${noun(counts[0] ?? 0)}${others.length ? ` and ${formatList(others)}` : ''}, with ${shown}.`;
}
