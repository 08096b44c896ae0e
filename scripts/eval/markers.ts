/**
 * Which analyser evidence counts as a prediction for each corpus, and the evidence spans placed
 * back into the text the harness gave the analyser. The mappings are fixed before looking at test
 * figures; `main` is the headline figure, the others are reported beside it for context.
 */
import { LEXICAL_RULES } from '../../worker/analysis/lexicon';
import type { ArticleAnalysis, MetricKey, Voice } from '../../worker/analysis/types';
import { type Alignment, foldedText, toSourceSpan } from './align';

export interface Mapping {
  variant: string;
  metrics: readonly MetricKey[];
  /** Rule ids whose evidence is left out although its metric is mapped. */
  excludeRules?: readonly string[];
  /** Why this mapping, in one line (shown in validity.md). */
  rationale: string;
}

/** Hedging rules of the kinds the Szeged scheme calls hypothetical (doxastic, conditional, investigation). */
const HYPOTHETICAL_HEDGE_RULES = LEXICAL_RULES.filter(
  (e) => e.category === 'doxastic' || e.category === 'conditional' || e.category === 'investigation',
).map((e) => e.id);

/** Szeged: semantic-uncertainty cues (epistemic, doxastic, conditional, investigation). */
export const SZEGED_MAPPINGS: readonly Mapping[] = [
  { variant: 'main', metrics: ['hedging'], rationale: 'hedging evidence only: the metric the corpus was chosen to measure' },
  {
    variant: 'hedging+skepticism',
    metrics: ['hedging', 'skepticism'],
    rationale: "adds distancing markers (allegedly, so-called, claimed): Szeged tags 'alleged(ly)' and 'supposedly' as doxastic cues",
  },
  {
    variant: 'hedging-without-according-to',
    metrics: ['hedging'],
    excludeRules: ['hedging.according-to'],
    rationale: "hedging minus 'according to', which the Szeged annotators never mark but Framelens keeps as the news evidential",
  },
  {
    variant: 'epistemic+evidential',
    metrics: ['hedging'],
    excludeRules: HYPOTHETICAL_HEDGE_RULES,
    rationale: 'only the epistemic and evidential hedging rules (the narrower construct of analyser 1.0): without belief verbs, conditions and open questions',
  },
];

/** CoNLL-2010 Wikipedia: a sentence is uncertain if it hedges or holds a weasel (vague attribution). */
export const CONLL_MAPPINGS: readonly Mapping[] = [
  {
    variant: 'main',
    metrics: ['hedging', 'anonymousSources', 'skepticism'],
    rationale:
      "hedges, vague or anonymous attribution ('some people say', 'critics argue') and doubt-casting words ('alleged', 'so-called') are Wikipedia weasel words, which CoNLL-2010 labels uncertain",
  },
  { variant: 'hedging-only', metrics: ['hedging'], rationale: 'hedging evidence alone, for comparison with the Szeged figures' },
  {
    variant: 'main+boosters',
    metrics: ['hedging', 'anonymousSources', 'skepticism', 'boosters'],
    rationale: 'adds boosters (clearly, undoubtedly); they assert certainty, so they are not expected to help: shown for context',
  },
];

/** BASIL lexical bias and BABE sentence bias: the distancing and loaded-verb markers. */
export const BIAS_MAPPINGS: readonly Mapping[] = [
  { variant: 'skepticism', metrics: ['skepticism'], rationale: 'distancing markers (so-called, alleged, claimed)' },
  { variant: 'loadedVerbs', metrics: ['loadedVerbs'], rationale: "attribution verbs that add the writer's judgement (claimed, insisted, admitted)" },
  { variant: 'skepticism+loadedVerbs', metrics: ['skepticism', 'loadedVerbs'], rationale: 'either marker' },
];

export interface Marker {
  /** Offsets in the harness' input text. */
  start: number;
  end: number;
  /** The matched words as the analyser saw them. */
  text: string;
  metric: MetricKey;
  ruleId: string;
  voice: Voice;
}

export interface PlacedMarkers {
  markers: Marker[];
  /** Evidence of the requested metrics that could not be placed in the input text. */
  unaligned: number;
  /** Placed evidence whose input text differs from the evidence text beyond whitespace, case and typography. */
  mismatched: number;
}

/** The analysis' evidence for `metrics`, as spans of the harness' input text `source`. */
export function placeMarkers(
  analysis: ArticleAnalysis,
  metrics: readonly MetricKey[],
  alignment: Alignment,
  source: string,
  excludeRules: readonly string[] = [],
): PlacedMarkers {
  const markers: Marker[] = [];
  let unaligned = 0;
  let mismatched = 0;
  for (const e of analysis.evidence) {
    if (!metrics.includes(e.metric) || excludeRules.includes(e.ruleId)) continue;
    const span = toSourceSpan(alignment, e.start, e.end);
    if (!span) {
      unaligned++;
      continue;
    }
    if (!alignment.identical && foldedText(source.slice(span.start, span.end)) !== foldedText(e.text)) mismatched++;
    markers.push({ ...span, text: e.text, metric: e.metric, ruleId: e.ruleId, voice: e.voice });
  }
  markers.sort((a, b) => a.start - b.start || a.end - b.end);
  return { markers, unaligned, mismatched };
}

/**
 * The stance-bearing markers, for "any marker" context lines. Structural metrics (direct quotes,
 * named sources, neutral verbs, citations) are left out: they cover text without judging it.
 */
export const STANCE_METRICS: readonly MetricKey[] = [
  'hedging',
  'skepticism',
  'scareQuotes',
  'boosters',
  'anonymousSources',
  'loadedVerbs',
];
