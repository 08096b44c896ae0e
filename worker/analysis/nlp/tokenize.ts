/**
 * One pass over the text producing tokens into column storage (see token-buffer.ts). Words keep internal apostrophes and hyphens ("won’t", "so-called", "Biden’s")
 * and dotted abbreviations ("U.S."); every other non-space character is its own punctuation token.
 *
 * As the scan reads an ASCII word (from the text's UTF-8, see `tokenizeInto`) it folds each unit to lowercase (curly apostrophe and Unicode
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
const { DIGIT, LETTER, MARK, OTHER, SPACE, charClass, classAt, codePointLength, codeAt, normaliseJoiners } = charClasses;
const { HASH_PRIME, HASH_START, bytesWordId, charWordId, foldedHash, foldedWordId, wordId } = vocabulary;
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
/**
 * Per BMP unit (lone surrogates included): 1 + the unit its lowercase form is, as `lower` writes
 * it (curly apostrophes and Unicode hyphens ASCII); -1 when that form is longer; 0 when not seen
 * yet. Units, not ids, are kept: lexicon words may still be registered after a unit is first read.
 */
const PUNCT_LOWER = new Int32Array(0x10000);

/**
 * The vocabulary id of the punctuation unit `code`'s lowercase form, or -1. A punctuation unit
 * needs no stored lowercase string: `lower` makes the same one.
 */
function punctId(code: number): number {
  let entry = PUNCT_LOWER[code]!;
  if (entry === 0) {
    const lower = normaliseJoiners(String.fromCharCode(code).toLowerCase());
    entry = lower.length === 1 ? 1 + lower.charCodeAt(0) : -1;
    PUNCT_LOWER[code] = entry;
  }
  return entry > 0 ? charWordId(entry - 1) : wordId(normaliseJoiners(String.fromCharCode(code).toLowerCase()));
}

/** Pushes the non-ASCII punctuation character at i; returns the index after it. */
function pushPunct(buf: TokenBuffer, i: number): number {
  const text = buf.text;
  const len = codePointLength(text, i);
  if (len === 1) {
    const id = punctId(codeAt(text, i));
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

/** Pushes the ASCII-foldable word [s, e) of kind `wordKind` (WORD when not given) found by the exact path. */
function pushWord(buf: TokenBuffer, s: number, e: number, wordKind = WORD): void {
  const text = buf.text;
  if (!foldable(text, s, e)) {
    pushUnusual(buf, s, e, wordKind);
    return;
  }
  if (wordKind !== WORD) {
    const id = foldedWordId(text, s, e, foldedHash(text, s, e));
    buf.push(s, e, wordKind, 0, id, id);
    return;
  }
  let lettersOr = 0;
  for (let k = s; k < e; k++) {
    const c = codeAt(text, k);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) lettersOr |= c;
  }
  const id = foldedWordId(text, s, e, foldedHash(text, s, e));
  const possessive = isPossessive(text, s, e);
  const baseId = possessive ? foldedWordId(text, s, e - 2, foldedHash(text, s, e - 2)) : id;
  buf.push(s, e, WORD, caseFlags(codeAt(text, s), e - s, lettersOr) | (possessive ? POSSESSIVE : 0), id, baseId);
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

/**
 * Reads the token (or skips the space) at unit i of `buf.text`, exactly, for any character: the
 * path `tokenize` takes for what its ASCII reader leaves (non-ASCII letters, punctuation and
 * spaces, dotted abbreviations). Returns the index after it.
 */
function readToken(buf: TokenBuffer, i: number): number {
  const text = buf.text;
  const n = text.length;
  const c = codeAt(text, i);
  const k = c < 128 ? ASCII[c]! : classAt(text, i);
  if (k === SPACE) return i + 1;
  if (!isWordClass(k)) {
    if (c >= 128) return pushPunct(buf, i);
    // (ASCII punctuation is its own lowercase form)
    const id = charWordId(c);
    buf.push(i, i + 1, PUNCT, 0, id, id);
    return i + 1;
  }
  // A word or number: read while word characters, inner joiners or digit separators follow.
  const s = i;
  let ascii = true;
  let otherLetter = false;
  // OR of the codes of its ASCII letters: bit 0x20 says whether any is lowercase
  let lettersOr = 0;
  let prev = k;
  while (i < n) {
    const code = codeAt(text, i);
    const folded = code | 0x20;
    if (folded >= 0x61 && folded <= 0x7a) {
      lettersOr |= code;
      prev = LETTER;
      i++;
      continue;
    }
    if (code <= 0x39 && code >= 0x30) {
      prev = DIGIT;
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
      i++;
      continue;
    }
    if (prev !== DIGIT || next !== DIGIT) {
      // a single letter then "." may start a dotted abbreviation ("U.S.")
      const dotted = code === 0x2e && i === s + 1 && prev === LETTER ? dottedEnd(text, s) : -1;
      if (dotted > 0) {
        pushWord(buf, s, dotted);
        return dotted;
      }
      break;
    }
    i++;
  }
  const wordKind = lettersOr !== 0 || otherLetter ? WORD : NUMBER;
  if (ascii) pushWord(buf, s, i, wordKind);
  else pushUnusual(buf, s, i, wordKind);
  return i;
}

/** Length in bytes of the UTF-8 that `TextEncoder` makes of text[from, to) (a lone surrogate becomes U+FFFD: 3 bytes). */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let k = from; k < to; k++) {
    const c = codeAt(text, k);
    if (c < 0x80) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && codePointLength(text, k) === 2) {
      bytes += 4;
      k++;
    } else bytes += 3;
  }
  return bytes;
}

