/**
 * Words of a text range, with their offsets: what students click in the exercise and what excerpt
 * densities are measured in. A word is a run of letters and digits, joined by internal apostrophes,
 * hyphens or dots ("so-called", "wouldn’t", "U.S"); punctuation and quote marks are not words.
 */
import type { Span } from '../../../worker/analysis/types';

export interface WordToken extends Span {
  /** Position among the range's words, from 0. */
  index: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/**
 * @example wordTokens('The so-called “collusion”.') // The (0–3), so-called (4–13), collusion (15–24)
 */
export function wordTokens(text: string, range: Span = { start: 0, end: text.length }): WordToken[] {
  const slice = text.slice(range.start, range.end);
  const tokens: WordToken[] = [];
  for (const match of slice.matchAll(WORD)) {
    const start = range.start + (match.index ?? 0);
    tokens.push({ index: tokens.length, start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}

/** How many words a range holds. */
export function countWords(text: string, range?: Span): number {
  return wordTokens(text, range).length;
}

/** True when two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
