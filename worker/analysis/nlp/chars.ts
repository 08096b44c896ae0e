/**
 * Character classes for the tokenizer, cached per UTF-16 code unit (a table of 65,536 bytes filled
 * lazily from Unicode property regexes compiled once at module load).
 */
export const OTHER = 4;
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const MARK = 5;

/**
 * `text.charCodeAt(i)`, for hot loops over strings of varied representation. A `text.charCodeAt`
 * site that has seen more than four string maps (flat one- and two-byte, sliced, cons,
 * internalized: the tokenizer sees them all) looks the method up megamorphically on every call,
 * several times the cost of the load itself; `String.prototype.charCodeAt` is a constant the
 * compiler resolves, so this compiles to the bare character load for any string.
 */
export function codeAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const MARK_RE = /^\p{M}$/u;
const SPACE_RE = /^\s$/u;
const table = new Uint8Array(65536);
const astral = new Map<number, number>();

function classify(ch: string): number {
  if (LETTER_RE.test(ch)) return LETTER;
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (MARK_RE.test(ch)) return MARK;
  if (SPACE_RE.test(ch)) return SPACE;
  return OTHER;
}

/** Class of one UTF-16 code unit; surrogates are OTHER here (see `classAt` for pairs). */
export function charClass(code: number): number {
  const cached = table[code]!;
  if (cached !== 0) return cached;
  const k = code >= 0xd800 && code <= 0xdfff ? OTHER : classify(String.fromCharCode(code));
  table[code] = k;
  return k;
}

/** Class of the code point starting at `i` (letters outside the BMP count as letters). */
export function classAt(text: string, i: number): number {
  const code = codeAt(text, i);
  if (code < 0xd800 || code > 0xdbff) return charClass(code);
  const low = codeAt(text, i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER;
  const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    astral.set(cp, k);
  }
  return k;
}

/** Length in code units of the code point at `i` (2 for a valid surrogate pair). */
export function codePointLength(text: string, i: number): number {
  const code = codeAt(text, i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = codeAt(text, i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

export function isWordChar(k: number): boolean {
  return k === LETTER || k === DIGIT || k === MARK;
}

const JOINERS = /[\u2018\u2019\u2010\u2011]/g;
const asciiJoiner = (c: string): string => (c === '\u2010' || c === '\u2011' ? '-' : "'");

/** `s` with curly apostrophes made "'" and Unicode hyphens "-": the form lexicon patterns are written in. */
export function normaliseJoiners(s: string): string {
  return s.replace(JOINERS, asciiJoiner);
}
