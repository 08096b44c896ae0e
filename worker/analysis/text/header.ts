/**
 * The top of a scraped page: finds the headline and removes page chrome (icon strips,
 * "Home » …" breadcrumbs and the category line after them, timestamp and dateline lines, bylines,
 * repeated headlines, an image caption after the byline), keeping bylines and the date.
 *
 * The header zone is the run of lines before the first body line (a line of 20+ words, or a
 * sentence of 8+ words ending in terminal punctuation). The headline is, in order of preference:
 * the line the breadcrumb ends with, a line repeated in the zone, or the first remaining zone line
 * if it is shaped like a headline (2–30 words, no final period). A standfirst/dek (RT's "Senior US
 * officials have reportedly pressed Beijing …", Mothership's "Pinky promise?") stays in the text
 * as the outlet's own words, right after the headline. Text that starts with a body line (the
 * unattributed demo text) has no headline.
 */
import { LEXICON } from '../lexicon';
import { PhraseSet, WordSet } from '../nlp/phrases';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import { findDate, monthAt } from './dates';
import * as charClasses from '../nlp/chars';
import { LineStartPhrases } from './lines';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, NUMBER, PUNCT, WORD, tokenize } = tokenizer;
const { charClass, codeAt, isWordChar } = charClasses;

const DOC = LEXICON.document;
const BREADCRUMB = new LineStartPhrases(DOC.breadcrumbMarks.pattern);
const BYLINE = new PhraseSet(DOC.bylineMarks.pattern);
const DATELINE = new WordSet(DOC.datelineMarks.pattern);
const CONNECTORS = new WordSet(DOC.captionConnectors.pattern);
const ICON = DOC.iconStrip.pattern;
/** Every icon term is plain ASCII letters, so `isIconStrip` may look for it in the lowercased line first. */
const ICON_TERMS_PLAIN = ICON.every((term) => /^[a-z]+$/.test(term));
/**
 * Matches every line whose lowercase copy may hold a plain icon term: the terms in any ASCII case,
 * or a character whose lowercase form is partly ASCII ("İ", the Kelvin sign). A line it does not
 * match is no icon strip, and needs no lowercase copy to tell.
 */
