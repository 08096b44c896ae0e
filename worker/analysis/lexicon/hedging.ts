/**
 * Hedging: expressions that present a proposition as uncertain rather than asserted (the construct
 * is written up in docs/hedging-construct.md). Five kinds, after Szarvas et al. (2012)'s semantic-
 * uncertainty classes and Hyland's (1998) hedging taxonomy, each entry tagged with its `category`:
 * - epistemic (may, might, could, probably, unclear): the writer grades probability;
 * - evidential (seems, suggests, reportedly, allegedly, according to): appearance, inference, hearsay;
 * - doxastic (is believed, is considered, expected to, regarded as): someone's belief or expectation;
 * - conditional (if, unless, hypothetical would): true only under a condition;
 * - investigation (whether): an open question.
 *
 * Designed from the literature and from the cue rates of the WikiWeasel and BioScope dev files
 * (what share of a word's uses annotators marked as uncertainty cues): reliable words count
 * outright, ambiguous ones ("would", "could", "possible", "thought", "considered", "assumed") carry
 * guards for their non-hedging uses, and words that are rarely hedges in news ("can" 5%, "will"
 * 10%, "should" 10%, "potential" 13%) are left out. Boosters ("clearly") are the opposite
 * construct; vague attribution ("some say", "critics argue") is counted as anonymous sourcing.
 */
import { CONDITIONAL } from './hedging-conditional';
import { DOXASTIC } from './hedging-doxastic';
import { EPISTEMIC } from './hedging-epistemic';
import { EVIDENTIAL } from './hedging-evidential';
import type { LexiconEntry } from './types';

export const HEDGING: readonly LexiconEntry[] = [...EPISTEMIC, ...EVIDENTIAL, ...DOXASTIC, ...CONDITIONAL];
