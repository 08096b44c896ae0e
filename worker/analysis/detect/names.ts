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
  /** Token range [first, end) of the name without titles. */
  first: number;
  end: number;
  /** The name as written, without a possessive ending. */
  name: string;
  /** True when a title or role word precedes it (so a single word is enough). */
  titled: boolean;
}

const isNameWord = (t: Tokens, i: number): boolean =>
  t.kind[i] === WORD && (t.flags[i]! & CAPITALISED) !== 0 && ((t.flags[i]! & ALL_CAPS) === 0 || t.end[i]! - t.start[i]! <= 2);

/** The name text of tokens [first, end) without a trailing possessive ("Mueller’s" → "Mueller"). */
export function nameText(t: Tokens, first: number, end: number): { text: string; endOffset: number } {
  const endOffset = t.end[end - 1]! - ((t.flags[end - 1]! & POSSESSIVE) !== 0 ? 2 : 0);
  return { text: t.text.slice(t.start[first]!, endOffset), endOffset };
}

function isHyphenatedNonName(word: string): boolean {
  const dash = word.indexOf('-');
  return dash >= 0 && !FIRST_NAMES.has(word.slice(0, dash));
}

function candidateIn(t: Tokens, a: number, b: number): NameCandidate | null {
  let first = a;
  // a title right before the run, or before an appositive comma ("his counterpart, Xi Jinping")
  const titleAt = a > 1 && isPunctChar(t, a - 1, COMMA) ? a - 2 : a - 1;
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
  for (let k = first; k < end; k++) if (isHyphenatedNonName(t.lower(k))) return null;
  if (OUTLET_NAMES.longestAt(t, first) >= end - first) return null;
  let next = end;
  while (next < t.count && AUXILIARIES.hasToken(t, next)) next++;
  const speaking = SPEECH.hasToken(t, next) || (first > 0 && SPEECH.hasToken(t, first - 1));
  const accept = end - first === 1 ? strong : titled || FIRST_NAMES.hasToken(t, first) || speaking;
  if (!accept) return null;
  return { first, end, name: nameText(t, first, end).text, titled: titled || strong };
}

/** All person-name candidates in the text, in order. */
export function findNameCandidates(t: Tokens): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < t.count) {
    if (!isNameWord(t, i)) {
      i++;
      continue;
    }
    const a = i;
    while (i < t.count && (isNameWord(t, i) || (PARTICLES.hasToken(t, i) && i + 1 < t.count && isNameWord(t, i + 1)))) {
      i++;
      if ((t.flags[i - 1]! & POSSESSIVE) !== 0) break; // a possessive ends the name
    }
    const found = candidateIn(t, a, i);
    if (found !== null) out.push(found);
  }
  return out;
}
