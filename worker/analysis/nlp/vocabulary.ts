/**
 * The matchers' vocabulary: every word any lexicon phrase contains gets a small integer id at
 * module load. The tokenizer looks each token up once, so the many "is this word in list X?"
 * questions asked per token become array reads, and tokens outside every list (most content
 * words) are rejected at once.
 *
 * The lookup reads the token's characters where they stand in the lowercased text (an open-
 * addressing table keyed by an FNV-1a hash of the characters), so a token needs no string of its
 * own to be looked up, and a vocabulary word's string is shared by all its tokens. A probe reads
 * the slot (hash and entry offset side by side) and the word's entry (id, length and units
 * together in one array), so it touches two cache lines, not a string object.
 */
import * as charClasses from './chars';

// Module-local copy: hot loops must not go through cross-module bindings (getters under some loaders).
const { codeAt } = charClasses;

const VOCABULARY = new Map<string, number>();
const WORDS: string[] = [];
/** Most words the vocabulary may hold: id sets are fixed tables of this size (ids are masked into them). */
const MAX_WORDS = 1 << 13;
const ID_MASK = MAX_WORDS - 1;
/** Ids of one-unit words (punctuation), by unit, for the tokenizer's punctuation path (ids fit in 16 bits). */
const CHAR_IDS = new Int16Array(0x10000).fill(-1);
let bits = 12;
let mask = (1 << bits) - 1;
/** Slot `at` of the hash table: its word's hash at `2 * at`, its entry's offset in `entries` at `2 * at + 1` (-1: empty). */
let slots = new Int32Array(2 << bits).fill(-1);
/** Per word: its id, its length, then its UTF-16 units. */
let entries = new Uint16Array(1 << 14);
let entriesUsed = 0;

/** FNV-1a (32-bit) start value and multiplier: the tokenizer hashes words with them as it reads them. */
export const HASH_START = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (stays a small integer in V8). */
function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let k = start; k < end; k++) h = Math.imul(h ^ codeAt(text, k), HASH_PRIME);
  return h;
}

/**
 * The lowercase form of a code unit of an ASCII word: A–Z lowered, the curly apostrophe and the
 * Unicode hyphens made ASCII (as the vocabulary writes them); any other unit unchanged.
 */
export function foldAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x2019) return 0x27;
  if (code === 0x2010 || code === 0x2011) return 0x2d;
  return code;
}

/** `hashOf` of the folded (`foldAscii`) units of text[start, end). */
export function foldedHash(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let k = start; k < end; k++) h = Math.imul(h ^ foldAscii(codeAt(text, k)), HASH_PRIME);
  return h;
}

/** Puts the entry at offset `entry` into the slot its hash selects. */
function place(entry: number, hash: number): void {
  let at = hash & mask;
  while (slots[2 * at + 1]! >= 0) at = (at + 1) & mask;
  slots[2 * at] = hash;
  slots[2 * at + 1] = entry;
}

/** Appends the entry of word `id` and places it. */
function addEntry(id: number, word: string): void {
  const size = word.length + 2;
  if (entriesUsed + size > entries.length) {
    const old = entries;
    entries = new Uint16Array(Math.max(entries.length * 2, entriesUsed + size));
    entries.set(old);
  }
  const entry = entriesUsed;
  entries[entry] = id;
  entries[entry + 1] = word.length;
  for (let k = 0; k < word.length; k++) entries[entry + 2 + k] = word.charCodeAt(k);
  entriesUsed += size;
  place(entry, hashOf(word, 0, word.length));
}

function grow(): void {
  bits++;
  mask = (1 << bits) - 1;
  slots = new Int32Array(2 << bits).fill(-1);
  for (let entry = 0; entry < entriesUsed; entry += entries[entry + 1]! + 2) {
    place(entry, hashOf(WORDS[entries[entry]!]!, 0, entries[entry + 1]!));
  }
}

