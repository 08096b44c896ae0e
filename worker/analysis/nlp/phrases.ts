/**
 * Phrase matching over token sequences with tries built once at module load. A trie's edges are
 * vocabulary ids (every phrase word is registered in the vocabulary), so walking it reads only
 * `tokens.ids` (or `tokens.baseIds`, to match possessive-free forms): no strings.
 * Every matcher records its phrases in `MATCHER_TERMS`, so a test can prove that everything the
 * analyser matches comes from the exported lexicon data.
 */
import * as charClasses from './chars';
import * as tokenizer from './tokenize';
import type { Tokens } from './tokenize';
import * as vocabulary from './vocabulary';
import { IdSet, registerWord } from './vocabulary';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { normaliseJoiners } = charClasses;
const { tokenWords } = tokenizer;
const { charWordId, foldedHash, foldedWordId } = vocabulary;
const wordIdOf = vocabulary.wordId;
/** The first word of a line (letters, digits, inner apostrophes), or its first non-space character. */
const FIRST_WORD = /^\s*([\p{L}\p{N}\p{M}]+(?:['’\-‐‑][\p{L}\p{N}\p{M}]+)*|\S)/u;

/** The ASCII characters `\s` matches. */
const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** The ASCII characters `[\p{L}\p{N}\p{M}]` matches (letters and digits). */
const isAsciiWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** Vocabulary id of FIRST_WORD's match in `line`, read through the regex (any characters). */
function firstWordIdByRegex(line: string): number {
  const m = FIRST_WORD.exec(line);
  return m === null ? -1 : wordIdOf(normaliseJoiners(m[1]!.toLowerCase()));
}

/**
 * Vocabulary id of the first word of a line (FIRST_WORD), or -1. While the characters read are
 * ASCII this is a character loop and one vocabulary probe, with no regex and no string; any other
 * character leaves the decision to the regex.
 */
function firstWordId(line: string): number {
  const n = line.length;
  let i = 0;
  while (i < n && isAsciiSpace(line.charCodeAt(i))) i++;
  if (i === n) return -1;
  const first = line.charCodeAt(i);
  if (first >= 0x80) return firstWordIdByRegex(line);
  if (!isAsciiWordChar(first)) return charWordId(first);
  let e = i + 1;
  while (e < n) {
    const c = line.charCodeAt(e);
    if (isAsciiWordChar(c)) {
      e++;
      continue;
    }
    const next = e + 1 < n ? line.charCodeAt(e + 1) : 0x20;
    if (c >= 0x80 || next >= 0x80) return firstWordIdByRegex(line);
    // An apostrophe or hyphen joins only when a word character follows it.
    if ((c !== 0x27 && c !== 0x2d) || !isAsciiWordChar(next)) break;
    e += 2;
  }
  return foldedWordId(line, i, e, foldedHash(line, i, e));
}

/** Every phrase any matcher was built from (for the lexicon-coverage test). */
export const MATCHER_TERMS = new Set<string>();

/** Splits a lexicon phrase exactly as the text tokenizer would. */
export function phraseTokens(phrase: string): string[] {
  return tokenWords(phrase);
}

/** Slots of a new trie's edge table (a power of two). */
const FIRST_SLOTS = 8;
/** An edge's key is its node times 2^16 plus its word's id (ids are far below 2^16; -1 masks to 2^16 - 1, no id). */
const WORD_BITS = 16;
/** Most nodes a trie may have, so that keys stay positive 32-bit integers. */
const MAX_NODES = 1 << (31 - WORD_BITS);

const edgeKey = (from: number, word: number): number => (from << WORD_BITS) | (word & 0xffff);

/**
 * A trie of phrases, each carrying values (e.g. the lexicon entries that list it). Nodes are
 * numbers; the edges (node, vocabulary id) → child live in one open-addressing table of Int32
 * pairs, so a step of a walk is a hash and a read or two of one small array, with no Map.
 */
export class PhraseTrie<T> {
  /** Values of each node (null: no phrase ends there). Node 0 is the root, node 1 the root of the reversed phrases. */
  private readonly values: (T[] | null)[] = [null, null];
  /** Number of children of each node (a leaf needs no table probe). */
  private readonly fanout: number[] = [0, 0];
  /** Edge table, at most half full: slot s holds [key, child] at 2s (key -1: empty). */
  private edges = new Int32Array(2 * FIRST_SLOTS).fill(-1);
  /** Slot count minus one. */
  private mask = FIRST_SLOTS - 1;
  /** 32 minus log2 of the slot count: a hash's top bits pick the first slot. */
  private shift = 32 - Math.log2(FIRST_SLOTS);
  /** Vocabulary ids of the phrases' first words: a quick reject before any trie step. */
  readonly firsts = new IdSet();
  /** Vocabulary ids of the phrases' last words (the same for `longestEndingAt`). */
  private readonly lasts = new IdSet();
  private longest = 0;

  add(phrase: string, value: T): void {
    MATCHER_TERMS.add(phrase);
    const ids = phraseTokens(phrase).map(registerWord);
    if (ids.length === 0) return;
    this.firsts.add(ids[0]!);
    this.lasts.add(ids[ids.length - 1]!);
    this.longest = Math.max(this.longest, ids.length);
    this.insert(0, ids, value);
    this.insert(1, ids.slice().reverse(), value);
  }

  private insert(root: number, ids: readonly number[], value: T): void {
    let cur = root;
    for (const id of ids) {
      let next = this.child(cur, id);
      if (next < 0) {
        next = this.values.length;
        if (next === MAX_NODES) throw new Error(`phrase trie full: more than ${MAX_NODES} nodes`);
        this.values.push(null);
        this.fanout.push(0);
        this.fanout[cur] = this.fanout[cur]! + 1;
        // Every node but the two roots has one edge into it.
        if ((next - 1) * 2 > this.mask + 1) this.grow();
        this.placeEdge(edgeKey(cur, id), next);
      }
      cur = next;
    }
    (this.values[cur] ??= []).push(value);
  }

  /** First slot searched for an edge key. */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The child of node `from` along vocabulary id `word`, or -1 (at once for a word outside the vocabulary). */
  private child(from: number, word: number): number {
    if (word < 0 || this.fanout[from] === 0) return -1;
    const { edges, mask } = this;
    const key = edgeKey(from, word);
    for (let at = this.slotOf(key); ; at = (at + 1) & mask) {
      const k = edges[2 * at]!;
      if (k === key) return edges[2 * at + 1]!;
      if (k < 0) return -1;
    }
  }

  /** Doubles the edge table. */
  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2).fill(-1);
    this.mask = 2 * this.mask + 1;
    this.shift--;
    for (let k = 0; k < old.length; k += 2) if (old[k]! >= 0) this.placeEdge(old[k]!, old[k + 1]!);
  }

  private placeEdge(key: number, to: number): void {
    const { edges, mask } = this;
    let at = this.slotOf(key);
    while (edges[2 * at]! >= 0) at = (at + 1) & mask;
    edges[2 * at] = key;
    edges[2 * at + 1] = to;
  }

  /** Length of the longest phrase (in tokens). */
  get maxLength(): number {
    return this.longest;
  }

  /** Quick test: does token i start any phrase? */
  startsAt(tokens: Tokens, i: number): boolean {
    return this.firsts.has(tokens.ids[i]!);
  }

  /**
   * The phrases starting at token i, shortest first, without a callback: writes their lengths to
   * `lengths` and their values to `values` (both with room for `maxLength`) and returns how many.
   */
  matchesAt(tokens: Tokens, i: number, lengths: Int32Array, values: (readonly T[])[]): number {
    if (!this.firsts.has(tokens.ids[i]!)) return 0;
    const { ids, count } = tokens;
    let n = 0;
    let cur = 0;
    for (let k = i; k < count; k++) {
      cur = this.child(cur, ids[k]!);
      if (cur < 0) break;
      const found = this.values[cur]!;
      if (found === null) continue;
      lengths[n] = k - i + 1;
      values[n++] = found;
    }
    return n;
  }

  /** Length of the longest phrase starting at token i, or 0. */
  longestAt(tokens: Tokens, i: number, ids: Int32Array = tokens.ids): number {
    if (i >= tokens.count || !this.firsts.has(ids[i]!)) return 0;
    let best = 0;
    let cur = 0;
    for (let k = i; k < tokens.count; k++) {
      cur = this.child(cur, ids[k]!);
      if (cur < 0) break;
      if (this.values[cur] !== null) best = k - i + 1;
    }
    return best;
  }

  /** Values of the longest phrase starting at token i, or null. */
  valuesAt(tokens: Tokens, i: number, ids: Int32Array = tokens.ids): { length: number; values: readonly T[] } | null {
    if (i >= tokens.count || !this.firsts.has(ids[i]!)) return null;
    let length = 0;
    let values: T[] | null = null;
    let cur = 0;
    for (let k = i; k < tokens.count; k++) {
      cur = this.child(cur, ids[k]!);
      if (cur < 0) break;
      const found = this.values[cur]!;
      if (found === null) continue;
      length = k - i + 1;
      values = found;
    }
    return values === null ? null : { length, values };
  }

  /**
   * Cheap pre-check on raw text: could a phrase start at the beginning of `line`? Reads only the
   * first word (or first character), so callers can skip tokenizing lines that cannot match.
   */
  mayStart(line: string): boolean {
    return this.firsts.has(firstWordId(line));
  }

  /** Length of the longest phrase ending at token j (inclusive), or 0. */
  longestEndingAt(tokens: Tokens, j: number, ids: Int32Array = tokens.ids): number {
    if (j < 0 || j >= tokens.count || !this.lasts.has(ids[j]!)) return 0;
    let best = 0;
    let cur = 1;
    for (let k = j; k >= 0; k--) {
      cur = this.child(cur, ids[k]!);
      if (cur < 0) break;
      if (this.values[cur] !== null) best = j - k + 1;
    }
    return best;
  }

  /** True when token i alone is one of the phrases. */
  hasOneWord(tokens: Tokens, i: number): boolean {
    const one = this.child(0, tokens.ids[i]!);
    return one >= 0 && this.values[one] !== null;
  }
}

/** A set of phrases without values. */
export class PhraseSet extends PhraseTrie<true> {
  constructor(phrases: readonly string[]) {
    super();
    for (const p of phrases) this.add(p, true);
  }
}

/** A set of single words (fast path); multiword phrases in the list are ignored by `has`. */
export class WordSet {
  private readonly words: Set<string>;
  /** Vocabulary ids of the words. */
  readonly ids = new IdSet();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      MATCHER_TERMS.add(p);
      this.ids.add(registerWord(p));
    }
    this.words = new Set(phrases);
  }
  /** Membership of any lowercase string (e.g. a possessive-free base form). */
  has(word: string | undefined): boolean {
    return word !== undefined && this.words.has(word);
  }
  /** Membership of token i's lowercase form (an array read). */
  hasToken(tokens: Tokens, i: number): boolean {
    return i >= 0 && i < tokens.count && this.ids.has(tokens.ids[i]!);
  }
}

/**
 * The first token at or after `from` whose id is in `set`, or `count`. A tight loop with no calls,
 * so a detector that gates on a start set skips the many tokens outside it at a table read each.
 */
export function nextIdIn(set: IdSet, ids: Int32Array, from: number, count: number): number {
  let i = from;
  while (i < count && !set.has(ids[i]!)) i++;
  return i;
}

/** The ids that can start a match of any of these sets (a detector's quick per-token gate). */
export function startIds(...sets: ReadonlyArray<WordSet | PhraseTrie<unknown>>): IdSet {
  const out = new IdSet();
  for (const set of sets) out.addAll(set instanceof WordSet ? set.ids : set.firsts);
  return out;
}
