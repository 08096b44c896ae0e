/**
 * People: full names found by `names.ts`, authors from the bylines, and later single-word mentions
 * joined to a full name. A single word joins a person when it is the last word of their name
 * ("Wray" → "Christopher Wray", "Biden’s" → "Joe Biden") or the first word of a two-word name
 * that does not start with a known first name (family name first: "President Xi" → "Xi Jinping",
 * "Wang" → "Wang Yi"). With several candidates, the most recently mentioned person wins.
 */
import { LEXICON } from '../lexicon';
import { int32Column } from '../nlp/int-columns';
import { WordSet } from '../nlp/phrases';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import * as vocabulary from '../nlp/vocabulary';
import type { Span } from '../types';
import { capitalisedTokens, findNameCandidates, nameEnd, nameText } from './names';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, POSSESSIVE, WORD, baseOf } = tokenizer;
const { HASH_PRIME, HASH_START, foldedHash, foldedWordId } = vocabulary;

const FIRST_NAMES = new WordSet(LEXICON.people.firstNames.pattern);
const MAX_NAME_WORDS = 4;

export interface PersonRecord {
  name: string;
  author: boolean;
  mentions: Span[];
  /** Token ranges of the mentions, flat: mention j covers tokens [ranges[2j], ranges[2j + 1]). */
  ranges: number[];
}

export interface PeopleIndex {
  people: PersonRecord[];
  /** Person index of each token that is part of a mention, else -1. */
  personOfToken: Int32Array;
}

const APOSTROPHES = /[\u2019\u2018]/g;
const SPACES = /\s+/;

/** Whether every unit of `s` is ASCII. */
function isAscii(s: string): boolean {
  for (let p = 0; p < s.length; p++) if (s.charCodeAt(p) >= 128) return false;
  return true;
}

/**
 * The words of a name's key (see `WordTable`: lowercase, or ASCII in any case), possessive-free
 * (names are runs of word tokens joined by spaces). An ASCII key is split in one pass (ASCII white
 * space is what `\s` matches there) and keeps its case.
 */
function nameWords(key: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let p = 0; p <= key.length; p++) {
    const c = p < key.length ? key.charCodeAt(p) : 0x20;
    if (c >= 128) return key.replace(APOSTROPHES, "'").split(SPACES).filter((w) => w !== '').map(baseOf);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      if (p > from) {
        // `baseOf` of the lowercase word: without a final "'s"
        const possessive = p - from > 2 && key.charCodeAt(p - 2) === 0x27 && (key.charCodeAt(p - 1) | 0x20) === 0x73;
        words.push(key.slice(from, possessive ? p - 2 : p));
      }
      from = p + 1;
    }
  }
  return words;
}

/** Whether a word of a name (`nameWords`; ASCII words in any case) is a known first name, with no string made for an ASCII one. */
function isFirstName(word: string): boolean {
  return isAscii(word) ? FIRST_NAMES.ids.has(foldedWordId(word, 0, word.length, foldedHash(word, 0, word.length))) : FIRST_NAMES.has(word);
}

/** The words of a name (`nameWords`) a later single-word mention joins it by. */
function joinKeys(words: string[]): string[] {
  if (words.length < 2) return words;
  const keys = [words[words.length - 1]!];
  if (words.length === 2 && !isFirstName(words[0]!)) keys.push(words[0]!);
  return keys;
}

/** Hash slots of a `WordTable` to start with (a power of two; it doubles as words are added). */
const SLOTS = 1 << 6;

/** FNV-1a step over one UTF-16 unit (the vocabulary's hash). */
const hashStep = (h: number, code: number): number => Math.imul(h ^ code, HASH_PRIME);

/** What `WordTable.findText` returns for text with a unit it cannot fold: the caller looks up the string. */
const UNFOLDED = -2;

/**
 * Unit `c` lowercased as `toLowerCase` does (A–Z lowered); with `joiners`, curly apostrophes and
 * Unicode hyphens made ASCII as `Tokens.lower` writes them. -1 for other non-ASCII units, whose
 * lowercase form only the string path gets exactly right (it may depend on the context or change
 * the length).
 */
function foldUnit(c: number, joiners: boolean): number {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (!joiners) return -1;
  if (c === 0x2019 || c === 0x2018) return 0x27;
  return c === 0x2010 || c === 0x2011 ? 0x2d : -1;
}

/** Unit `c` with A–Z lowered (a stored word's units as its lowercase form has them). */
const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** FNV-1a hash of a word's lowercase units (`lowerAscii`). */
function hashOf(word: string): number {
  let h = HASH_START;
  for (let p = 0; p < word.length; p++) h = hashStep(h, lowerAscii(word.charCodeAt(p)));
  return h;
}

