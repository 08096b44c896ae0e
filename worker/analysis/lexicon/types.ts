/**
 * Shapes of the analyser's lexicon and rule data. Every term the analyser matches lives in data of
 * these shapes (see `lexicon/index.ts`), so the methodology page can list each term with its
 * rationale, and `LEXICON_VERSION` changes whenever any of it does.
 *
 * Patterns are lowercase phrases written as the tokenizer splits text: words (with internal
 * apostrophes, hyphens and dotted abbreviations such as "so-called", "won't", "u.s.") and single
 * punctuation characters, separated by spaces.
 */
import type { MetricKey } from '../types';

interface Documented {
  /** Stable id, also used as `Evidence.ruleId`. */
  id: string;
  /** Why this entry exists (shown on the methodology page). */
  rationale: string;
  /** Short made-up sentences where the entry applies. */
  examples: readonly string[];
}

/** A precision guard: a context in which a matched term does NOT count. */
export type Guard = Documented &
  (
    | { /** Cancel when the next token (after skipping `skip`) starts one of `terms`. */
        kind: 'notFollowedBy'; terms: readonly string[]; skip?: readonly string[] }
    | { /** Cancel when the previous token (after skipping `skip`) ends one of `terms`. */
        kind: 'notPrecededBy'; terms: readonly string[]; skip?: readonly string[] }
    | { /** Cancel unless the next token starts one of `terms`. */
        kind: 'onlyFollowedBy'; terms: readonly string[] }
    | { /** Cancel when the same sentence contains any of `terms`. */
        kind: 'notInSentenceWith'; terms: readonly string[] }
    | { /** Cancel when the matched word is capitalised but not the first word of its sentence. */
        kind: 'notCapitalisedMidSentence' }
    | { /** Cancel when the next token is a number ("May 5"). */
        kind: 'notFollowedByNumber' }
    | { /** Cancel when the match starts its sentence (an imperative: "Consider the case of …"). */
        kind: 'notAtSentenceStart' }
    | { /**
         * Cancel when one of `terms` ends within `window` tokens before the match, in the same
         * sentence ("promised … that China WOULD stay out": reported future, not a hypothetical).
         */
        kind: 'notPrecededWithin'; terms: readonly string[]; window: number }
    | { /** Cancel when one of `terms` starts within `window` tokens after the match, in the same sentence ("China would stay out, he said"). */
        kind: 'notFollowedWithin'; terms: readonly string[]; window: number }
  );

/**
 * Kinds of hedge, after Szarvas et al. (2012)'s semantic-uncertainty classes and Hyland (1998):
 * - epistemic: the writer grades how probable a proposition is (may, might, probably, unclear);
 * - evidential: the claim rests on appearance, inference or someone else's report (seems,
 *   suggests, reportedly, allegedly, according to);
 * - doxastic: the proposition is presented as someone's belief or expectation (believed,
 *   is considered, is thought to, expected to, regarded as);
 * - conditional: the proposition holds only under a condition or in a hypothetical (if, unless,
 *   hypothetical would);
 * - investigation: the proposition is an open question being asked or examined (whether).
 */
export const HEDGE_CATEGORIES = ['epistemic', 'evidential', 'doxastic', 'conditional', 'investigation'] as const;
export type HedgeCategory = (typeof HEDGE_CATEGORIES)[number];

/** A lexical rule: any of `pattern`'s phrases counts towards `metric`, unless a guard cancels it. */
export interface LexiconEntry extends Documented {
  metric: MetricKey;
  /** For hedging entries: which kind of uncertainty the entry expresses. */
  category?: HedgeCategory;
  pattern: readonly string[];
  counterExamples?: readonly string[];
  guards?: readonly Guard[];
}

/** A named list of terms that is not itself a metric (gazetteers, function words, chrome markers). */
export interface TermList extends Documented {
  pattern: readonly string[];
}

/** A news outlet and the names it goes by (first alias is not necessarily canonical: see `name`). */
export interface OutletEntry {
  id: string;
  name: string;
  pattern: readonly string[];
}
