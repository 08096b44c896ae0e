/**
 * Noun phrases next to an attribution verb: the subject before it ("Wray", "The Chinese Foreign
 * Ministry", "one of the sources", "CNN’s source", "he") and the phrase after it ("said Chris
 * Krebs", "said the source"). Windows are bounded, so each call is O(1) in the text length.
 */
import { LEXICON } from '../lexicon';
import { WordSet } from '../nlp/phrases';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, PUNCT, WORD } = tokenizer;

const S = LEXICON.sources;
export const AUXILIARIES = new WordSet(S.auxiliaries.pattern);
export const PRONOUNS = new WordSet(LEXICON.people.pronouns.pattern);
const PARTICLES = new WordSet(LEXICON.people.nameParticles.pattern);
const NP_WORDS = new WordSet([...S.heads.pattern, ...S.personHeads.pattern, ...S.modifiers.pattern, ...S.anonymityModifiers.pattern, ...S.determiners.pattern]);
const HEADS = new WordSet([...S.heads.pattern, ...S.personHeads.pattern]);
const ARTICLES = new WordSet(S.articles.pattern);
const JOINERS = new WordSet(S.phraseJoiners.pattern);
const MAX_PHRASE = 7;

export type TokenRange = [number, number];

const isCap = (t: Tokens, i: number): boolean => t.kind[i] === WORD && (t.flags[i]! & CAPITALISED) !== 0;

/** Strips a leading capitalised "The" (sentence-initial article) from a range. */
function trimArticle(t: Tokens, r: TokenRange): TokenRange {
  return r[1] - r[0] > 1 && ARTICLES.hasToken(t, r[0]) ? [r[0] + 1, r[1]] : r;
}

/** The subject phrase that ends right before token `verb` (auxiliaries skipped), not before `floor`. */
export function subjectBefore(t: Tokens, verb: number, floor: number): TokenRange | null {
  let e = verb - 1;
  while (e >= floor && AUXILIARIES.hasToken(t, e)) e--;
  if (e < floor || t.kind[e] === PUNCT) return null;
  if (isCap(t, e)) {
    let a = e;
    while (a - 1 >= floor && e - a < MAX_PHRASE && (isCap(t, a - 1) || (PARTICLES.hasToken(t, a - 1) && isCap(t, a - 2)))) a--;
    return trimArticle(t, [a, e + 1]);
  }
  if (PRONOUNS.hasToken(t, e)) return [e, e + 1];
  if (HEADS.hasToken(t, e)) {
    let a = e;
    while (a - 1 >= floor && e - a < MAX_PHRASE && (NP_WORDS.hasToken(t, a - 1) || isCap(t, a - 1) || JOINERS.hasToken(t, a - 1))) a--;
    return trimArticle(t, [a, e + 1]);
  }
  return null;
}

/** The phrase that starts at token `from` after a verb: a capitalised name or a source noun phrase. */
export function phraseAfter(t: Tokens, from: number, ceil: number): TokenRange | null {
  if (from >= ceil) return null;
  if (isCap(t, from) && !ARTICLES.hasToken(t, from)) {
    let e = from;
    while (e + 1 < ceil && e - from < MAX_PHRASE && (isCap(t, e + 1) || (PARTICLES.hasToken(t, e + 1) && e + 2 < ceil && isCap(t, e + 2)))) e++;
    return [from, e + 1];
  }
  let e = from;
  while (e < ceil && e - from < MAX_PHRASE && (NP_WORDS.hasToken(t, e) || isCap(t, e) || JOINERS.hasToken(t, e))) {
    if (HEADS.hasToken(t, e)) return [from, e + 1];
    e++;
  }
  return null;
}
