/**
 * One pass over the text's UTF-16 code units producing tokens into column storage (see
 * token-buffer.ts). Words keep internal apostrophes and hyphens ("won’t", "so-called", "Biden’s")
 * and dotted abbreviations ("U.S."); every other non-space character is its own punctuation token.
 *
 * As the scan reads an ASCII word it folds each unit to lowercase (curly apostrophe and Unicode
 * hyphens to ASCII, see `foldAscii`) into an FNV-1a hash, and notes its case: the vocabulary id is
 * then one hash-table probe, with no lowercase string or slice made. Words with other non-ASCII
 * characters, and exotic punctuation, take the exact but slower path of unusual-tokens.ts.
 */
import * as charClasses from './chars';
import * as tokenBuffer from './token-buffer';
import { TokenBuffer } from './token-buffer';
import * as unusualTokens from './unusual-tokens';
import * as vocabulary from './vocabulary';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { DIGIT, LETTER, MARK, SPACE, charClass, classAt, codePointLength, codeAt, normaliseJoiners } = charClasses;
const { HASH_PRIME, HASH_START, asciiWordId, charWordId, foldedHash, foldedWordId, wordId } = vocabulary;
const { pushUnusual } = unusualTokens;

export { ALL_CAPS, CAPITALISED, NUMBER, POSSESSIVE, PUNCT, WORD } from './token-buffer';
const { ALL_CAPS, CAPITALISED, NUMBER, POSSESSIVE, PUNCT, WORD } = tokenBuffer;

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  /** Vocabulary id of each token's lowercase form (-1: in no lexicon list). */
  readonly ids: Int32Array;
  /** Vocabulary id of each token's possessive-free lowercase form (= `ids` without a possessive). */
  readonly baseIds: Int32Array;
  /** The lowercase form of token k (apostrophes and hyphens ASCII); made on demand. */
  lower(k: number): string;
  /** `lower(k).length`, without making the string. */
  lowerLength(k: number): number;
}

export { baseOf } from './unusual-tokens';

/** ASCII character classes, precomputed (the common case in news text). */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = charClass(c);
/** Punctuation below this code is pushed from `PUNCT_STRINGS`; above it, it is unusual. */
const PUNCT_LIMIT = 0x3100;
/** Lowercase string of each punctuation character (lazily filled). */
const PUNCT_STRINGS: (string | undefined)[] = new Array<string | undefined>(PUNCT_LIMIT).fill(undefined);

function punctString(code: number): string {
  let str = PUNCT_STRINGS[code];
  if (str === undefined) {
    str = normaliseJoiners(String.fromCharCode(code).toLowerCase());
    PUNCT_STRINGS[code] = str;
  }
  return str;
}

/** Pushes the non-ASCII punctuation character at i; returns the index after it. */
function pushPunct(buf: TokenBuffer, i: number): number {
  const text = buf.text;
  const c = codeAt(text, i);
  const len = codePointLength(text, i);
  if (len === 1 && c < PUNCT_LIMIT) {
    const str = punctString(c);
    const id = str.length === 1 ? charWordId(str.charCodeAt(0)) : wordId(str);
    buf.push(i, i + 1, PUNCT, 0, id, id);
  } else pushUnusual(buf, i, i + len, PUNCT);
  return i + len;
}

const classOf = (text: string, i: number): number => {
  const c = codeAt(text, i);
  return c < 128 ? ASCII[c]! : classAt(text, i);
};

const isWordClass = (k: number): boolean => k === LETTER || k === DIGIT || k === MARK;

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Dotted abbreviation starting at i ("U.S.", "e.g.", "a.m."): its end, or -1. */
function dottedEnd(text: string, i: number): number {
  if (codeAt(text, i + 1) !== 0x2e) return -1;
  let k = i;
  let letters = 0;
  while (k + 1 < text.length && classOf(text, k) === LETTER && codePointLength(text, k) === 1 && codeAt(text, k + 1) === 0x2e) {
    letters++;
    k += 2;
  }
  if (letters < 2 || (k < text.length && isWordClass(classOf(text, k)))) return -1;
  return k;
}

/** True when every unit of text[s, e) is ASCII or a joiner `foldAscii` maps (the fast path applies). */
function foldable(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = codeAt(text, k);
    if (c >= 128 && c !== 0x2019 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}

/** Pushes the word [s, e) found by a path that did not hash it (dotted abbreviations). */
function pushWord(buf: TokenBuffer, s: number, e: number): void {
  const text = buf.text;
  if (!foldable(text, s, e)) {
    pushUnusual(buf, s, e, WORD);
    return;
  }
  let lettersOr = 0;
  for (let k = s; k < e; k++) {
    const c = codeAt(text, k);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) lettersOr |= c;
  }
  const id = foldedWordId(text, s, e, foldedHash(text, s, e));
  buf.push(s, e, WORD, caseFlags(codeAt(text, s), e - s, lettersOr), id, id);
}

/**
 * CAPITALISED | ALL_CAPS flags of an ASCII word of `length` units whose first unit is `first` and
 * whose letters' codes OR to `lettersOr` (bit 0x20 set: some letter is lowercase; a first letter
 * A–Z has it clear, so then the lowercase letter is after it).
 */
