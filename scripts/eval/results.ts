/**
 * Building the figures of the report: a scored result tagged with the method card it belongs to.
 */
import type { CorpusInfo } from './analyzer';
import { type Counts, prf, type Scores } from './scoring';
import type { ValidityResult } from './types';

/** A result tagged with the method card it belongs to. */
export interface CardResult extends ValidityResult {
  card: string;
}

/** Round to 4 decimals for output (null stays null). */
export function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10000) / 10000;
}

export interface ResultSpec {
  card: string;
  corpus: CorpusInfo;
  level: string;
  variant: string;
  counts: Counts;
  n: number;
  note: string;
  /** Scores other than plain P/R/F1 from the counts (the prevalence-adjusted line). */
  scores?: Scores;
}

export function cardResult(spec: ResultSpec): CardResult {
  const s = spec.scores ?? prf(spec.counts);
  return {
    card: spec.card,
    corpus: spec.corpus.id,
    role: spec.corpus.role,
    level: spec.level,
    variant: spec.variant,
    precision: round4(s.precision),
    recall: round4(s.recall),
    f1: round4(s.f1),
    tp: spec.counts.tp,
    fp: spec.counts.fp,
    fn: spec.counts.fn,
    n: spec.n,
    note: spec.note,
  };
}