/** Whether two words (see `WordTable`) have the same lowercase form. */
function sameWord(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let p = 0; p < a.length; p++) if (lowerAscii(a.charCodeAt(p)) !== lowerAscii(b.charCodeAt(p))) return false;
  return true;
}

/**
 * One text's lowercase words (or names), found from the text's characters without making a
 * string (the common case: ASCII); text with other characters takes the string path. Holds one
 * text's words at a time (`clear`): the tables outlive the call, since allocating them per text
 * costs more than the lookups save. Ids are given in the order words are added.
 */
class WordTable {
  /** The words as added: lowercase, or ASCII in any case (compared by their lowercase form, `lowerAscii`). */
  private readonly words: string[] = [];
  /** First word id in each hash slot, and the next id in the same slot (-1 ends a chain). */
  private heads = new Int32Array(SLOTS).fill(-1);
  private readonly chain: number[] = [];
  /**
   * A quick reject: bit `z & 31` of `ends[a & 31]` is set for the first and last units a, z of
   * every word. (Only text that starts and ends with ASCII is tested: its lowercase form starts
   * and ends with those units folded.)
   */
  private readonly ends = new Int32Array(32);

  /** `joiners`: the words are tokens' (`Tokens.lower`, see `foldUnit`), else names (`toLowerCase`). */
  constructor(private readonly joiners: boolean) {}

  clear(): void {
    this.words.length = 0;
    this.chain.length = 0;
    if (this.heads.length > SLOTS) this.heads = new Int32Array(SLOTS);
    this.heads.fill(-1);
    this.ends.fill(0);
  }

  /** The id of `word`, adding it if new. */
  add(word: string): number {
    const h = hashOf(word);
    let id = this.idOf(word, h);
    if (id < 0) {
      id = this.words.length;
      this.words.push(word);
      this.chain.push(-1);
      const a = word.charCodeAt(0) & 31;
      this.ends[a] = this.ends[a]! | (1 << (word.charCodeAt(word.length - 1) & 31));
      if (this.words.length > this.heads.length) {
        this.heads = new Int32Array(this.heads.length * 2).fill(-1);
        for (let w = 0; w <= id; w++) this.link(w, hashOf(this.words[w]!));
      } else this.link(id, h);
    }
    return id;
  }

  private link(id: number, hash: number): void {
    const slot = hash & (this.heads.length - 1);
    this.chain[id] = this.heads[slot]!;
    this.heads[slot] = id;
  }

  /** The id of `word` (whose hash is `hash`), or -1. */
  private idOf(word: string, hash: number): number {
    for (let id = this.heads[hash & (this.heads.length - 1)]!; id >= 0; id = this.chain[id]!) if (sameWord(this.words[id]!, word)) return id;
    return -1;
  }

  /** The id of the word text[s, e) folds to (`foldUnit`), -1, or UNFOLDED. */
  private findText(text: string, s: number, e: number): number {
    const a = text.charCodeAt(s);
    const z = text.charCodeAt(e - 1);
    if ((a | z) < 128 && (this.ends[a & 31]! & (1 << (z & 31))) === 0) return -1;
    let h = HASH_START;
    for (let p = s; p < e; p++) {
      const c = foldUnit(text.charCodeAt(p), this.joiners);
      if (c < 0) return UNFOLDED;
      h = hashStep(h, c);
    }
    for (let id = this.heads[h & (this.heads.length - 1)]!; id >= 0; id = this.chain[id]!) if (this.foldedIs(text, s, e, id)) return id;
    return -1;
  }

  /** Whether the folded units of text[s, e) spell word `id`. */
  private foldedIs(text: string, s: number, e: number, id: number): boolean {
    const word = this.words[id]!;
    if (word.length !== e - s) return false;
    for (let p = s; p < e; p++) if (foldUnit(text.charCodeAt(p), this.joiners) !== lowerAscii(word.charCodeAt(p - s))) return false;
    return true;
  }

  /** The id of `text.slice(s, e).toLowerCase()` in a table of names, or -1. */
  findName(text: string, s: number, e: number): number {
    const id = this.findText(text, s, e);
    if (id !== UNFOLDED) return id;
    const lower = text.slice(s, e).toLowerCase();
    return this.idOf(lower, hashOf(lower));
  }

  /** The id of word token k's lowercase form (`base`: possessive-free, as `baseOf` makes it), or -1. */
  findToken(t: Tokens, k: number, base: boolean): number {
    const text = t.text;
    const s = t.start[k]!;
    let e = t.end[k]!;
    // (a word token is POSSESSIVE exactly when `baseOf` shortens its lowercase form)
    if (base && (t.flags[k]! & POSSESSIVE) !== 0) e -= 2;
    const id = this.findText(text, s, e);
    if (id !== UNFOLDED) return id;
    const lower = base ? baseOf(t.lower(k)) : t.lower(k);
    return this.idOf(lower, hashOf(lower));
  }
}