const encoder = new TextEncoder();
/** The UTF-8 of the text being tokenized (reused: tokenizing does not nest). */
let utf8 = new Uint8Array(1 << 14);
/** A UTF-8 buffer made for a text longer than this is not kept for the next text. */
const UTF8_KEEP = 1 << 20;

/** Tokenizes `text` into a buffer of its own. */
export function tokenize(text: string): Tokens {
  return tokenizeInto(new TokenBuffer(text));
}

/** Tokens that give their columns back for the next text when done with (see `borrowTokens`). */
export interface BorrowedTokens extends Tokens {
  /** Gives the columns back: the tokens are then empty. */
  giveBack(): void;
}

/**
 * `tokenize`, but the tokens stay in the tokenizer's scratch columns instead of being copied to
 * columns of their own (no allocation, no copy): for one long text at a time, such as the article
 * `analyze` reads, whose tokens are dropped once the results are built.
 */
export function borrowTokens(text: string): BorrowedTokens {
  return tokenizeInto(new TokenBuffer(text, true));
}

/**
 * Tokenizes the buffer's text.
 *
 * The scan reads the text's UTF-8 (one `TextEncoder.encodeInto`), not its UTF-16 units: a byte
 * load from a typed array is cheaper than `charCodeAt`, which dispatches on the string's
 * representation at every call. Offsets stay UTF-16: `delta` counts the bytes read beyond the
 * units read (every non-ASCII character adds to it). ASCII words, including curly apostrophes and
 * Unicode hyphens inside them, and ASCII spaces and punctuation are read here; any other token is
 * handed to `readToken` at its UTF-16 offset, and the scan resumes after it.
 */
