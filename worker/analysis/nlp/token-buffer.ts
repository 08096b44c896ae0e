/**
 * Column storage for tokens. Token k is the k-th entry of every column:
 *
 *   start, end   Int32   UTF-16 offsets of the token in `text`, end-exclusive
 *   ids          Int32   vocabulary id of the token's lowercase form (-1: in no lexicon list)
 *   baseIds      Int32   vocabulary id of its possessive-free form ("biden's" → "biden"); = ids
 *                        when the token has no possessive "'s"
 *   kind         Uint8   WORD | NUMBER | PUNCT
 *   flags        Uint8   CAPITALISED | ALL_CAPS | POSSESSIVE
 *
 * All six columns share one ArrayBuffer, so analysing an article allocates no per-token objects.
 * Lowercase strings exist only on demand (`lower(k)`): a vocabulary word's string is the
 * vocabulary's own; any other token's is sliced from the text when asked for, except the rare
 * token whose lowercase form could not be read character by character (non-ASCII letters), which
 * the tokenizer stores in `unusual` when it reads it.
 */
import * as charClasses from './chars';
import * as vocabulary from './vocabulary';

// Module-local copies: hot code must not go through cross-module bindings (getters under some loaders).
const { normaliseJoiners } = charClasses;
const { vocabularyWord } = vocabulary;

/** Values of the `kind` column. */
export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

/** Bits of the `flags` column. */
export const CAPITALISED = 1;
export const ALL_CAPS = 2;
/** The word ends in a possessive "'s" ("Biden's"; `baseIds` holds the id without it). */
export const POSSESSIVE = 4;

/** Bytes per token across the six columns (four Int32, two Uint8). */
const BYTES_PER_TOKEN = 18;

export class TokenBuffer {
  count = 0;
  start!: Int32Array;
  end!: Int32Array;
  ids!: Int32Array;
  baseIds!: Int32Array;
  kind!: Uint8Array;
  flags!: Uint8Array;
  /** Lowercase forms the tokenizer computed for tokens outside the vocabulary with unusual characters. */
  readonly unusual = new Map<number, string>();

  constructor(
    readonly text: string,
    capacity: number,
  ) {
    this.allocate(capacity);
  }

  /** Room for at least `capacity` tokens (grows by doubling; the contents are kept). */
  reserve(capacity: number): void {
    if (capacity <= this.start.length) return;
    const old = { start: this.start, end: this.end, ids: this.ids, baseIds: this.baseIds, kind: this.kind, flags: this.flags };
    this.allocate(Math.max(capacity, this.start.length * 2));
    this.start.set(old.start);
    this.end.set(old.end);
    this.ids.set(old.ids);
    this.baseIds.set(old.baseIds);
    this.kind.set(old.kind);
    this.flags.set(old.flags);
  }

  private allocate(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * BYTES_PER_TOKEN);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.ids = new Int32Array(buffer, capacity * 8, capacity);
    this.baseIds = new Int32Array(buffer, capacity * 12, capacity);
    this.kind = new Uint8Array(buffer, capacity * 16, capacity);
    this.flags = new Uint8Array(buffer, capacity * 17, capacity);
  }

  push(s: number, e: number, kind: number, flags: number, id: number, baseId: number): void {
    if (this.count === this.start.length) this.reserve(this.count + 1);
    const n = this.count++;
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = kind;
    this.flags[n] = flags;
    this.ids[n] = id;
    this.baseIds[n] = baseId;
  }

  /** Length of `lower(k)` without making the string. */
  lowerLength(k: number): number {
    const id = this.ids[k]!;
    if (id >= 0) return vocabularyWord(id).length;
    const stored = this.unusual.get(k);
    return stored !== undefined ? stored.length : this.end[k]! - this.start[k]!;
  }

  /** The lowercase form of token k, with curly apostrophes and Unicode hyphens made ASCII. */
  lower(k: number): string {
    const id = this.ids[k]!;
    if (id >= 0) return vocabularyWord(id);
    const stored = this.unusual.get(k);
    if (stored !== undefined) return stored;
    return normaliseJoiners(this.text.slice(this.start[k]!, this.end[k]!).toLowerCase());
  }
}