function caseFlags(first: number, length: number, lettersOr: number): number {
  if (first < 0x41 || first > 0x5a) return 0;
  return length >= 2 && (lettersOr & 0x20) === 0 ? CAPITALISED | ALL_CAPS : CAPITALISED;
}

/** True when the word [s, e) ends in a possessive "'s" (or "’s", "'S") after at least one unit. */
function isPossessive(text: string, s: number, e: number): boolean {
  const last = codeAt(text, e - 1);
  const beforeLast = codeAt(text, e - 2);
  return e - s > 2 && (last === 0x73 || last === 0x53) && (beforeLast === 0x27 || beforeLast === 0x2019);
}

/** Tokenizes `text` into a buffer of its own. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const buf = new TokenBuffer(text);
  // (the buffer has room for n tokens: these columns stay in place until `finish`)
  const { start, end, kind, flags, ids, baseIds } = buf;
  let i = 0;
  while (i < n) {
    const c = codeAt(text, i);
    const k = c < 128 ? ASCII[c]! : classAt(text, i);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (!isWordClass(k)) {
      if (c < 128) {
        // (ASCII punctuation is its own lowercase form)
        const t = buf.count++;
        start[t] = i;
        end[t] = i + 1;
        kind[t] = PUNCT;
        flags[t] = 0;
        ids[t] = baseIds[t] = charWordId(c);
        i++;
      } else i = pushPunct(buf, i);
      continue;
    }
    // A word or number: read while word characters, inner joiners or digit separators follow,
    // hashing the folded units of an ASCII word as we go.
    const s = i;
    let hash = HASH_START;
    let ascii = true;
    let otherLetter = false;
    // OR and AND of the codes of its ASCII letters: bit 0x20 says whether any / all are lowercase
    let lettersOr = 0;
    let joinerFolded = false;
    let apostrophe = false;
    let dotted = -1;
    let prev = k;
    while (i < n) {
      const code = codeAt(text, i);
      // (code | 0x20) is a–z exactly for the ASCII letters; it is also their folded form
      const folded = code | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) {
        lettersOr |= code;
        prev = LETTER;
        hash = Math.imul(hash ^ folded, HASH_PRIME);
        i++;
        continue;
      }
      if (code <= 0x39 && code >= 0x30) {
        prev = DIGIT;
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i++;
        continue;
      }
      if (code >= 128) {
        const cls = classAt(text, i);
        if (isWordClass(cls)) {
          if (cls !== DIGIT) otherLetter = true;
          prev = cls;
          ascii = false;
          i += codePointLength(text, i);
          continue;
        }
      }
      if (!isJoiner(code) && code !== 0x2c && code !== 0x2e) break;
      const next = i + 1 < n ? classOf(text, i + 1) : SPACE;
      if (isJoiner(code)) {
        if (!isWordClass(next)) break;
        if (code >= 128) joinerFolded = true;
        if (code === 0x27 || code === 0x2019) apostrophe = true;
        hash = Math.imul(hash ^ (code === 0x2019 ? 0x27 : code >= 0x2010 ? 0x2d : code), HASH_PRIME);
        i++;
        continue;
      }
      if (prev !== DIGIT || next !== DIGIT) {
        // a single letter then "." may start a dotted abbreviation ("U.S.")
        if (code === 0x2e && i === s + 1 && prev === LETTER) dotted = dottedEnd(text, s);
        break;
      }
      hash = Math.imul(hash ^ code, HASH_PRIME);
      i++;
    }
    if (dotted > 0) {
      pushWord(buf, s, dotted);
      i = dotted;
      continue;
    }
    const wordKind = lettersOr !== 0 || otherLetter ? WORD : NUMBER;
    if (!ascii) {
      pushUnusual(buf, s, i, wordKind);
      continue;
    }
    const id = joinerFolded ? foldedWordId(text, s, i, hash) : asciiWordId(text, s, i, hash);
    const t = buf.count++;
    start[t] = s;
    end[t] = i;
    kind[t] = wordKind;
    ids[t] = id;
    if (wordKind === WORD) {
      flags[t] = caseFlags(c, i - s, lettersOr);
      baseIds[t] = id;
      if (apostrophe && isPossessive(text, s, i)) {
        flags[t] |= POSSESSIVE;
        baseIds[t] = foldedWordId(text, s, i - 2, foldedHash(text, s, i - 2));
      }
    } else {
      flags[t] = 0;
      baseIds[t] = id;
    }
  }
  buf.finish();
  return buf;
}

/** The lowercase words of a lexicon phrase, split exactly as the text tokenizer splits text. */
export function tokenWords(phrase: string): string[] {
  const t = tokenize(phrase);
  const out: string[] = [];
  for (let k = 0; k < t.count; k++) out.push(t.lower(k));
  return out;
}

/**
 * True when token k (in range) is the one-character punctuation `code` (",", ".", ":"): the same
 * as `lower(k) === String.fromCharCode(code)` for ASCII punctuation, without the string.
 */
export function isPunctChar(tokens: Tokens, k: number, code: number): boolean {
  return k >= 0 && k < tokens.count && tokens.kind[k] === PUNCT && codeAt(tokens.text, tokens.start[k]!) === code && tokens.end[k]! - tokens.start[k]! === 1;
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
