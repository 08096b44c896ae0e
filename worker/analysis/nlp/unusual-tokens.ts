/**
 * Tokens the tokenizer cannot fold character by character: words with non-ASCII letters, digits
 * or combining marks ("Jérôme", "ΑΘΗΝΑ", "İstanbul"), punctuation outside the BMP (emoji), and
 * punctuation from U+3100 up that lowercasing changes. Their lowercase form comes from `String.prototype.toLowerCase` on the whole text
 * (so context-dependent mappings such as the Greek final sigma see the word's surroundings), or,
 * when lowercasing the text changes its length ("İ" → "i̇"), on the token alone. Rare in news text,
 * so this path favours exactness over speed.
 */
import * as charClasses from './chars';
import * as tokenBuffer from './token-buffer';
import type { TokenBuffer } from './token-buffer';
import * as vocabulary from './vocabulary';

// Module-local copies: hot code must not go through cross-module bindings (getters under some loaders).
const { LETTER, classAt, normaliseJoiners } = charClasses;
const { ALL_CAPS, CAPITALISED, POSSESSIVE, WORD } = tokenBuffer;
const { vocabularyWord, wordId, wordIdIn } = vocabulary;

/** Lowercase text with the same length as `text` (apostrophes and hyphens normalised), or null if casing changes lengths. */
export function lowerCopy(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? normaliseJoiners(lower) : null;
}

/** The token's lowercase form without a possessive ending ("biden's" → "biden", "countries'" stays). */
export function baseOf(lower: string): string {
  return lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** POSSESSIVE when the lowercase word ends in "'s" (3+ characters). */
function possessive(low: string): number {
  const n = low.length;
  return n > 2 && low.charCodeAt(n - 1) === 0x73 && low.charCodeAt(n - 2) === 0x27 ? POSSESSIVE : 0;
}

/** Case flags of the word [s, e), comparing the text with its lowercase copy. */
function caseFlags(text: string, lower: string | null, s: number, e: number, low: string): number {
  const first = text.charCodeAt(s);
  if (first === (lower !== null ? lower.charCodeAt(s) : low.charCodeAt(0))) return 0;
  if (e - s < 2) return CAPITALISED;
  if (lower === null) {
    const raw = text.slice(s, e);
    return raw === raw.toUpperCase() ? CAPITALISED | ALL_CAPS : CAPITALISED;
  }
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    // a character that equals its lowercase form and is a letter is lowercase: not all caps
    if (c === lower.charCodeAt(k) && classAt(text, k) === LETTER) return CAPITALISED;
  }
  return CAPITALISED | ALL_CAPS;
}

/**
 * True when lowercasing the text changed a unit of [s, e). Only then may `lower(k)`, which
 * lowercases the token alone, differ from the form read in the lowercase text (the Greek final
 * sigma is the one mapping that depends on context, and "Σ" never maps to itself).
 */
function lowered(text: string, lowerText: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) !== lowerText.charCodeAt(k)) return true;
  return false;
}

/**
 * Pushes the unusual token [s, e) of `buf.text`. A lowercase form outside the vocabulary is
 * stored (in `buf.unusual`) unless lowercasing leaves the token as it is (emoji): then `lower(k)`
 * and `lowerLength(k)` make the same form from the text. (Without a lowercase text, lengths change.)
 */
export function pushUnusual(buf: TokenBuffer, s: number, e: number, kind: number): void {
  const text = buf.text;
  // one lowercase copy per text, made only when the text has such a token
  if (buf.lowerText === undefined) buf.lowerText = lowerCopy(text);
  const lowerText = buf.lowerText;
  let id: number;
  let low: string;
  if (lowerText !== null) {
    id = wordIdIn(lowerText, s, e);
    low = id >= 0 ? vocabularyWord(id) : lowerText.slice(s, e);
  } else {
    low = normaliseJoiners(text.slice(s, e).toLowerCase());
    id = wordId(low);
  }
  const base = baseOf(low);
  const flags = kind === WORD ? caseFlags(text, lowerText, s, e, low) | possessive(low) : 0;
  if (id < 0 && (lowerText === null || lowered(text, lowerText, s, e))) (buf.unusual ??= new Map()).set(buf.count, low);
  buf.push(s, e, kind, flags, id, base === low ? id : wordId(base));
}