/**
 * Lowercase names (a person's id is their name's id), join keys (possessive-free words) and first
 * words of multi-word names, reused text after text.
 */
const NAMES = new WordTable(false);
const KEYS = new WordTable(true);
const FIRST_WORDS = new WordTable(true);

export function findPeople(t: Tokens, bylines: readonly string[]): PeopleIndex {
  const people: PersonRecord[] = [];
  /** People by join key id (in `KEYS`). */
  const byKey: number[][] = [];
  const personOfToken = int32Column(t.count).fill(-1);
  const lastSeen: number[] = [];
  NAMES.clear();
  KEYS.clear();
  FIRST_WORDS.clear();

  /** The person named `name` (case aside), added if new. */
  const personFor = (name: string, author: boolean): number => {
    const key = isAscii(name) ? name : name.toLowerCase();
    const id = NAMES.add(key);
    if (id === people.length) {
      const words = nameWords(key);
      if (words.length > 1) FIRST_WORDS.add(words[0]!);
      people.push({ name, author, mentions: [], ranges: [] });
      lastSeen.push(-1);
      for (const k of joinKeys(words)) {
        const keyId = KEYS.add(k);
        if (keyId === byKey.length) byKey.push([]);
        byKey[keyId]!.push(id);
      }
    }
    return id;
  };
  /** The person named by tokens [first, end) (`nameText`), added if new; a known name makes no string. */
  const personAt = (first: number, end: number): number => {
    const id = NAMES.findName(t.text, t.start[first]!, nameEnd(t, end));
    return id >= 0 ? id : personFor(nameText(t, first, end), false);
  };
  const mention = (id: number, first: number, end: number): void => {
    people[id]!.mentions.push({ start: t.start[first]!, end: nameEnd(t, end) });
    people[id]!.ranges.push(first, end);
    for (let k = first; k < end; k++) personOfToken[k] = id;
    lastSeen[id] = first;
  };
  /** The person the single word at token i joins (the most recently mentioned one), or -1. */
  const resolve = (i: number): number => {
    const keyId = KEYS.findToken(t, i, true);
    if (keyId < 0) return -1;
    const ids = byKey[keyId]!;
    let best = ids[0]!;
    for (const id of ids) if (lastSeen[id]! > lastSeen[best]!) best = id;
    return best;
  };

  /** A known full name written out at token i ("Xi Jinping" in a headline with no title). */
  const fullNameAt = (i: number): { id: number; end: number } | null => {
    if (FIRST_WORDS.findToken(t, i, false) < 0) return null;
    for (let len = Math.min(MAX_NAME_WORDS, t.count - i); len >= 2; len--) {
      const id = NAMES.findName(t.text, t.start[i]!, nameEnd(t, i + len));
      if (id >= 0) return { id, end: i + len };
    }
    return null;
  };

  for (const author of bylines) personFor(author, true);
  const capitals = capitalisedTokens(t);
  const candidates = findNameCandidates(t, capitals);
  // Full names first, so that an early "President Xi" can join a later "Xi Jinping".
  const candidateIds: number[] = [];
  for (const c of candidates) candidateIds.push(c.end - c.first > 1 ? personAt(c.first, c.end) : -1);
  const { count, kind, flags } = t;
  const { at } = capitals;
  let next = 0;
  let nextFirst = candidates.length > 0 ? candidates[0]!.first : -1;
  // Left to right over the candidates and the other capitalised words; `i` is the first token not
  // yet read (a mention's tokens are not read again). A candidate that a full-name mention runs
  // over is dropped, and so are all later candidates.
  let i = 0;
  let c = 0;
  for (;;) {
    while (c < capitals.count && at[c]! < i) c++;
    const k = c < capitals.count ? at[c]! : count;
    if (nextFirst >= i && nextFirst <= k) {
      const cand = candidates[next]!;
      let id = candidateIds[next]!;
      if (id < 0) {
        id = resolve(nextFirst);
        if (id < 0) id = personAt(cand.first, cand.end);
      }
      mention(id, cand.first, cand.end);
      next++;
      nextFirst = next < candidates.length ? candidates[next]!.first : -1;
      i = cand.end;
      continue;
    }
    if (k === count) break;
    i = k + 1;
    if (kind[k] !== WORD) continue;
    const full = k + 1 < count && (flags[k + 1]! & CAPITALISED) !== 0 ? fullNameAt(k) : null;
    if (full !== null) {
      mention(full.id, k, full.end);
      i = full.end;
      continue;
    }
    const id = resolve(k);
    if (id >= 0) mention(id, k, k + 1);
  }
  return { people, personOfToken };
}
