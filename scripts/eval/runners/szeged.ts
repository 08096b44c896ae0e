/**
 * Hedging against the Szeged Uncertainty Corpus: cue level (a predicted span matches a gold cue
 * when they overlap; maximum one-to-one matching per sentence) and sentence level (uncertain iff
 * at least one cue). On dev corpora it can also tally the missed gold cues and the false-positive
 * predicted cues for error analysis; it refuses to do so on test corpora.
 */
import type { SzegedSentence } from '../readers/szeged-xml';
import { analyzePassage, type Analyze, type CorpusInfo } from '../analyzer';
import { type CardResult, cardResult } from '../results';
import { placeMarkers, SZEGED_MAPPINGS, type Mapping } from '../markers';
import { addCounts, binaryCounts, type Counts, matchSpans } from '../scoring';
import { DevErrorTally } from '../errors';

export interface SzegedRun {
  results: CardResult[];
  /** Only for dev corpora when asked for. */
  errors: DevErrorTally | null;
  unalignedMarkers: number;
  /** Placed hedging spans whose input text differs from the evidence text (should be 0). */
  mismatchedMarkers: number;
  /** Sentences whose cleaned text differed from the input, so offsets went through the alignment. */
  realigned: number;
}

export function evaluateSzeged(
  corpus: CorpusInfo,
  sentences: readonly SzegedSentence[],
  analyze: Analyze,
  options: { errors: boolean; mappings?: readonly Mapping[] } = { errors: false },
): SzegedRun {
  const mappings = options.mappings ?? SZEGED_MAPPINGS;
  const errors = options.errors ? new DevErrorTally(corpus) : null;
  const cue = mappings.map((): Counts => ({ tp: 0, fp: 0, fn: 0 }));
  const sentence = mappings.map(() => [] as Array<{ gold: boolean; predicted: boolean }>);
  let unalignedMarkers = 0;
  let mismatchedMarkers = 0;
  let realigned = 0;
  let goldCues = 0;
  for (const s of sentences) {
    goldCues += s.cues.length;
    const { analysis, alignment } = analyzePassage(analyze, s.text);
    if (!alignment.identical) realigned++;
    mappings.forEach((mapping, m) => {
      const placed = placeMarkers(analysis, mapping.metrics, alignment, s.text, mapping.excludeRules);
      const matching = matchSpans(s.cues, placed.markers);
      cue[m] = addCounts(cue[m] ?? { tp: 0, fp: 0, fn: 0 }, matching.counts);
      sentence[m]?.push({ gold: s.cues.length > 0, predicted: placed.markers.length > 0 });
      if (m === 0) {
        unalignedMarkers += placed.unaligned;
        mismatchedMarkers += placed.mismatched;
        errors?.add(s.text, s.cues, placed.markers, matching.pairs);
      }
    });
  }
  const results: CardResult[] = [];
  mappings.forEach((mapping, m) => {
    const c = cue[m] ?? { tp: 0, fp: 0, fn: 0 };
    results.push(result(corpus, 'cue', mapping.variant, c, goldCues, `${goldCues} gold cues in ${sentences.length} sentences`));
    const b = binaryCounts(sentence[m] ?? []);
    const positives = b.tp + b.fn;
    results.push(
      result(corpus, 'sentence', mapping.variant, b, sentences.length, `${positives} of ${sentences.length} sentences hold a gold cue; tn ${b.tn}`),
    );
  });
  return { results, errors, unalignedMarkers, mismatchedMarkers, realigned };
}

function result(corpus: CorpusInfo, level: string, variant: string, c: Counts, n: number, note: string): CardResult {
  return cardResult({ card: 'hedging', corpus, level, variant, counts: c, n, note });
}
