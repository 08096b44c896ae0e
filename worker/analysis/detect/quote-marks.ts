/**
 * Finds quotation-mark pairs in one linear pass per paragraph: curly “…”, straight "…" (paired in
 * order), guillemets «…», and single ‘…’ or '…' used as quotation marks. An apostrophe (won’t,
 * Biden’s, O’Brien, countries’) is not a quotation mark: a single opening mark must follow a
 * non-letter and precede a letter, a single closing mark must follow a non-space and precede a
 * non-letter, and only closes a single quote already open.
 *
 * A quotation that runs over several paragraphs follows the news convention: each paragraph but
 * the last opens with a quotation mark and has no closing one. Such an open double quote at the end
 * of a paragraph is a quote up to the paragraph's end (`unclosed`) when the next paragraph opens
 * with a double quotation mark; otherwise an unmatched mark is a typo and is ignored.
 */
import * as charClasses from '../nlp/chars';
import type { Span } from '../types';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { DIGIT, LETTER, MARK, SPACE, charClass } = charClasses;

export interface QuoteMarks {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's end for an unclosed quote. */
  close: number;
  /** True when the quote continues in the next paragraph (no closing mark in this one). */
  unclosed?: boolean;
}

const wordish = (text: string, i: number): boolean => {
  if (i < 0 || i >= text.length) return false;
  const k = charClass(text.charCodeAt(i));
  return k === LETTER || k === DIGIT || k === MARK;
};
const spaceOrEdge = (text: string, i: number, ps: number, pe: number): boolean =>
  i < ps || i >= pe || charClass(text.charCodeAt(i)) === SPACE;

/** True when the paragraph opens with a double quotation mark (the continuation of a quote). */
function opensWithQuote(text: string, next: Span | undefined): boolean {
  if (next === undefined) return false;
  const c = text.charCodeAt(next.start);
  return c === 0x201c || c === 0x22 || c === 0xab;
}

/** Every character the scan acts on: the regex engine skips the text between them natively. */
const MARK_CHARS = /["'\u00ab\u00bb\u2018\u2019\u201c\u201d]/g;

/** Index of the first quotation-mark character at or after `from`, or the text's length. */
function nextMark(text: string, from: number): number {
  MARK_CHARS.lastIndex = from;
  return MARK_CHARS.test(text) ? MARK_CHARS.lastIndex - 1 : text.length;
}

export function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const emit = (open: number, close: number): void => {
    if (close > open + 1) out.push({ open, close });
  };
  // The next mark k (none in [from, k)) is kept across paragraphs, so the text is scanned once.
  let from = 0;
  let k = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    let curly = -1;
    let straight = -1;
    let guillemet = -1;
    let single = -1;
    if (k < ps || from > ps) k = nextMark(text, (from = ps));
    for (; k < pe; k = nextMark(text, (from = k + 1))) {
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
        const before = wordish(text, k - 1);
        const after = wordish(text, k + 1);
        if (before && after) continue; // apostrophe inside a word: won’t, O’Brien
        const closes = c === 0x27 ? 0x27 : 0x2019;
        if (single >= 0 && c !== 0x2018 && !after && !spaceOrEdge(text, k - 1, ps, pe) && text.charCodeAt(single) === (closes === 0x27 ? 0x27 : 0x2018)) {
          emit(single, k);
          single = -1;
        } else if (c !== 0x2019 && !before && after) single = k;
      }
    }
    const open = Math.max(curly, straight, guillemet);
    if (open >= 0 && pe > open + 1 && opensWithQuote(text, paragraphs[p + 1])) out.push({ open, close: pe, unclosed: true });
  }
  out.sort((a, b) => a.open - b.open || a.close - b.close);
  return out;
}
