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
const wordIdOf = vocabulary.wordId;
/** The first word of a line (letters, digits, inner apostrophes), or its first non-space character. */
const FIRST_WORD = /^\s*([\p{L}\p{N}\p{M}]+(?:['’\-‐‑][\p{L}\p{N}\p{M}]+)*|\S)/u;

/** Every phrase any matcher was built from (for the lexicon-coverage test). */
export const MATCHER_TERMS = new Set<string>();

interface Node<T> {
  /** Children by vocabulary id. */
  next: Map<number, Node<T>> | null;
  values: T[] | null;
}

const node = <T>(): Node<T> => ({ next: null, values: null });

/** Splits a lexicon phrase exactly as the text tokenizer would. */
export function phraseTokens(phrase: string): string[] {
  return tokenWords(phrase);
}

/** A trie of phrases, each carrying values (e.g. the lexicon entries that list it). */
export class PhraseTrie<T> {
  private readonly root: Node<T> = node();
  private readonly reverse: Node<T> = node();
  /** Vocabulary ids of the phrases' first words: a quick reject before any map lookup. */
  readonly firsts = new IdSet();
  /** Vocabulary ids of the phrases' last words (the same for `longestEndingAt`). */
  private readonly lasts = new IdSet();

  add(phrase: string, value: T): void {
    MATCHER_TERMS.add(phrase);
    const ids = phraseTokens(phrase).map(registerWord);
    if (ids.length === 0) return;
    this.firsts.add(ids[0]!);
    this.lasts.add(ids[ids.length - 1]!);
    this.insert(this.root, ids, value);
    this.insert(this.reverse, ids.slice().reverse(), value);
  }

  private insert(root: Node<T>, ids: readonly number[], value: T): void {
    let cur = root;
    for (const id of ids) {
      if (cur.next === null) cur.next = new Map();
      let nxt = cur.next.get(id);
      if (nxt === undefined) {
        nxt = node();
        cur.next.set(id, nxt);
      }
      cur = nxt;
    }
    (cur.values ??= []).push(value);
  }

  /** Quick test: does token i start any phrase? */
  startsAt(tokens: Tokens, i: number): boolean {
    return this.firsts.has(tokens.ids[i]!);
  }

  /** Calls `fn(length, values)` for every phrase starting at token i (shortest first). */
  forEachAt(tokens: Tokens, i: number, fn: (length: number, values: readonly T[]) => void, ids: Int32Array = tokens.ids): void {
    if (!this.firsts.has(ids[i]!)) return;
    let cur: Node<T> | undefined = this.root;
    for (let k = i; k < tokens.count; k++) {
      cur = cur.next?.get(ids[k]!);
      if (cur === undefined) return;
      if (cur.values !== null) fn(k - i + 1, cur.values);
    }
  }

  /** Length of the longest phrase starting at token i, or 0. */
  longestAt(tokens: Tokens, i: number, ids: Int32Array = tokens.ids): number {
    if (i >= tokens.count || !this.firsts.has(ids[i]!)) return 0;
    let best = 0;
    let cur: Node<T> | undefined = this.root;
    for (let k = i; k < tokens.count; k++) {
      cur = cur.next?.get(ids[k]!);
      if (cur === undefined) break;
      if (cur.values !== null) best = k - i + 1;
    }
    return best;
  }

  /** Values of the longest phrase starting at token i, or null. */
  valuesAt(tokens: Tokens, i: number, ids: Int32Array = tokens.ids): { length: number; values: readonly T[] } | null {
    if (i >= tokens.count || !this.firsts.has(ids[i]!)) return null;
    let found: { length: number; values: readonly T[] } | null = null;
    let cur: Node<T> | undefined = this.root;
    for (let k = i; k < tokens.count; k++) {
      cur = cur.next?.get(ids[k]!);
      if (cur === undefined) break;
      if (cur.values !== null) found = { length: k - i + 1, values: cur.values };
    }
    return found;
  }

  /**
   * Cheap pre-check on raw text: could a phrase start at the beginning of `line`? Reads only the
   * first word (or first character), so callers can skip tokenizing lines that cannot match.
   */
  mayStart(line: string): boolean {
    const m = FIRST_WORD.exec(line);
    return m !== null && this.firsts.has(wordIdOf(normaliseJoiners(m[1]!.toLowerCase())));
  }

  /** Length of the longest phrase ending at token j (inclusive), or 0. */
  longestEndingAt(tokens: Tokens, j: number, ids: Int32Array = tokens.ids): number {
    if (j < 0 || j >= tokens.count || !this.lasts.has(ids[j]!)) return 0;
    let best = 0;
    let cur: Node<T> | undefined = this.reverse;
    for (let k = j; k >= 0; k--) {
      cur = cur.next?.get(ids[k]!);
      if (cur === undefined) break;
      if (cur.values !== null) best = j - k + 1;
    }
    return best;
  }

  /** True when token i alone is one of the phrases. */
  hasOneWord(tokens: Tokens, i: number): boolean {
    return (this.root.next?.get(tokens.ids[i]!)?.values ?? null) !== null;
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

/** The ids that can start a match of any of these sets (a detector's quick per-token gate). */
export function startIds(...sets: ReadonlyArray<WordSet | PhraseTrie<unknown>>): IdSet {
  const out = new IdSet();
  for (const set of sets) out.addAll(set instanceof WordSet ? set.ids : set.firsts);
  return out;
}
