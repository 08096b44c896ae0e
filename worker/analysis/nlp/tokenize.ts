/**
 * One pass over the text producing tokens with offsets, stored column-wise (typed arrays) so that
 * tokenizing 1 MB does not allocate an object per token. Words keep internal apostrophes and
 * hyphens ("won’t", "so-called", "Biden’s") and dotted abbreviations ("U.S."); every other
 * non-space character is its own punctuation token. `lower` is the lowercase form with curly
 * apostrophes and Unicode hyphens normalised, which is what lexicon patterns are written in.
 */
import { DIGIT, LETTER, SPACE, classAt, codePointLength, isWordChar } from './chars';

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

export const CAPITALISED = 1;
export const ALL_CAPS = 2;

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  readonly lower: string[];
}

const NORMALISE_TEST = /[\u2019\u2018\u2010\u2011]/;
const NORMALISE = /[\u2019\u2018\u2010\u2011]/g;
const normaliseChar = (c: string): string => (c === '\u2019' || c === '\u2018' ? "'" : '-');

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Dotted abbreviation starting at i ("U.S.", "e.g.", "a.m."): its end, or -1. */
function dottedEnd(text: string, i: number): number {
  let k = i;
  let letters = 0;
  while (k + 1 < text.length && classAt(text, k) === LETTER && codePointLength(text, k) === 1 && text.charCodeAt(k + 1) === 0x2e) {
    letters++;
    k += 2;
  }
  if (letters < 2 || (k < text.length && isWordChar(classAt(text, k)))) return -1;
  return k;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const cap = Math.max(16, Math.min(n + 1, 1024) + (n >> 1));
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  const lower: string[] = [];
  let count = 0;
  const push = (s: number, e: number, k: number): void => {
    if (count === start.length) {
      const size = start.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(size);
        b.set(a);
        return b;
      };
      start = grow(start, (m) => new Int32Array(m));
      end = grow(end, (m) => new Int32Array(m));
      kind = grow(kind, (m) => new Uint8Array(m));
      flags = grow(flags, (m) => new Uint8Array(m));
    }
    const raw = text.slice(s, e);
    let low = raw.toLowerCase();
    if (NORMALISE_TEST.test(low)) low = low.replace(NORMALISE, normaliseChar);
    let f = 0;
    if (k === WORD && low.charCodeAt(0) !== raw.charCodeAt(0)) {
      f = CAPITALISED;
      if (e - s > 1 && raw === raw.toUpperCase()) f |= ALL_CAPS;
    }
    start[count] = s;
    end[count] = e;
    kind[count] = k;
    flags[count] = f;
    lower.push(low);
    count++;
  };

  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (!isWordChar(k)) {
      push(i, i + codePointLength(text, i), PUNCT);
      i += codePointLength(text, i);
      continue;
    }
    const dotted = k === LETTER ? dottedEnd(text, i) : -1;
    if (dotted > 0) {
      push(i, dotted, WORD);
      i = dotted;
      continue;
    }
    const s = i;
    let hasLetter = false;
    while (i < n) {
      const c = classAt(text, i);
      if (isWordChar(c)) {
        if (c !== DIGIT) hasLetter = true;
        i += codePointLength(text, i);
        continue;
      }
      const code = text.charCodeAt(i);
      const prevDigit = classAt(text, i - 1) === DIGIT;
      const next = i + 1 < n ? classAt(text, i + 1) : SPACE;
      if (isJoiner(code) && isWordChar(next)) {
        i++;
        continue;
      }
      if ((code === 0x2c || code === 0x2e) && prevDigit && next === DIGIT) {
        i++;
        continue;
      }
      break;
    }
    push(s, i, hasLetter ? WORD : NUMBER);
  }
  return { text, count, start, end, kind, flags, lower };
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