/** The id of a lexicon word, registering it if new. */
export function registerWord(word: string): number {
  let id = VOCABULARY.get(word);
  if (id === undefined) {
    id = WORDS.length;
    // The last slot stays unused so that -1 (no word) masks to a slot no set contains.
    if (id >= ID_MASK) throw new Error(`vocabulary full: more than ${ID_MASK} lexicon words`);
    // (entries hold lengths as 16-bit units)
    if (word.length > 0xffff) throw new Error(`lexicon word over ${0xffff} characters`);
    VOCABULARY.set(word, id);
    WORDS.push(word);
    if (word.length === 1) CHAR_IDS[word.charCodeAt(0)] = id;
    if (WORDS.length * 3 > mask + 1) grow();
    addEntry(id, word);
  }
  return id;
}

/** The id of the one-unit word with this UTF-16 unit, or -1. */
export function charWordId(code: number): number {
  return CHAR_IDS[code]!;
}

/** The id of a token's lowercase form, or -1 when no lexicon list contains it. */
export function wordId(word: string): number {
  return VOCABULARY.get(word) ?? -1;
}

/** The first slot from `at` on whose word has this hash and length, or -1 when an empty slot comes first. */
function candidateSlot(at: number, hash: number, length: number): number {
  for (; ; at = (at + 1) & mask) {
    const entry = slots[2 * at + 1]!;
    if (entry < 0) return -1;
    if (slots[2 * at] === hash && entries[entry + 1] === length) return at;
  }
}

/** The id of the word text[start, end) with hash `hash`, its units read through `foldAscii` when `fold`; -1 if none. */
function lookup(text: string, start: number, end: number, hash: number, fold: boolean): number {
  const length = end - start;
  for (let at = candidateSlot(hash & mask, hash, length); at >= 0; at = candidateSlot((at + 1) & mask, hash, length)) {
    // entries[entry + 2 + k] is the word's unit k
    const entry = slots[2 * at + 1]!;
    let k = 0;
    while (k < length) {
      const code = codeAt(text, start + k);
      if (entries[entry + 2 + k] !== (fold ? foldAscii(code) : code)) break;
      k++;
    }
    if (k === length) return entries[entry]!;
  }
  return -1;
}

/** The id of the word `text.slice(start, end)` (already lowercase), without creating that string; -1 if none. */
export function wordIdIn(text: string, start: number, end: number): number {
  return lookup(text, start, end, hashOf(text, start, end), false);
}

/**
 * The id of the word text[start, end) read through `foldAscii` (an ASCII word, possibly with curly
 * apostrophes or Unicode hyphens), given `foldedHash` of it; -1 if none. No string is created.
 */
export function foldedWordId(text: string, start: number, end: number, hash: number): number {
  return lookup(text, start, end, hash, true);
}

/**
 * `foldedWordId` for a word given as its UTF-8 bytes[start, end), all ASCII letters, digits, "'",
 * "-", "," or "." (one byte per unit), with the same hash: the tokenizer's common case. On these,
 * `foldAscii(code)` is `code | 0x20` (it sets the lowercase bit of A–Z, which every other one
 * already has), so the compare needs none of `foldAscii`'s branches.
 */
export function bytesWordId(bytes: Uint8Array, start: number, end: number, hash: number): number {
  const length = end - start;
  for (let at = candidateSlot(hash & mask, hash, length); at >= 0; at = candidateSlot((at + 1) & mask, hash, length)) {
    const entry = slots[2 * at + 1]!;
    let k = 0;
    while (k < length && entries[entry + 2 + k] === (bytes[start + k]! | 0x20)) k++;
    if (k === length) return entries[entry]!;
  }
  return -1;
}

/** The string of a vocabulary id (shared by every token of that word). */
export function vocabularyWord(id: number): string {
  return WORDS[id]!;
}

/** A membership table over vocabulary ids (and -1, which no set contains). */
export class IdSet {
  private readonly table = new Uint8Array(MAX_WORDS);

  add(id: number): void {
    this.table[id & ID_MASK] = 1;
  }

  /** Adds every id of another set. */
  addAll(other: IdSet): void {
    for (let k = 0; k < ID_MASK; k++) if (other.table[k] === 1) this.table[k] = 1;
  }

  has(id: number): boolean {
    return this.table[id & ID_MASK] === 1;
  }
}
