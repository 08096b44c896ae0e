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
 * vocabulary's own; any other token's is sliced when asked for, from the text's lowercase copy
 * when the tokenizer made one (for tokens whose lowercase form could not be read character by
 * character, such as non-ASCII letters), else from the text. In the rare text that lowercasing
 * makes longer ("İ"), the tokenizer stores the forms of tokens with "İ" or "Σ" in `unusual`.
 */
import * as charClasses from './chars';
import { carve } from './int-columns';
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

/** The six columns of a buffer. */
type Columns = Pick<TokenBuffer, 'start' | 'end' | 'ids' | 'baseIds' | 'kind' | 'flags'>;

/** Zeroed columns for `capacity` tokens. */
function allocate(capacity: number): Columns {
  // one shared-block range for all six columns (see int-columns.ts)
  const { buffer, at } = carve(capacity * BYTES_PER_TOKEN);
  return {
    start: new Int32Array(buffer, at, capacity),
    end: new Int32Array(buffer, at + capacity * 4, capacity),
    ids: new Int32Array(buffer, at + capacity * 8, capacity),
    baseIds: new Int32Array(buffer, at + capacity * 12, capacity),
    kind: new Uint8Array(buffer, at + capacity * 16, capacity),
    flags: new Uint8Array(buffer, at + capacity * 17, capacity),
  };
}

/**
 * The columns every buffer is built in (one text at a time: tokenizing does not nest). A text of n
 * units has at most n tokens, so a buffer reserves that many up front and never grows while the
 * tokenizer writes; `finish` copies the tokens out at their final size, unless the buffer borrowed
 * the scratch (see `borrow`). Null while a borrowing buffer holds it.
 */
let scratch: Columns | null = allocate(1 << 12);
/** Token counts up to this are copied element by element. */
const SHORT = 32;
/** Zeroed tokens after the last in finished columns (reads just past `count` see zeros, as with storage sized in advance). */
const SLACK = 16;
/**
 * Scratch columns made for more tokens than this (a text over 64 K characters) are not kept for
 * the next text; growing scratch doubles up to it, so that texts up to 64 K characters all reuse
 * one set of columns.
 */
const SCRATCH_KEEP = (1 << 16) + SLACK;

/** Scratch columns with room for `capacity` tokens (new ones when a borrowing buffer holds them). */
function scratchFor(capacity: number): Columns {
  if (scratch !== null && scratch.start.length >= capacity) return scratch;
  const columns = allocate(Math.max(capacity, scratch === null ? 1 << 12 : Math.min(scratch.start.length * 2, SCRATCH_KEEP)));
  if (columns.start.length <= SCRATCH_KEEP) scratch = columns;
  return columns;
}

/** Columns with no room: what a buffer holds once it has given its borrowed columns back. */
const EMPTY = allocate(0);

export class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  ids: Int32Array;
  baseIds: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  /** Lowercase forms of tokens outside the vocabulary that were lowercased alone (made for the first). */
  unusual: Map<number, string> | null = null;
  /** The text's lowercase copy, made at the first unusual token (see unusual-tokens.ts); undefined before. */
  lowerText: string | null | undefined = undefined;
  /** True when lowercasing makes the text longer: tokens with "İ" or "Σ" are then lowercased alone. */
  lowersAlone = false;

  /** True while the buffer holds the scratch columns as its own (see `borrow`). */
  private borrowed = false;

  /**
   * A buffer built in the scratch columns. With `borrow`, a buffer that still holds them when it
   * finishes keeps them instead of copying its tokens out: no allocation and no copy, for a
   * caller that tokenizes one long text and gives the columns back (`giveBack`) when done.
   */
  constructor(
    readonly text: string,
    private readonly borrow = false,
  ) {
    ({ start: this.start, end: this.end, ids: this.ids, baseIds: this.baseIds, kind: this.kind, flags: this.flags } = scratchFor(text.length + SLACK));
  }

  private use(columns: Columns): void {
    ({ start: this.start, end: this.end, ids: this.ids, baseIds: this.baseIds, kind: this.kind, flags: this.flags } = columns);
  }

  push(s: number, e: number, kind: number, flags: number, id: number, baseId: number): void {
    const n = this.count++;
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = kind;
    this.flags[n] = flags;
    this.ids[n] = id;
    this.baseIds[n] = baseId;
  }

  /** Moves the tokens to columns of their own, sized to fit, or keeps the borrowed scratch columns. */
  finish(): void {
    const n = this.count;
    if (this.borrow && scratch !== null && this.start === scratch.start) {
      scratch = null;
      this.borrowed = true;
      // (the scratch holds an earlier text's tokens past `count`)
      for (const column of [this.start, this.end, this.ids, this.baseIds, this.kind, this.flags]) column.fill(0, n, n + SLACK);
      return;
    }
    const to = allocate(n + SLACK);
    if (n <= SHORT) {
      // (a loop is cheaper than making 6 subarrays for a short line's tokens)
      for (let k = 0; k < n; k++) {
        to.start[k] = this.start[k]!;
        to.end[k] = this.end[k]!;
        to.ids[k] = this.ids[k]!;
        to.baseIds[k] = this.baseIds[k]!;
        to.kind[k] = this.kind[k]!;
        to.flags[k] = this.flags[k]!;
      }
    } else {
      to.start.set(this.start.subarray(0, n));
      to.end.set(this.end.subarray(0, n));
      to.ids.set(this.ids.subarray(0, n));
      to.baseIds.set(this.baseIds.subarray(0, n));
      to.kind.set(this.kind.subarray(0, n));
      to.flags.set(this.flags.subarray(0, n));
    }
    this.use(to);
  }

  /** Gives borrowed scratch columns back for the next text; the buffer then holds no tokens. */
  giveBack(): void {
    if (!this.borrowed) return;
    if (this.start.length <= SCRATCH_KEEP && (scratch === null || scratch.start.length < this.start.length)) scratch = { start: this.start, end: this.end, ids: this.ids, baseIds: this.baseIds, kind: this.kind, flags: this.flags };
    this.borrowed = false;
    this.count = 0;
    this.unusual = null;
    this.lowerText = undefined;
    this.lowersAlone = false;
    this.use(EMPTY);
  }

  /** Length of `lower(k)` without making the string. */
  lowerLength(k: number): number {
    const id = this.ids[k]!;
    if (id >= 0) return vocabularyWord(id).length;
    const stored = this.unusual?.get(k);
    return stored !== undefined ? stored.length : this.end[k]! - this.start[k]!;
  }

  /** The lowercase form of token k, with curly apostrophes and Unicode hyphens made ASCII. */
  lower(k: number): string {
    const id = this.ids[k]!;
    if (id >= 0) return vocabularyWord(id);
    const stored = this.unusual?.get(k);
    if (stored !== undefined) return stored;
    // (the lowercase copy, as long as the text, holds every other token's lowercase form where the token stands)
    if (typeof this.lowerText === 'string') return this.lowerText.slice(this.start[k]!, this.end[k]!);
    return normaliseJoiners(this.text.slice(this.start[k]!, this.end[k]!).toLowerCase());
  }
}
