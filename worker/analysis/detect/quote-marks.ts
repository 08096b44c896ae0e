/**
 * Finds quotation-mark pairs in one pass over the text's quotation-mark punctuation tokens: curly
 * “…”, straight "…" (paired in order), guillemets «…», and single ‘…’ or '…' used as quotation
 * marks. An apostrophe (won’t, Biden’s, O’Brien, countries’) is not a quotation mark: a single
 * opening mark must follow a non-letter and precede a letter, a single closing mark must follow a
 * non-space and precede a non-letter, and only closes a single quote already open. Letters are code
 * points, as the tokenizer reads them ("𝐀" is one letter, not two surrogates).
 *
 * A quotation that runs over several paragraphs follows the news convention: each paragraph but
 * the last opens with a quotation mark and has no closing one. Such an open double quote at the end
 * of a paragraph is a quote up to the paragraph's end (`unclosed`) when the next paragraph opens
 * with a double quotation mark; otherwise an unmatched mark is a typo and is ignored.
 */
import * as charClasses from '../nlp/chars';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { Span } from '../types';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { SPACE, charClass, classAt, codePointLength, isWordChar } = charClasses;
const { PUNCT } = tokenizer;

/**
 * Quotation-mark pairs as columns (no object per pair), ordered by opening mark. The columns are
 * scratch space reused by the next call: read them before finding the marks of another text.
 */
export interface QuoteMarks {
  count: number;
  /** Offset of each pair's opening mark (ascending; no two pairs share one). */
  open: Int32Array;
  /** Offset of the closing mark, or the paragraph's end for an unclosed quote. */
  close: Int32Array;
  /** 1 when the quote continues in the next paragraph (no closing mark in this one). */
  unclosed: Uint8Array;
}

/** True when the code point starting at i is a letter, digit or combining mark (as the tokenizer reads it). */
const wordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordChar(classAt(text, i));
/** The same for the code point ending just before i. */
const wordBefore = (text: string, i: number): boolean => {
  const low = text.charCodeAt(i - 1);
  return wordAt(text, low >= 0xdc00 && low <= 0xdfff && codePointLength(text, i - 2) === 2 ? i - 2 : i - 1);
};
const spaceOrEdge = (text: string, i: number, ps: number, pe: number): boolean =>
  i < ps || i >= pe || charClass(text.charCodeAt(i)) === SPACE;

/** True when the paragraph opens with a double quotation mark (the continuation of a quote). */
function opensWithQuote(text: string, next: Span | undefined): boolean {
  if (next === undefined) return false;
  const c = text.charCodeAt(next.start);
  return c === 0x201c || c === 0x22 || c === 0xab;
}

function isMarkChar(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}

/** Offsets of the mark tokens (see `markTokens`), reused across calls. */
let markAt = new Int32Array(1024);
/** The pairs' columns, reused across calls: at most one pair per mark token. */
const pairs: QuoteMarks = { count: 0, open: new Int32Array(1024), close: new Int32Array(1024), unclosed: new Uint8Array(1024) };

/**
 * Writes to `markAt` the offsets of the quotation-mark characters that are punctuation tokens, in
 * order, and returns how many: all the scan acts on. A mark character inside a word token is an
 * apostrophe between word characters (won’t), which the scan would pass over anyway.
 */
function markTokens(tokens: Tokens): number {
  const { text, kind, start, count } = tokens;
  if (markAt.length < count) markAt = new Int32Array(2 * count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    if (kind[k] === PUNCT && isMarkChar(text.charCodeAt(start[k]!))) markAt[n++] = start[k]!;
  }
  return n;
}

/** Sorts the first `count` pairs by opening mark (needed only when quotes nest or stay unclosed). */
function sortByOpen({ count, open, close, unclosed }: QuoteMarks): void {
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => open[a]! - open[b]!);
  const opens = open.slice(0, count);
  const closes = close.slice(0, count);
  const flags = unclosed.slice(0, count);
  order.forEach((from, to) => {
    open[to] = opens[from]!;
    close[to] = closes[from]!;
    unclosed[to] = flags[from]!;
  });
}

/** Quotation-mark pairs of the tokens' text (see the top of this file). */
export function findQuoteMarks(tokens: Tokens, paragraphs: readonly Span[]): QuoteMarks {
  const text = tokens.text;
  const markCount = markTokens(tokens);
  if (pairs.open.length < markCount) {
    pairs.open = new Int32Array(2 * markCount);
    pairs.close = new Int32Array(2 * markCount);
    pairs.unclosed = new Uint8Array(2 * markCount);
  }
  const { open: openAt, close: closeAt, unclosed: unclosedAt } = pairs;
  let n = 0;
  let sorted = true;
  const push = (open: number, close: number, unclosed: number): void => {
    if (n > 0 && open < openAt[n - 1]!) sorted = false;
    openAt[n] = open;
    closeAt[n] = close;
    unclosedAt[n++] = unclosed;
  };
  const emit = (open: number, close: number): void => {
    if (close > open + 1) push(open, close, 0);
  };
  let m = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    let curly = -1;
    let straight = -1;
    let guillemet = -1;
    let single = -1;
    while (m < markCount && markAt[m]! < ps) m++;
    for (; m < markCount && markAt[m]! < pe; m++) {
      const k = markAt[m]!;
      const c = text.charCodeAt(k);
      if (c === 0x201c) curly = k;
      else if (c === 0x201d) {
        if (curly >= 0) {
          emit(curly, k);
          if (single > curly) single = -1;
          curly = -1;
        }
      } else if (c === 0x22) {
        if (straight >= 0) {
          emit(straight, k);
          if (single > straight) single = -1;
          straight = -1;
        } else if (!spaceOrEdge(text, k + 1, ps, pe)) straight = k;
      } else if (c === 0xab) guillemet = k;
      else if (c === 0xbb) {
        if (guillemet >= 0) emit(guillemet, k);
        guillemet = -1;
      } else if (c === 0x2018 || c === 0x27 || c === 0x2019) {
        const before = wordBefore(text, k);
        const after = wordAt(text, k + 1);
        if (before && after) continue; // apostrophe inside a word: won’t, O’Brien
        const closes = c === 0x27 ? 0x27 : 0x2019;
        if (single >= 0 && c !== 0x2018 && !after && !spaceOrEdge(text, k - 1, ps, pe) && text.charCodeAt(single) === (closes === 0x27 ? 0x27 : 0x2018)) {
          emit(single, k);
          single = -1;
        } else if (c !== 0x2019 && !before && after) single = k;
      }
    }
    const open = Math.max(curly, straight, guillemet);
    if (open >= 0 && pe > open + 1 && opensWithQuote(text, paragraphs[p + 1])) push(open, pe, 1);
  }
  pairs.count = n;
  if (!sorted) sortByOpen(pairs);
  return pairs;
}