const ICON_MAYBE = ICON_TERMS_PLAIN ? new RegExp(`${ICON.join('|')}|[\\u0130\\u212a]`, 'i') : /[^]/;
const BYLINE_JOINERS = new WordSet(DOC.bylineJoiners.pattern);
const BYLINE_PUNCTUATION = new WordSet(DOC.bylinePunctuation.pattern);
const BREADCRUMB_SEPARATOR = /\s[»>›|/]\s/g;
const TERMINAL_END = /[.!?…]["”’')\]]*$/;
/** Enough trailing characters to see terminal punctuation and closing quotes. */
const TAIL = 12;
const PERIOD_END = /\.["”’')\]]*$/;

export interface Header {
  headline: string | null;
  bylines: string[];
  published: string | null;
  /** Lines kept, headline first when there is one. */
  lines: string[];
}

function wordCount(t: Tokens): number {
  let n = 0;
  for (let i = 0; i < t.count; i++) if (t.kind[i] !== PUNCT) n++;
  return n;
}

const LONG_LINE = 400;
/** Word-character runs counted without tokenizing; above this a line is surely a body line (20+ tokens). */
const SURELY_BODY_RUNS = 30;

/** True when the line has `atLeast` or more runs of letters and digits (there are at most about 1.5× as many runs as word tokens, never fewer). */
function hasWordRuns(line: string, atLeast: number): boolean {
  if (line.length < 2 * atLeast - 1) return false; // each run but the last needs a character after it
  let runs = 0;
  let inRun = false;
  for (let k = 0; k < line.length; k++) {
    const c = codeAt(line, k);
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && isWordChar(charClass(c)));
    if (word && !inRun && ++runs >= atLeast) return true;
    inRun = word;
  }
  return false;
}

/** A long paragraph that is neither an icon strip nor a breadcrumb, decided without tokenizing it. */
function surelyBody(line: string): boolean {
  return !line.includes('icon') && (line.length > LONG_LINE || hasWordRuns(line, SURELY_BODY_RUNS)) && !BREADCRUMB.mayStart(line);
}

function isBodyLine(line: string, words: number): boolean {
  return line.length > LONG_LINE || words >= 20 || (words >= 8 && TERMINAL_END.test(line.slice(-TAIL)));
}

/** Tokens whose lowercase form contains an icon term. */
function iconTokens(t: Tokens, lower: string): number {
  let icons = 0;
  if (!ICON_TERMS_PLAIN || lower.length !== t.text.length) {
    for (let i = 0; i < t.count; i++) if (ICON.some((term) => t.lower(i).includes(term))) icons++;
    return icons;
  }
  // The lowercased line lines up unit for unit with the tokens' offsets, and a token's lowercase
  // form holds a plain ASCII term exactly where the line does: walk each term's occurrences
  // forward beside the tokens (linear), with no lowercase string per token.
  const next = ICON.map(() => -1);
  for (let i = 0; i < t.count; i++) {
    const start = t.start[i]!;
    for (let j = 0; j < ICON.length; j++) {
      if (next[j]! < start) {
        const at = lower.indexOf(ICON[j]!, start);
        next[j] = at < 0 ? lower.length : at;
      }
      if (next[j]! + ICON[j]!.length <= t.end[i]!) {
        icons++;
        break;
      }
    }
  }
  return icons;
}

function isIconStrip(t: Tokens, words: number): boolean {
  // Most lines hold no icon term at all: ICON_MAYBE rules them out without a lowercase copy, and
  // the copy does for most others (a token containing a plain ASCII term means the line contains it).
  if (!ICON_MAYBE.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (ICON_TERMS_PLAIN && !ICON.some((term) => lower.includes(term))) return false;
  const icons = iconTokens(t, lower);
  return icons >= 5 && icons * 3 >= words;
}

/** The date of a short line whose words are all dates, times, numbers or dateline marks; null for any other line. */
function dateOfDateLine(t: Tokens, words: number): string | null {
  const date = words > 14 ? null : findDate(t);
  if (date === null) return null;
  let other = 0;
  let marks = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== WORD) continue;
    if (DATELINE.hasToken(t, i)) marks++;
    else if (monthAt(t, i) === null) other++;
  }
  return marks > 0 || other === 0 ? date : null;
}

/** Capitalised name words from token i (at most 4): the name and the token after it, or null. */
function nameFrom(line: string, t: Tokens, i: number): { name: string; next: number } | null {
  let k = i;
  while (k < t.count && BYLINE_PUNCTUATION.hasToken(t, k)) k++;
  const first = k;
  while (k < t.count && k - first < 4 && t.kind[k] === WORD && (t.flags[k]! & CAPITALISED) !== 0 && monthAt(t, k) === null) k++;
  if (k === first) return null;
  return { name: line.slice(t.start[first]!, t.end[k - 1]!), next: k };
}

/** Author names on a byline line ("Written By: X", "By X and Y", "X| January 31, 2024"), or null. */
function bylineNames(line: string, t: Tokens, words: number): string[] | null {
  if (words > 16) return null;
  const mark = BYLINE.longestAt(t, 0);
  if (mark > 0) {
    const names: string[] = [];
    let k = mark;
    for (;;) {
      const found = nameFrom(line, t, k);
      if (found === null) break;
      names.push(found.name);
      k = found.next;
      if (k < t.count && BYLINE_JOINERS.hasToken(t, k)) k++;
      else break;
    }
    return names.length > 0 ? names : null;
  }
  const bar = line.indexOf('|');
  if (bar > 0 && findDate(t) !== null) {
    const found = nameFrom(line, t, 0);
    if (found !== null && t.end[found.next - 1]! <= bar) return [found.name];
  }
  return null;
}

