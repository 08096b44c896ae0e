/**
 * Highlight segmentation: cut a text range into runs where the set of covering evidence spans is
 * constant, so overlapping and nested spans (a hedge inside a quote, two rules on one word) render
 * as flat, non-overlapping elements that still know every rule behind them.
 */
import type { Evidence, Span } from '../../../worker/analysis/types';

export interface HighlightSegment extends Span {
  text: string;
  /** Evidence covering the whole segment, innermost (shortest span) first; empty for plain text. */
  evidence: Evidence[];
}

const length = (e: Span) => e.end - e.start;

/**
 * Segments covering exactly `range` (default: the whole text), in order. Evidence that is empty,
 * reversed or outside the range is ignored; evidence crossing the range's edges is clipped to it.
 * @example segmentHighlights('so-called collusion', [ev(0, 9)]) // [{0,9,'so-called',[ev]}, {9,19,' collusion',[]}]
 */
export function segmentHighlights(
  text: string,
  evidence: readonly Evidence[],
  range: Span = { start: 0, end: text.length },
): HighlightSegment[] {
  const start = Math.max(0, range.start);
  const end = Math.min(text.length, range.end);
  if (end <= start) return [];
  const relevant = evidence.filter((e) => e.start < e.end && e.end > start && e.start < end);
  const cuts = new Set<number>([start, end]);
  for (const e of relevant) {
    if (e.start > start) cuts.add(e.start);
    if (e.end < end) cuts.add(e.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const covering = relevant
      .filter((e) => e.start <= a && e.end >= b)
      .sort((x, y) => length(x) - length(y) || x.start - y.start);
    segments.push({ start: a, end: b, text: text.slice(a, b), evidence: covering });
  }
  return segments;
}

/**
 * Paragraph ranges of an article text: runs of text between line breaks, whitespace trimmed,
 * empty lines dropped. Offsets stay relative to the whole text, so evidence offsets apply unchanged.
 */
export function paragraphRanges(text: string): Span[] {
  const ranges: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    ranges.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return ranges;
}
