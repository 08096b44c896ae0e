/**
 * Person roles and quote speakers. Roles, strongest first: author (byline), contributor ("listed X
 * as a contributor", "X contributed reporting", "reporting by X"), source (speaker of a quote or a
 * named attribution), mentioned. A quote's speaker is the person its attribution names ("Wray" →
 * "Christopher Wray"), the person last mentioned for "he"/"she", or the attributed words as
 * written (an organisation: "Chinese Foreign Ministry"; an unnamed source: "CNN’s source").
 */
import { LEXICON } from '../lexicon';
import { PhraseTrie, WordSet } from '../nlp/phrases';
import type { Sentences } from '../nlp/sentences';
import type { Tokens } from '../nlp/tokenize';
import type { Person, PersonRole, Quote } from '../types';
import type { PeopleIndex } from './people';
import type { TokenRange } from './phrases-around';
import type { FoundQuote } from './quotes';
import type { FoundSource } from './sources';

const CONTRIBUTOR = new PhraseTrie<true>();
for (const p of LEXICON.people.contributorCues.pattern) CONTRIBUTOR.add(p, true);
const PRONOUNS = new WordSet(LEXICON.people.pronouns.pattern);
const ARTICLES = new WordSet(LEXICON.sources.articles.pattern);
const CUE_WINDOW = 6;
const PRONOUN_LOOKBACK = 200;

function personIn(index: PeopleIndex, r: TokenRange): number {
  for (let k = r[1] - 1; k >= r[0]; k--) if (index.personOfToken[k]! >= 0) return index.personOfToken[k]!;
  return -1;
}

function speakerName(t: Tokens, index: PeopleIndex, r: TokenRange): string {
  const id = personIn(index, r);
  if (id >= 0) return index.people[id]!.name;
  if (r[1] - r[0] === 1 && PRONOUNS.has(t.lower[r[0]])) {
    for (let k = r[0] - 1; k >= Math.max(0, r[0] - PRONOUN_LOOKBACK); k--) {
      if (index.personOfToken[k]! >= 0) return index.people[index.personOfToken[k]!]!.name;
    }
  }
  const first = ARTICLES.has(t.lower[r[0]]) && r[1] - r[0] > 1 ? r[0] + 1 : r[0];
  return t.text.slice(t.start[first]!, t.end[r[1] - 1]!);
}

export function toQuotes(t: Tokens, index: PeopleIndex, found: readonly FoundQuote[]): Quote[] {
  return found
    .filter((q) => q.kind === 'direct')
    .map((q) => ({
      start: q.inner.start,
      end: q.inner.end,
      text: t.text.slice(q.inner.start, q.inner.end),
      speaker: q.speaker === null ? null : speakerName(t, index, q.speaker),
      speakerSpan: q.speaker === null ? null : { start: t.start[q.speaker[0]]!, end: t.end[q.speaker[1] - 1]! },
    }));
}

function isContributorMention(t: Tokens, sentences: Sentences, r: [number, number]): boolean {
  const s = sentences.ofToken[r[0]]!;
  const floor = sentences.firstToken[s]!;
  const ceil = s + 1 < sentences.firstToken.length ? sentences.firstToken[s + 1]! : t.count;
  for (let k = r[1]; k < Math.min(ceil, r[1] + CUE_WINDOW); k++) if (CONTRIBUTOR.longestAt(t, k) > 0) return true;
  for (let k = r[0] - 1; k >= Math.max(floor, r[0] - 3); k--) if (CONTRIBUTOR.longestEndingAt(t, k) > 0) return true;
  return false;
}

export function toPeople(t: Tokens, sentences: Sentences, index: PeopleIndex, quotes: readonly FoundQuote[], sources: readonly FoundSource[]): Person[] {
  const isSource = new Uint8Array(index.people.length);
  for (const s of sources) if (s.nameRange !== null) { const id = personIn(index, s.nameRange); if (id >= 0) isSource[id] = 1; }
  for (const q of quotes) if (q.speaker !== null) { const id = personIn(index, q.speaker); if (id >= 0) isSource[id] = 1; }
  return index.people
    .map((p, id) => {
      let role: PersonRole = 'mentioned';
      if (p.author) role = 'author';
      else if (p.ranges.some((r) => isContributorMention(t, sentences, r))) role = 'contributor';
      else if (isSource[id] === 1) role = 'source';
      return { name: p.name, role, mentions: p.mentions };
    })
    .filter((p) => p.role === 'author' || p.mentions.length > 0);
}
