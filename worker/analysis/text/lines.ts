/**
 * Raw text to lines: line endings unified, runs of spaces (including no-break and other Unicode
 * spaces) collapsed, control characters dropped, lines trimmed; a line that ends mid-sentence and
 * is followed by a line starting in lowercase is joined to it (hard-wrapped text). Every
 * non-empty line is a paragraph: the demo texts use both "\n" and "\n\n" between paragraphs.
 */
import * as charClasses from '../nlp/chars';
import { PhraseSet, phraseTokens } from '../nlp/phrases';

// Module-local copy: hot loops must not go through cross-module bindings (getters under some loaders).
const { codeAt } = charClasses;

/** Character-class bodies: line breaks other than "\n" and "\r"; controls (C0 but tab and line breaks, and DEL); horizontal whitespace but the plain space. */
const BREAKS = '\\u2028\\u2029\\u0085';
const CONTROLS = '\\u0000-\\u0008\\u000e-\\u001f\\u007f';
const SPACES = '\\t\\v\\f\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\u200b\\ufeff';
/**
 * What the rewrite replaces, at one position (sticky): a line break ("\r\n", "\r" and the
 * others) becomes "\n"; a run of whitespace and controls becomes one space, or nothing when it
 * holds only controls (as if the controls were dropped first, then the spaces collapsed). A lone
 * plain space is not matched: it stays as it is, which is fast.
 */
const REWRITE = new RegExp(`\\r\\n?|[${BREAKS}]| [ ${SPACES}${CONTROLS}]+|[${SPACES}${CONTROLS}][ ${SPACES}${CONTROLS}]*`, 'y');
const CONTROLS_ONLY = new RegExp(`^[${CONTROLS}]+$`);
/**
 * Where a rewrite starts, or one character after it (a plain space before a control or another
 * space): "  " or any character but the plain space and "\n" that the rewrite matches. Most scraped
 * texts have none. Its simple scan is faster than the rewrite's, which only runs where it finds
 * something. (" {2}" comes first: irregexp scans this order about twice as fast.)
 */
const NEEDS_REWRITE = new RegExp(` {2}|[\\r${BREAKS}${CONTROLS}${SPACES}]`, 'g');

function replacement(match: string): string {
  const c = match.charCodeAt(0);
  if (c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) return '\n';
  // A run that starts with whitespace holds whitespace; only one that starts with a control needs the test.
  const control = c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f;
  return control && CONTROLS_ONLY.test(match) ? '' : ' ';
}

/** True when REWRITE matches at `at`; its lastIndex is then the match's end. */
function rewritesAt(raw: string, at: number): boolean {
  REWRITE.lastIndex = at;
  return REWRITE.test(raw);
}

/**
 * True for a no-break space before printable ASCII other than the space (HTML's "&nbsp;" between
 * words, the rewrite most scraped texts need): REWRITE would match it alone and make it one space.
 */
function isLoneNbsp(raw: string, at: number): boolean {
  const next = raw.charCodeAt(at + 1);
  return raw.charCodeAt(at) === 0xa0 && next > 0x20 && next < 0x7f;
}

/**
 * `raw.replace(REWRITE, replacement)` with REWRITE global, but the rewrite regex runs only where
 * NEEDS_REWRITE finds a match: no rewrite match starts before a NEEDS_REWRITE match except one
 * character earlier, at a plain space (" \t" starts at the space, where NEEDS_REWRITE sees the tab).
 */
function normalise(raw: string): string {
  NEEDS_REWRITE.lastIndex = 0;
  if (!NEEDS_REWRITE.test(raw)) return raw;
  const parts: string[] = [];
  let from = 0;
  do {
    const end = NEEDS_REWRITE.lastIndex;
    // A "  " match is two characters long, any other one.
    let at = end - (raw.charCodeAt(end - 1) === 0x20 ? 2 : 1);
    if (at > from && raw.charCodeAt(at - 1) === 0x20 && rewritesAt(raw, at - 1)) at--;
    else if (isLoneNbsp(raw, at)) REWRITE.lastIndex = at + 1; // (its match, without running it)
    else rewritesAt(raw, at);
    const after = REWRITE.lastIndex;
    parts.push(raw.slice(from, at), replacement(raw.slice(at, after)));
    from = after;
    NEEDS_REWRITE.lastIndex = after;
  } while (NEEDS_REWRITE.test(raw));
  parts.push(raw.slice(from));
  return parts.join('');
}

/** Last character is a letter (ASCII, or Latin-1 Supplement to Latin Extended-B), comma or semicolon: the line stops mid-sentence. */
function endsOpen(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2c || c === 0x3b || (c >= 0xc0 && c <= 0x24f);
}

function startsLower(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

/** Replaces the last line of `out` by its hard-wrapped parts joined, if it has more than one. */
function joinWrapped(out: string[], parts: string[] | null): void {
  if (parts !== null) out[out.length - 1] = parts.join(' ');
}

export function toLines(raw: string): string[] {
  const text = normalise(raw);
  const out: string[] = [];
  // The last line out may still be joined by hard-wrapped lines: `last` is its last part, `length`
  // its length so far (0: it may not), and `parts` all its parts once there are two. They are
  // joined once at its end: joining by repeated concatenation and then reading the result's last
  // character flattens the growing string each time (quadratic).
  let last = '';
  let parts: string[] | null = null;
  let length = 0;
  for (let from = 0; from <= text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    // Trimmed in place: after normalise the only whitespace left in a line is the plain space.
    let start = from;
    from = end + 1;
    while (start < end && codeAt(text, start) === 0x20) start++;
    while (end > start && codeAt(text, end - 1) === 0x20) end--;
    if (start === end) {
      length = 0;
      continue;
    }
    const line = text.slice(start, end);
    if (length > 40 && endsOpen(last) && startsLower(line)) {
      (parts ??= [last]).push(line);
      length += 1 + line.length;
    } else {
      joinWrapped(out, parts);
      out.push(line);
      parts = null;
      length = line.length;
    }
    last = line;
  }
  joinWrapped(out, parts);
  return out;
}

/**
 * Phrases looked for at the start of a line (page chrome: "Home »", "Related stories"). A plain
 * object beside its PhraseSet, not a subclass, so that the matchers every detector calls keep
 * seeing the same few shapes.
 */
export class LineStartPhrases {
  readonly phrases: PhraseSet;
  /** Lowercase first characters of the phrases' first words that are ASCII. */
  private readonly asciiStarts = new Uint8Array(128);

  constructor(phrases: readonly string[]) {
    this.phrases = new PhraseSet(phrases);
    for (const p of phrases) {
      const c = phraseTokens(p)[0]?.charCodeAt(0) ?? 128;
      if (c < 128) this.asciiStarts[c] = 1;
    }
  }

  /**
   * `PhraseSet.mayStart`, but a line opening with a printable ASCII character that opens none of
   * the phrases (most lines) is rejected first, without its regex, lowercase copy and lookup.
   */
  mayStart(line: string): boolean {
    const c = line.charCodeAt(0);
    if (c > 0x20 && c < 0x7f && this.asciiStarts[c >= 0x41 && c <= 0x5a ? c + 0x20 : c] === 0) return false;
    return this.phrases.mayStart(line);
  }
}