function isCaption(t: Tokens, line: string, words: number): boolean {
  if (words < 2 || words > 10 || TERMINAL_END.test(line.slice(-TAIL))) return false;
  for (let i = 0; i < t.count; i++) {
    const capital = t.kind[i] === WORD && (t.flags[i]! & CAPITALISED) !== 0;
    if (!capital && !CONNECTORS.hasToken(t, i) && t.kind[i] !== NUMBER) return false;
  }
  return true;
}

function looksLikeHeadline(line: string, words: number): boolean {
  return words >= 2 && words <= 30 && !PERIOD_END.test(line.slice(-TAIL));
}

/** A header-zone line, read once. */
interface ZoneLine {
  t: Tokens;
  words: number;
  /** Lowercase copy, made when first asked for (`lowerOf`). */
  lower: string | null;
  icon: boolean;
}

/** The line's lowercase copy: the key that finds repeated lines (toLines leaves one plain space between words). */
function lowerOf(z: ZoneLine): string {
  return (z.lower ??= z.t.text.toLowerCase());
}

/** Finds the header in lines as toLines makes them (trimmed, one plain space between words). */
export function parseHeader(lines: readonly string[]): Header {
  const zone: ZoneLine[] = [];
  const zoneLimit = Math.min(lines.length - 1, 12);
  while (zone.length < zoneLimit) {
    const line = lines[zone.length]!;
    if (surelyBody(line)) break;
    const t = tokenize(line);
    const words = wordCount(t);
    const icon = isIconStrip(t, words);
    if (!icon && isBodyLine(line, words) && BREADCRUMB.phrases.longestAt(t, 0) === 0) break;
    zone.push({ t, words, lower: null, icon });
  }
  const zoneEnd = zone.length;
  const bylines: string[] = [];
  let published: string | null = null;
  let breadcrumbTail: string | null = null;
  let lastMetaLine = -1;
  const kept: number[] = [];
  for (let i = 0; i < zoneEnd; i++) {
    const line = lines[i]!;
    const { t, words, icon } = zone[i]!;
    if (icon) continue;
    if (BREADCRUMB.phrases.longestAt(t, 0) > 0) {
      const parts = line.split(BREADCRUMB_SEPARATOR);
      breadcrumbTail = parts[parts.length - 1]!.trim();
      continue;
    }
    const names = bylineNames(line, t, words);
    if (names !== null) {
      bylines.push(...names);
      published ??= findDate(t);
      lastMetaLine = i;
      continue;
    }
    const date = dateOfDateLine(t, words);
    if (date !== null) {
      published ??= date;
      lastMetaLine = i;
      continue;
    }
    kept.push(i);
  }

  let headlineAt = -1;
  if (breadcrumbTail !== null) {
    const tail = breadcrumbTail.toLowerCase();
    headlineAt = kept.find((i) => lowerOf(zone[i]!) === tail) ?? -1;
  }
  if (headlineAt < 0) {
    const seen = new Map<string, number>();
    for (const i of kept) {
      const key = lowerOf(zone[i]!);
      if (seen.has(key)) {
        headlineAt = seen.get(key)!;
        break;
      }
      seen.set(key, i);
    }
  }
  if (headlineAt < 0 && kept.length > 0 && looksLikeHeadline(lines[kept[0]!]!, zone[kept[0]!]!.words)) headlineAt = kept[0]!;

  const out: string[] = [];
  let headline: string | null = null;
  if (headlineAt >= 0) {
    headline = lines[headlineAt]!;
    out.push(headline);
    const key = lowerOf(zone[headlineAt]!);
    for (const i of kept) {
      const z = zone[i]!;
      if (i <= headlineAt || lowerOf(z) === key) continue;
      if (lastMetaLine >= 0 && i > lastMetaLine && isCaption(z.t, lines[i]!, z.words)) continue;
      out.push(lines[i]!);
    }
  } else {
    for (const i of kept) out.push(lines[i]!);
  }
  for (let i = zoneEnd; i < lines.length; i++) out.push(lines[i]!);
  return { headline, bylines, published, lines: out };
}
