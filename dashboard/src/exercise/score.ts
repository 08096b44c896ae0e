/**
 * "Spot the marker", pure: the analyser's markers in a paragraph as click targets, and the score of
 * the words a student clicked (found, missed, extra).
 */
import type { Evidence, MetricKey, Span } from '../../../worker/analysis/types';
import { formatSmall } from '../data/format';
import { overlaps, type WordToken } from '../teaching/words';

/** What students look for: hedges and skepticism (distancing) markers, scare quotes included. */
export const EXERCISE_METRICS: readonly MetricKey[] = ['hedging', 'skepticism', 'scareQuotes'];

/** One marker to find: overlapping evidence spans merged, with every rule behind them. */
export interface Target extends Span {
  /** The evidence behind the marker (one per rule that matched), in text order. */
  evidence: Evidence[];
  /** Indices of the words the marker covers. */
  words: number[];
}

/**
 * The paragraph's markers: evidence of `metrics` that touches one of `words`, overlapping spans
 * merged into one target ("alleged" matched by a hedging and a skepticism rule is one marker).
 */
export function buildTargets(
  evidence: readonly Evidence[],
  words: readonly WordToken[],
  metrics: readonly MetricKey[] = EXERCISE_METRICS,
): Target[] {
  const relevant = evidence
    .filter((e) => metrics.includes(e.metric) && words.some((w) => overlaps(w, e)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const targets: Target[] = [];
  for (const e of relevant) {
    const last = targets[targets.length - 1];
    if (last && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      if (!last.evidence.some((x) => x.ruleId === e.ruleId && x.start === e.start && x.end === e.end)) last.evidence.push(e);
    } else {
      targets.push({ start: e.start, end: e.end, evidence: [e], words: [] });
    }
  }
  for (const target of targets) target.words = words.filter((w) => overlaps(w, target)).map((w) => w.index);
  return targets;
}

export interface ExerciseScore {
  found: Target[];
  missed: Target[];
  /** Clicked words that belong to no marker. */
  extra: WordToken[];
  /** "You found three of seven markers, missed four, and clicked one word that is not a marker." */
  line: string;
}

const plural = (n: number, one: string, many: string) => `${formatSmall(n)} ${n === 1 ? one : many}`;

/** A marker counts as found when any of its words was clicked. */
export function scoreExercise(
  targets: readonly Target[],
  words: readonly WordToken[],
  clicked: ReadonlySet<number>,
): ExerciseScore {
  const found = targets.filter((t) => t.words.some((i) => clicked.has(i)));
  const missed = targets.filter((t) => !found.includes(t));
  const inTarget = new Set(targets.flatMap((t) => t.words));
  const extra = words.filter((w) => clicked.has(w.index) && !inTarget.has(w.index));
  const clickedWords = plural(extra.length, 'word', 'words');
  if (targets.length === 0) {
    const line = `The analyser finds no marker in this paragraph${extra.length ? `; you clicked ${clickedWords}` : ''}.`;
    return { found, missed, extra, line };
  }
  const parts = [
    `You found ${found.length === 0 ? 'none' : formatSmall(found.length)} of ${plural(targets.length, 'marker', 'markers')}`,
    missed.length ? `missed ${formatSmall(missed.length)}` : '',
    extra.length ? `clicked ${clickedWords} that ${extra.length === 1 ? 'is' : 'are'} not a marker` : '',
  ].filter(Boolean);
  const line = `${parts.length === 3 ? `${parts[0]}, ${parts[1]}, and ${parts[2]}` : parts.join(', and ')}.`;
  return { found, missed, extra, line };
}
