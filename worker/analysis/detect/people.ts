/**
 * People: full names found by `names.ts`, authors from the bylines, and later single-word mentions
 * joined to a full name. A single word joins a person when it is the last word of their name
 * ("Wray" → "Christopher Wray", "Biden’s" → "Joe Biden") or the first word of a two-word name
 * that does not start with a known first name (family name first: "President Xi" → "Xi Jinping",
 * "Wang" → "Wang Yi"). With several candidates, the most recently mentioned person wins.
 */
import { LEXICON } from '../lexicon';
import { WordSet } from '../nlp/phrases';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { Span } from '../types';
import { findNameCandidates, nameText } from './names';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, WORD, baseOf } = tokenizer;

const FIRST_NAMES = new WordSet(LEXICON.people.firstNames.pattern);
const MAX_NAME_WORDS = 4;

export interface PersonRecord {
  name: string;
  author: boolean;
  mentions: Span[];
  /** Token ranges of the mentions (parallel to `mentions`). */
  ranges: [number, number][];
}

export interface PeopleIndex {
  people: PersonRecord[];
  /** Person index of each token that is part of a mention, else -1. */
  personOfToken: Int32Array;
}

const APOSTROPHES = /[\u2019\u2018]/g;
const SPACES = /\s+/;

/** The name's words, lowercase and possessive-free (names are runs of word tokens joined by spaces). */
function nameWords(name: string): string[] {
  return name.toLowerCase().replace(APOSTROPHES, "'").split(SPACES).filter((w) => w !== '').map(baseOf);
}

function joinKeys(name: string): string[] {
  const words = nameWords(name);
  if (words.length < 2) return words;
  const keys = [words[words.length - 1]!];
  if (words.length === 2 && !FIRST_NAMES.has(words[0])) keys.push(words[0]!);
  return keys;
}

export function findPeople(t: Tokens, bylines: readonly string[]): PeopleIndex {
  const people: PersonRecord[] = [];
  const byName = new Map<string, number>();
  const byKey = new Map<string, number[]>();
  const personOfToken = new Int32Array(t.count).fill(-1);
  const lastSeen: number[] = [];

  /** First words of the multi-word names known so far: a cheap test before reading a full name. */
  const firstWords = new Set<string>();
  const personFor = (name: string, author: boolean): number => {
    const key = name.toLowerCase();
    let id = byName.get(key);
    if (id === undefined) {
      const words = nameWords(name);
      if (words.length > 1) firstWords.add(words[0]!);
      id = people.length;
      people.push({ name, author, mentions: [], ranges: [] });
      lastSeen.push(-1);
      byName.set(key, id);
      for (const k of joinKeys(name)) {
        const list = byKey.get(k) ?? [];
        list.push(id);
        byKey.set(k, list);
      }
    }
    return id;
  };
  const mention = (id: number, first: number, end: number): void => {
    const { endOffset } = nameText(t, first, end);
    people[id]!.mentions.push({ start: t.start[first]!, end: endOffset });
    people[id]!.ranges.push([first, end]);
    for (let k = first; k < end; k++) personOfToken[k] = id;
    lastSeen[id] = first;
  };
  const resolve = (word: string): number | undefined => {
    const ids = byKey.get(word);
    if (ids === undefined) return undefined;
    let best = ids[0]!;
    for (const id of ids) if (lastSeen[id]! > lastSeen[best]!) best = id;
    return best;
  };

  /** A known full name written out at token i ("Xi Jinping" in a headline with no title). */
  const fullNameAt = (i: number): { id: number; end: number } | null => {
    if (!firstWords.has(t.lower(i))) return null;
    for (let len = Math.min(MAX_NAME_WORDS, t.count - i); len >= 2; len--) {
      const id = byName.get(nameText(t, i, i + len).text.toLowerCase());
      if (id !== undefined) return { id, end: i + len };
    }
    return null;
  };

  for (const author of bylines) personFor(author, true);
  const candidates = findNameCandidates(t);
  // Full names first, so that an early "President Xi" can join a later "Xi Jinping".
  for (const c of candidates) if (c.end - c.first > 1) personFor(c.name, false);
  let next = 0;
  for (let i = 0; i < t.count; i++) {
    const c = candidates[next];
    if (c !== undefined && c.first === i) {
      next++;
      const multi = c.end - c.first > 1;
      const id = multi ? byName.get(c.name.toLowerCase())! : (resolve(baseOf(t.lower(i))) ?? personFor(c.name, false));
      mention(id, c.first, c.end);
      i = c.end - 1;
      continue;
    }
    if (t.kind[i] !== WORD || (t.flags[i]! & CAPITALISED) === 0) continue;
    const full = i + 1 < t.count && (t.flags[i + 1]! & CAPITALISED) !== 0 ? fullNameAt(i) : null;
    if (full !== null) {
      mention(full.id, i, full.end);
      i = full.end - 1;
      continue;
    }
    const id = resolve(baseOf(t.lower(i)));
    if (id !== undefined) mention(id, i, i + 1);
  }
  return { people, personOfToken };
}
