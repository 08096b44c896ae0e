/**
 * Tokens the tokenizer cannot fold character by character: words with non-ASCII letters, digits
 * or combining marks ("Jérôme", "ΑΘΗΝΑ", "İstanbul"), punctuation outside the BMP (emoji), and
 * punctuation from U+3100 up that lowercasing changes. Their lowercase form comes from
 * `String.prototype.toLowerCase` on the whole text (so context-dependent mappings such as the
 * Greek final sigma see the word's surroundings), or, when lowercasing the text changes its length
 * ("İ" → "i̇"), on the token alone. Rare in news text, so this path favours exactness over speed.
 */
import * as charClasses from './chars';
import * as tokenBuffer from './token-buffer';
import type { TokenBuffer } from './token-buffer';
import * as vocabulary from './vocabulary';

// Module-local copies: hot code must not go through cross-module bindings (getters under some loaders).
const { LETTER, classAt, normaliseJoiners } = charClasses;
const { ALL_CAPS, CAPITALISED, POSSESSIVE, WORD } = tokenBuffer;
const { wordId, wordIdIn } = vocabulary;

/** "İ": the one character whose lowercase form is longer ("i̇"). */
const DOTTED_CAPITAL_I = /\u0130/g;
/** The first unit of "İ" and of "Σ" (whose lowercase form depends on what follows it). */
const DOTTED_I = 0x130;
const SIGMA = 0x3a3;

/**
 * Makes `buf.lowerText`: the text lowercased (apostrophes and hyphens normalised), as long as the
 * text. When lowercasing makes the text longer (a "İ"), tokens with "İ" or "Σ" are lowercased
 * alone instead (`lowersAlone`), and the copy is made with "İ" lowercased as "i": it then holds
 * the form of every other token, whose units lowercase the same in any context. Null when another
 * character would make even that copy longer: then every token is lowercased alone.
 */
function makeLowerText(buf: TokenBuffer): string | null {
  const text = buf.text;
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    buf.lowersAlone = true;
    lower = text.replace(DOTTED_CAPITAL_I, 'I').toLowerCase();
  }
  return (buf.lowerText = lower.length === text.length ? normaliseJoiners(lower) : null);
}

/** True when text[s, e) has a "İ" or a "Σ" (see `makeLowerText`). */
function hasContextualUnit(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === DOTTED_I || c === SIGMA) return true;
  }
  return false;
}

/** The token's lowercase form without a possessive ending ("biden's" → "biden", "countries'" stays). */
export function baseOf(lower: string): string {
  return lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** True when str[s, e), a lowercase word, ends in a possessive "'s" (3+ characters). */
function endsPossessive(str: string, s: number, e: number): boolean {
  return e - s > 2 && str.charCodeAt(e - 1) === 0x73 && str.charCodeAt(e - 2) === 0x27;
}

/**
 * Case flags of the word [s, e) whose first unit lowercases to `firstLower`, comparing the text
 * with its lowercase copy `lower` (null: the word was lowercased alone).
 */
function caseFlags(text: string, lower: string | null, s: number, e: number, firstLower: number): number {
  if (text.charCodeAt(s) === firstLower) return 0;
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

/** Pushes the unusual token [s, e) of `buf.text`. */
export function pushUnusual(buf: TokenBuffer, s: number, e: number, kind: number): void {
  // one lowercase copy per text, made only when the text has such a token
  const lowerText = buf.lowerText === undefined ? makeLowerText(buf) : buf.lowerText;
  if (lowerText === null || (buf.lowersAlone && hasContextualUnit(buf.text, s, e))) pushLoweredAlone(buf, s, e, kind);
  else pushFromLowerText(buf, lowerText, s, e, kind);
}

/**
 * The token read where it stands in the lowercase text: no string is made (`lower` slices the
 * lowercase text, which the buffer keeps). Its case flags are read as `pushLoweredAlone` reads
 * them when tokens are lowercased alone.
 */
function pushFromLowerText(buf: TokenBuffer, lowerText: string, s: number, e: number, kind: number): void {
  const id = wordIdIn(lowerText, s, e);
  const possessive = endsPossessive(lowerText, s, e);
  const flags = kind === WORD ? caseFlags(buf.text, buf.lowersAlone ? null : lowerText, s, e, lowerText.charCodeAt(s)) | (possessive ? POSSESSIVE : 0) : 0;
  buf.push(s, e, kind, flags, id, possessive ? wordIdIn(lowerText, s, e - 2) : id);
}

/**
 * A token lowercased alone (see `makeLowerText`); a form outside the vocabulary is stored for
 * `lower` and `lowerLength` (its length may differ from the token's).
 */
function pushLoweredAlone(buf: TokenBuffer, s: number, e: number, kind: number): void {
  const text = buf.text;
  const low = normaliseJoiners(text.slice(s, e).toLowerCase());
  const id = wordId(low);
  const possessive = endsPossessive(low, 0, low.length);
  const flags = kind === WORD ? caseFlags(text, null, s, e, low.charCodeAt(0)) | (possessive ? POSSESSIVE : 0) : 0;
  if (id < 0) (buf.unusual ??= new Map()).set(buf.count, low);
  buf.push(s, e, kind, flags, id, possessive ? wordId(low.slice(0, -2)) : id);
}
