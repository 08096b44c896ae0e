/**
 * One pass over the text producing tokens with offsets, stored column-wise (typed arrays) so that
 * tokenizing 1 MB does not allocate an object per token. Words keep internal apostrophes and
 * hyphens ("won’t", "so-called", "Biden’s") and dotted abbreviations ("U.S."); every other
 * non-space character is its own punctuation token. `lower` is the lowercase form with curly
 * apostrophes and Unicode hyphens normalised, which is what lexicon patterns are written in.
 */
import * as charClasses from './chars';
import { TokenBuffer } from './token-buffer';
import * as vocabulary from './vocabulary';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { DIGIT, LETTER, SPACE, charClass, classAt, codePointLength, isWordChar } = charClasses;
const { charWordId, vocabularyWord, wordId, wordIdIn } = vocabulary;

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

export const CAPITALISED = 1;
export const ALL_CAPS = 2;
/** The word ends in a possessive "'s" ("Biden's"; see `baseOf`). */
export const POSSESSIVE = 4;

/** POSSESSIVE when the lowercase word ends in "'s" (3+ characters). */
function possessive(low: string): number {
  const n = low.length;
  return n > 2 && low.charCodeAt(n - 1) === 0x73 && low.charCodeAt(n - 2) === 0x27 ? POSSESSIVE : 0;
}

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  readonly lower: string[];
  /** Vocabulary id of each token's lowercase form (-1: in no lexicon list). */
  readonly ids: Int32Array;
}

const NORMALISE_TEST = /[\u2019\u2018\u2010\u2011]/;
const NORMALISE = /[\u2019\u2018\u2010\u2011]/g;
const normaliseChar = (c: string): string => (c === '\u2019' || c === '\u2018' ? "'" : '-');

/** ASCII character classes, precomputed (the common case in news text). */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = charClass(c);

/** One string object per punctuation character (reused, so its hash is computed once). */
const CHAR_STRINGS: (string | undefined)[] = new Array<string | undefined>(0x3100).fill(undefined);
function charString(code: number): string {
  let str = CHAR_STRINGS[code];
  if (str === undefined) {
    const raw = String.fromCharCode(code);
    str = raw.toLowerCase().replace(NORMALISE, normaliseChar);
    CHAR_STRINGS[code] = str;
  }
  return str;
}

const classOf = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c]! : classAt(text, i);
};

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Dotted abbreviation starting at i ("U.S.", "e.g.", "a.m."): its end, or -1. */
function dottedEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 0x2e) return -1;
  let k = i;
  let letters = 0;
  while (k + 1 < text.length && classOf(text, k) === LETTER && codePointLength(text, k) === 1 && text.charCodeAt(k + 1) === 0x2e) {
    letters++;
    k += 2;
  }
  if (letters < 2 || (k < text.length && isWordChar(classOf(text, k)))) return -1;
  return k;
}

const CURLY_APOSTROPHES = /[\u2019\u2018]/g;
const UNICODE_HYPHENS = /[\u2010\u2011]/g;

/** Lowercase text with the same length as `text` (one native call), or null if casing changes lengths. */
function lowerCopy(text: string): string | null {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  if (NORMALISE_TEST.test(lower)) lower = lower.replace(CURLY_APOSTROPHES, "'").replace(UNICODE_HYPHENS, '-');
  return lower;
}

/** Case flags of the word [s, e), comparing the text with its lowercase copy (no allocation). */
function caseFlags(text: string, lower: string | null, s: number, e: number, low: string): number {
  const first = text.charCodeAt(s);
  if (first === (lower !== null ? lower.charCodeAt(s) : low.charCodeAt(0))) return 0;
  if (e - s < 2) return CAPITALISED;
  if (lower === null) {
    const raw = text.slice(s, e);
    return raw === raw.toUpperCase() ? CAPITALISED | ALL_CAPS : CAPITALISED;
  }
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    // a character that equals its lowercase form and is a letter is lowercase: not all caps
    if (c === lower.charCodeAt(k) && classOf(text, k) === LETTER) return CAPITALISED;
  }
  return CAPITALISED | ALL_CAPS;
}

/** Pushes the token [s, e): a vocabulary word shares the vocabulary's string, others get a slice. */
function pushToken(buf: TokenBuffer, text: string, lowerText: string | null, s: number, e: number, kind: number): void {
  let id: number;
  let low: string;
  if (lowerText !== null) {
    id = wordIdIn(lowerText, s, e);
    low = id >= 0 ? vocabularyWord(id) : lowerText.slice(s, e);
  } else {
    low = text.slice(s, e).toLowerCase();
    if (NORMALISE_TEST.test(low)) low = low.replace(NORMALISE, normaliseChar);
    id = wordId(low);
  }
  buf.push(s, e, kind, low, kind === WORD ? caseFlags(text, lowerText, s, e, low) | possessive(low) : 0, id);
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const lowerText = lowerCopy(text);
  const buf = new TokenBuffer(Math.max(16, (n >> 2) + 16));
  let i = 0;
  while (i < n) {
    const k = classOf(text, i);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (!isWordChar(k)) {
      const len = codePointLength(text, i);
      const code = text.charCodeAt(i);
      if (len === 1 && code < CHAR_STRINGS.length) {
        const str = charString(code);
        buf.push(i, i + 1, PUNCT, str, 0, str.length === 1 ? charWordId(str.charCodeAt(0)) : wordId(str));
      }
      else pushToken(buf, text, lowerText, i, i + len, PUNCT);
      i += len;
      continue;
    }
    const dotted = k === LETTER ? dottedEnd(text, i) : -1;
    if (dotted > 0) {
      pushToken(buf, text, lowerText, i, dotted, WORD);
      i = dotted;
      continue;
    }
    const s = i;
    let hasLetter = false;
    let prev = k;
    while (i < n) {
      const code0 = text.charCodeAt(i);
      // fast path: ASCII letters and digits
      if (code0 < 128) {
        const a = ASCII[code0]!;
        if (a === LETTER) {
          hasLetter = true;
          prev = a;
          i++;
          continue;
        }
        if (a === DIGIT) {
          prev = a;
          i++;
          continue;
        }
      }
      const c = code0 < 128 ? ASCII[code0]! : classAt(text, i);
      if (isWordChar(c)) {
        if (c !== DIGIT) hasLetter = true;
        prev = c;
        i += codePointLength(text, i);
        continue;
      }
      const code = text.charCodeAt(i);
      const next = i + 1 < n ? classOf(text, i + 1) : SPACE;
      if (isJoiner(code) && isWordChar(next)) {
        i++;
        continue;
      }
      if ((code === 0x2c || code === 0x2e) && prev === DIGIT && next === DIGIT) {
        i++;
        continue;
      }
      break;
    }
    pushToken(buf, text, lowerText, s, i, hasLetter ? WORD : NUMBER);
  }
  return { text, count: buf.count, start: buf.start, end: buf.end, kind: buf.kind, flags: buf.flags, lower: buf.lower, ids: buf.ids };
}

/** The token's lowercase form without a possessive ending ("biden's" → "biden", "countries'" stays). */
export function baseOf(lower: string): string {
  return lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
