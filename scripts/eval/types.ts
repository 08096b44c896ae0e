/**
 * The schema of `docs/validity.json`: method cards that say how well each Framelens metric agrees
 * with human annotators, with the counts behind every figure.
 *
 * Pure types with no runtime imports, so the dashboard's methodology page can
 * `import type { ValidityReport } from '../../scripts/eval/types'` without pulling in Node code.
 * Written by `npm run eval` (scripts/eval/index.ts); documented at the top of docs/validity.md.
 */

/** Dev files may be studied and tuned on; test files are only reported on. */
export type CorpusRole = 'dev' | 'test';

/** One figure: a metric (under one mapping) scored on one corpus at one level. */
export interface ValidityResult {
  /** Corpus id: 'wiki' | 'bio' | 'factbank' | 'conll' | 'basil' | 'babe'. */
  corpus: string;
  role: CorpusRole;
  /**
   * What is counted: 'cue' | 'sentence' | 'sentence-prevalence-adjusted' (Szeged, CoNLL);
   * 'quote' | 'gold-quote-span' | 'detected-quote-judged' | 'speaker-strict' | 'speaker-lenient' |
   * 'lexical-bias-span' | 'lexical-bias-span-outlet-voice' (BASIL); 'sentence-bias' | 'marker-word-in-biased_words' (BABE).
   */
  level: string;
  /** Which mapping from analyser markers to the corpus' labels ('main' is the headline figure). */
  variant: string;
  /** null when undefined (zero denominator). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
  /** Items scored (sentences, gold spans, articles…; see `note`). */
  n: number;
  note: string;
}

/** One method card: a metric, how it was mapped onto the annotations, and every figure for it. */
export interface MethodCard {
  /** Card id, usually a MetricKey ('hedging', 'directQuotes') or a derived name ('speakerAttribution'). */
  metric: string;
  title: string;
  /** Which analyser evidence counts as a prediction, and what counts as a match. */
  mapping: string;
  results: ValidityResult[];
  /** Known limits of the comparison. */
  caveats: string[];
}

/** A corpus as used in the run. */
export interface CorpusEntry {
  /** The id used in `ValidityResult.corpus`. */
  id: string;
  role: CorpusRole;
  title: string;
  /** What was read: "3129 sentences, 720 cues". */
  size: string;
}

export interface ValidityReport {
  schemaVersion: 1;
  /** ISO date (YYYY-MM-DD) of the run. */
  generated: string;
  analyzerVersion: string;
  lexiconVersion: string;
  /** The repository state measured ("commit 3ffff43"), or null when unknown. */
  source: string | null;
  corpora: CorpusEntry[];
  cards: MethodCard[];
}
