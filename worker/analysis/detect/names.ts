/**
 * Person-name candidates: runs of capitalised words, with titles stripped ("FBI Director
 * Christopher Wray" → "Christopher Wray"). A run is a person's name when it follows a title or
 * role word, starts with a known first name, or stands next to a speech verb; and it contains no
 * organisation or place word and is not an outlet ("Justice Department", "San Francisco",
 * "South China Morning Post", "White House" are not people).
 */
import { LEXICON } from '../lexicon';
import { PhraseTrie, WordSet } from '../nlp/phrases';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import { AUXILIARIES } from './phrases-around';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { ALL_CAPS, CAPITALISED, POSSESSIVE, WORD, isPunctChar } = tokenizer;
const COMMA = 0x2c;

const P = LEXICON.people;
const TITLES = new WordSet(P.titles.pattern);
const STRONG_TITLES = new WordSet(P.nameTitles.pattern);
const FIRST_NAMES = new WordSet(P.firstNames.pattern);
const NOT_IN_NAME = new WordSet([...P.organisationWords.pattern, ...P.placeWords.pattern, ...P.nonNameWords.pattern, ...P.descriptors.pattern]);
const PARTICLES = new WordSet(P.nameParticles.pattern);
const SPEECH = new WordSet(LEXICON.sources.speechVerbs.pattern);
const OUTLET_NAMES = new PhraseTrie<true>();
for (const o of LEXICON.citations.outlets) for (const alias of o.pattern) OUTLET_NAMES.add(alias, true);
const MAX_NAME = 4;

export interface NameCandidate {
  /** Token range [first, end) of the name without titles (its text: `nameText`). */
  first: number;
  end: number;
}

const isNameWord = (t: Tokens, i: number): boolean =>
  t.kind[i] === WORD && (t.flags[i]! & CAPITALISED) !== 0 && ((t.flags[i]! & ALL_CAPS) === 0 || t.end[i]! - t.start[i]! <= 2);

/** End offset of a name ending with token `end - 1`, without a trailing possessive ("Mueller’s" → "Mueller"). */
export function nameEnd(t: Tokens, end: number): number {
  return t.end[end - 1]! - ((t.flags[end - 1]! & POSSESSIVE) !== 0 ? 2 : 0);
}

/** The name text of tokens [first, end) without a trailing possessive. */
export function nameText(t: Tokens, first: number, end: number): string {
  return t.text.slice(t.start[first]!, nameEnd(t, end));
}

/**
 * A hyphenated word whose part before the hyphen is no first name ("Sino-American"). Only a token
 * with a hyphen in its text can have one in its lowercase form, so others make no string.
 */
function isHyphenatedNonName(t: Tokens, k: number): boolean {
  const text = t.text;
  let hyphen = false;
  for (let p = t.start[k]!; p < t.end[k]! && !hyphen; p++) {
    const c = text.charCodeAt(p);
    hyphen = c === 0x2d || c === 0x2010 || c === 0x2011;
  }
  if (!hyphen) return false;
  const word = t.lower(k);
  const dash = word.indexOf('-');
  return dash >= 0 && !FIRST_NAMES.has(word.slice(0, dash));
}

/** Token index of the title a run starting at token a may follow: right before it, or before an appositive comma ("his counterpart, Xi Jinping"). */
const titleBefore = (t: Tokens, a: number): number => (a > 1 && isPunctChar(t, a - 1, COMMA) ? a - 2 : a - 1);

/** Whether a strong title precedes the run starting at token a: a single word is a name only then ("President Xi"). */
const strongTitleBefore = (t: Tokens, a: number): boolean => STRONG_TITLES.hasToken(t, titleBefore(t, a));

/** The name candidate in the run of name words [a, b) (a single word: one after a strong title), or null. */
function candidateIn(t: Tokens, a: number, b: number): NameCandidate | null {
  let first = a;
  const titleAt = titleBefore(t, a);
  let titled = titleAt >= 0 && t.kind[titleAt] === WORD && TITLES.hasToken(t, titleAt);
  let strong = titled && STRONG_TITLES.hasToken(t, titleAt);
  for (let k = a; k < b; k++) {
    const word = t.baseIds[k]!;
    if (TITLES.ids.has(word)) {
      first = k + 1;
      titled = true;
      strong = STRONG_TITLES.ids.has(word);
    } else if (NOT_IN_NAME.ids.has(word)) {
      first = k + 1;
      titled = false;
      strong = false;
    }
  }
  if (!titled) {
    for (let k = first; k < b; k++) {
      if (FIRST_NAMES.hasToken(t, k)) {
        first = k;
        break;
      }
    }
  }
  const end = b;
  if (end <= first || end - first > MAX_NAME) return null;
  // the id tests before the ones that read the text
  if (end - first === 1 ? !strong : !titled && !FIRST_NAMES.hasToken(t, first) && !speaks(t, first, end)) return null;
  for (let k = first; k < end; k++) if (isHyphenatedNonName(t, k)) return null;
  if (OUTLET_NAMES.longestAt(t, first) >= end - first) return null;
  return { first, end };
}

/** A speech verb right after the name [first, end) (auxiliaries skipped) or right before it. */
function speaks(t: Tokens, first: number, end: number): boolean {
  let next = end;
  while (next < t.count && AUXILIARIES.hasToken(t, next)) next++;
  return SPEECH.hasToken(t, next) || (first > 0 && SPEECH.hasToken(t, first - 1));
}

/** Indexes of a text's capitalised tokens, in order: `at[0..count)`. */
export interface Capitals {
  at: Int32Array;
  count: number;
}

/** Room for `capitalisedTokens`, reused text after text (grown when a text needs more). */
let capitalsScratch = new Int32Array(1024);

/**
 * The capitalised tokens of the text (valid until the next call). Collected without a branch per
 * token (whether a word is capitalised is unpredictable in prose); the scans for names then read
 * only these.
 */
export function capitalisedTokens(t: Tokens): Capitals {
  const { count, flags } = t;
  if (capitalsScratch.length <= count) capitalsScratch = new Int32Array(count + 1024);
  const at = capitalsScratch;
  let n = 0;
  for (let i = 0; i < count; i++) {
    at[n] = i;
    n += flags[i]! & CAPITALISED;
  }
  return { at, count: n };
}

/** All person-name candidates in the text, in order (`capitals`: its capitalised tokens). */
export function findNameCandidates(t: Tokens, capitals: Capitals): NameCandidate[] {
  const out: NameCandidate[] = [];
  const { count, flags } = t;
  const { at } = capitals;
  let c = 0;
  while (c < capitals.count) {
    const a = at[c]!;
    if (!isNameWord(t, a)) {
      c++;
      continue;
    }
    let i = a + 1;
    // a possessive ends the name
    if ((flags[a]! & POSSESSIVE) === 0) {
      while (i < count && (isNameWord(t, i) || (PARTICLES.hasToken(t, i) && i + 1 < count && isNameWord(t, i + 1)))) {
        i++;
        if ((flags[i - 1]! & POSSESSIVE) !== 0) break;
      }
    }
    // most runs are a single word with no strong title before it: no name
    const found = i - a > 1 || strongTitleBefore(t, a) ? candidateIn(t, a, i) : null;
    if (found !== null) out.push(found);
    while (c < capitals.count && at[c]! < i) c++;
  }
  return out;
}
