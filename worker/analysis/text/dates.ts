/**
 * Reads a calendar date from a short line of tokens: "January 31, 2024", "Jan 31, 2024",
 * "30 Jan, 2024", "31 January 2024", "Jan. 26, 2024", "2024-01-31". Returns ISO YYYY-MM-DD or null.
 */
import { LEXICON } from '../lexicon';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import { PhraseTrie } from '../nlp/phrases';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { NUMBER, WORD, isPunctChar } = tokenizer;

const MONTH = new PhraseTrie<number>();
LEXICON.document.months.forEach((entry, index) => {
  for (const p of entry.pattern) MONTH.add(p, index + 1);
});
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Length of an ISO date token (a NUMBER token's lowercase form is as long as its text). */
const ISO_LENGTH = 10;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The value of token i when it is 1 to `digits` ASCII digits, read from the text (no lowercase
 * string: casing leaves digits alone and turns nothing else into one).
 */
function numberAt(tokens: Tokens, i: number, digits: number): number | null {
  if (i >= tokens.count || tokens.kind[i] !== NUMBER) return null;
  const end = tokens.end[i]!;
  if (end - tokens.start[i]! > digits) return null;
  let value = 0;
  for (let k = tokens.start[i]!; k < end; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return null;
    value = value * 10 + c - 0x30;
  }
  return value;
}

/** Skips "." and "," tokens from i. */
function skipMarks(tokens: Tokens, i: number): number {
  let k = i;
  while (isPunctChar(tokens, k, 0x2e) || isPunctChar(tokens, k, 0x2c)) k++; // "." or ","
  return k;
}

export function monthAt(tokens: Tokens, i: number): number | null {
  const found = tokens.kind[i] === WORD ? MONTH.valuesAt(tokens, i) : null;
  return found === null ? null : found.values[0]!;
}

/** The first date found in tokens [from, to). */
export function findDate(tokens: Tokens, from = 0, to = tokens.count): string | null {
  for (let i = from; i < to; i++) {
    const isoMatch = tokens.kind[i] === NUMBER && tokens.end[i]! - tokens.start[i]! === ISO_LENGTH ? ISO.exec(tokens.lower(i)) : null;
    if (isoMatch !== null) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    const month = monthAt(tokens, i);
    if (month === null) continue;
    // Month D, YYYY
    let k = skipMarks(tokens, i + 1);
    const day = numberAt(tokens, k, 2);
    if (day !== null) {
      const year = numberAt(tokens, skipMarks(tokens, k + 1), 4);
      if (year !== null) return iso(year, month, day);
    }
    // D Month, YYYY
    const dayBefore = i > 0 ? numberAt(tokens, i - 1, 2) : null;
    k = skipMarks(tokens, i + 1);
    const year = numberAt(tokens, k, 4);
    if (dayBefore !== null && year !== null) return iso(year, month, dayBefore);
  }
  return null;
}