function tokenizeInto(buf: TokenBuffer): TokenBuffer {
  const text = buf.text;
  const n = text.length;
  // (the buffer has room for n tokens: these columns stay in place until `finish`)
  const { start, end, kind, flags, ids, baseIds } = buf;
  let bytes = utf8;
  if (bytes.length < 3 * n) {
    bytes = new Uint8Array(3 * n);
    if (bytes.length <= UTF8_KEEP) utf8 = bytes;
  }
  const size = encoder.encodeInto(text, bytes).written;
  let b = 0;
  let delta = 0;
  let count = 0;
  while (b < size) {
    const c = bytes[b]!;
    const k = c < 128 ? ASCII[c]! : OTHER;
    if (k === SPACE) {
      b++;
      continue;
    }
    // The token (or space) starts at byte sb, unit s.
    const sb = b;
    const s = b - delta;
    if (k === OTHER) {
      if (c < 128) {
        // (ASCII punctuation is its own lowercase form)
        start[count] = s;
        end[count] = s + 1;
        kind[count] = PUNCT;
        flags[count] = 0;
        ids[count] = baseIds[count] = charWordId(c);
        count++;
        b++;
        continue;
      }
      if (c >= 0xc2 && c < 0xf0) {
        // A BMP character (2 or 3 bytes; a lone surrogate's are U+FFFD's, EF BF BD): a space or
        // punctuation unit is read here, as `readToken` would.
        const code = codeAt(text, s);
        const cls = charClass(code);
        if (cls === SPACE || cls === OTHER) {
          if (cls === OTHER) {
            start[count] = s;
            end[count] = s + 1;
            kind[count] = PUNCT;
            flags[count] = 0;
            ids[count] = baseIds[count] = punctId(code);
            count++;
          }
          const width = c < 0xe0 ? 2 : 3;
          b += width;
          delta += width - 1;
          continue;
        }
      }
    } else {
      // An ASCII word or number: read while letters, digits, inner joiners or digit separators
      // follow, hashing the folded units as we go.
      let hash = HASH_START;
      // OR of the codes of its letters: bit 0x20 says whether any is lowercase
      let lettersOr = 0;
      let joinerFolded = false;
      let apostrophe = false;
      let exact = false;
      let prev = k;
      while (b < size) {
        const code = bytes[b]!;
        // (code | 0x20) is a–z exactly for the ASCII letters; it is also their folded form
        const folded = code | 0x20;
        if (folded >= 0x61 && folded <= 0x7a) {
          lettersOr |= code;
          prev = LETTER;
          hash = Math.imul(hash ^ folded, HASH_PRIME);
          b++;
          continue;
        }
        if (code <= 0x39 && code >= 0x30) {
          prev = DIGIT;
          hash = Math.imul(hash ^ code, HASH_PRIME);
          b++;
          continue;
        }
        // a joiner's folded unit ("'" or "-") and its UTF-8 length: "’" is E2 80 99, U+2010 and U+2011 E2 80 90/91
        let joiner = 0;
        let width = 1;
        if (code === 0x27 || code === 0x2d) joiner = code;
        else if (code === 0xe2 && bytes[b + 1] === 0x80) {
          const last = bytes[b + 2]!;
          joiner = last === 0x99 ? 0x27 : last === 0x90 || last === 0x91 ? 0x2d : 0;
          width = 3;
        }
        if (joiner === 0 && code !== 0x2c && code !== 0x2e) {
          // another non-ASCII letter, digit or mark continues the word: the exact path reads it
          if (code >= 128 && isWordClass(classAt(text, b - delta))) exact = true;
          break;
        }
        const u = b - delta;
        const nextByte = b + width < size ? bytes[b + width]! : -1;
        const next = nextByte < 0 ? SPACE : nextByte < 128 ? ASCII[nextByte]! : classAt(text, u + 1);
        if (joiner !== 0) {
          if (!isWordClass(next)) break;
          if (width === 3) {
            joinerFolded = true;
            delta += 2;
          }
          if (joiner === 0x27) apostrophe = true;
          hash = Math.imul(hash ^ joiner, HASH_PRIME);
          b += width;
          continue;
        }
        if (prev !== DIGIT || next !== DIGIT) {
          // a single letter then "." may start a dotted abbreviation ("U.S."): the exact path decides
          if (code === 0x2e && b === sb + 1 && prev === LETTER) exact = true;
          break;
        }
        hash = Math.imul(hash ^ code, HASH_PRIME);
        b++;
      }
      if (!exact) {
        const e = b - delta;
        const id = joinerFolded ? foldedWordId(text, s, e, hash) : bytesWordId(bytes, sb, b, hash);
        start[count] = s;
        end[count] = e;
        ids[count] = id;
        if (lettersOr !== 0) {
          kind[count] = WORD;
          if (apostrophe && isPossessive(text, s, e)) {
            flags[count] = caseFlags(c, e - s, lettersOr) | POSSESSIVE;
            baseIds[count] = foldedWordId(text, s, e - 2, foldedHash(text, s, e - 2));
          } else {
            flags[count] = caseFlags(c, e - s, lettersOr);
            baseIds[count] = id;
          }
        } else {
          kind[count] = NUMBER;
          flags[count] = 0;
          baseIds[count] = id;
        }
        count++;
        continue;
      }
    }
    // Anything else (a non-ASCII character, or a word the ASCII reader leaves to it) is read by
    // the exact path, from the token's start.
    buf.count = count;
    const to = readToken(buf, s);
    count = buf.count;
    b = sb + utf8Length(text, s, to);
    delta = b - to;
  }
  buf.count = count;
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

/** Index of the first of the ascending xs[0, length) that is at least `x`, or `length` (binary search). */
export function lowerBound(xs: ArrayLike<number>, x: number, length = xs.length): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  return lowerBound(tokens.start, offset, tokens.count);
}
