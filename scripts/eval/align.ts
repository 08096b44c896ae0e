/**
 * Maps offsets in the analyser's cleaned text back to offsets in the text the harness gave it.
 * The cleaner may collapse or trim whitespace, decode entities or drop characters, so spans cannot
 * be compared by raw offset. Characters are aligned in order, ignoring whitespace and treating
 * typographic variants (curly quotes, dashes, NBSP) as equal; after a mismatch the alignment
 * re-synchronises on the next few cleaned characters.
 */

export interface Alignment {
  /** Source offset of each cleaned character; -1 for whitespace and for text the cleaner inserted. */
  toSource: Int32Array;
  /** True when the cleaned text equals the source (offsets are identical). */
  identical: boolean;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2026': '.',
};

function fold(ch: string | undefined): string {
  if (ch === undefined) return '';
  return FOLD[ch] ?? ch.toLowerCase();
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** How many cleaned characters must match for a re-synchronisation, and how far to look ahead. */
const RESYNC_CHARS = 6;
const RESYNC_WINDOW = 400;

export function alignTexts(source: string, cleaned: string): Alignment {
  const toSource = new Int32Array(cleaned.length).fill(-1);
  if (source === cleaned) {
    for (let j = 0; j < cleaned.length; j++) toSource[j] = j;
    return { toSource, identical: true };
  }
  let i = 0;
  let j = 0;
  while (j < cleaned.length) {
    const c = cleaned[j];
    if (isSpace(c)) {
      j++; // whitespace stays unmapped: spans are placed by their first and last visible characters
      continue;
    }
    while (i < source.length && isSpace(source[i])) i++;
    if (i < source.length && fold(source[i]) === fold(c)) {
      toSource[j] = i;
      i++;
      j++;
      continue;
    }
    const at = resync(source, i, cleaned, j);
    if (at === -1) {
      j++; // inserted by the cleaner: leave unmapped
    } else {
      i = at;
    }
  }
  return { toSource, identical: false };
}

/** Source offset ≥ i where cleaned[j…] (non-space, folded) continues, or -1. */
function resync(source: string, i: number, cleaned: string, j: number): number {
  const want: string[] = [];
  for (let k = j; k < cleaned.length && want.length < RESYNC_CHARS; k++) {
    if (!isSpace(cleaned[k])) want.push(fold(cleaned[k]));
  }
  const limit = Math.min(source.length, i + RESYNC_WINDOW);
  for (let start = i + 1; start < limit; start++) {
    if (fold(source[start]) !== want[0]) continue;
    let k = start;
    let matched = 0;
    while (matched < want.length && k < source.length) {
      if (isSpace(source[k])) {
        k++;
        continue;
      }
      if (fold(source[k]) !== want[matched]) break;
      matched++;
      k++;
    }
    if (matched === want.length) return start;
  }
  return -1;
}

/** Whitespace-free, case- and typography-folded form of a string, to check an aligned span. */
export function foldedText(s: string): string {
  let out = '';
  for (const ch of s) if (!isSpace(ch)) out += fold(ch);
  return out;
}

/**
 * The source range behind a cleaned range [start, end), or null when neither end can be placed.
 * Unmapped characters at the edges of the range are skipped inwards.
 */
export function toSourceSpan(a: Alignment, start: number, end: number): { start: number; end: number } | null {
  if (a.identical) return { start, end };
  let s = start;
  while (s < end && (a.toSource[s] ?? -1) < 0) s++;
  let e = end - 1;
  while (e >= s && (a.toSource[e] ?? -1) < 0) e--;
  if (e < s) return null;
  const from = a.toSource[s] ?? -1;
  const to = (a.toSource[e] ?? -1) + 1;
  return to > from ? { start: from, end: to } : null;
}
