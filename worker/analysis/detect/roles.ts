/**
 * Person roles and quote speakers. Roles, strongest first: author (byline), contributor ("listed X
 * as a contributor", "X contributed reporting", "reporting by X"), source (speaker of a quote or a
 * named attribution), mentioned. A quote's speaker is the person its attribution names ("Wray" →
 * "Christopher Wray"), the attributed words as written (an organisation: "Chinese Foreign
 * Ministry"; an unnamed source: "CNN’s source"), or for "he"/"she" the person the pronoun most
 * likely stands for: a person named earlier in its own sentence outside quotation marks, else the
 * first person named in the nearest sentence before that names one (the subject, in news prose:
 * "Smith met Obama on Tuesday. “It went well,” he said." → Smith).
 */
import { LEXICON } from '../lexicon';
import { PhraseTrie, WordSet } from '../nlp/phrases';
import { sentenceEnd, type Sentences } from '../nlp/sentences';
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

/** The person a "he"/"she" at token `at` stands for (see the module comment), or -1. */
function pronounReferent(t: Tokens, sentences: Sentences, index: PeopleIndex, at: number, quoted: (k: number) => boolean): number {
  const floor = Math.max(0, at - PRONOUN_LOOKBACK);
  const person = (k: number): number => (quoted(k) ? -1 : index.personOfToken[k]!);
  let s = sentences.ofToken[at]!;
  for (let k = at - 1; k >= Math.max(floor, sentences.firstToken[s]!); k--) if (person(k) >= 0) return person(k);
  for (s--; s >= 0 && sentences.firstToken[s + 1]! > floor; s--) {
    const first = Math.max(floor, sentences.firstToken[s]!);
    const end = sentences.firstToken[s + 1]!;
    for (let k = first; k < end; k++) if (person(k) >= 0) return person(k);
  }
  return -1;
}

function speakerName(t: Tokens, sentences: Sentences, index: PeopleIndex, r: TokenRange, quoted: (k: number) => boolean): string {
  const id = personIn(index, r);
  if (id >= 0) return index.people[id]!.name;
  if (r[1] - r[0] === 1 && PRONOUNS.hasToken(t, r[0])) {
    const referent = pronounReferent(t, sentences, index, r[0], quoted);
    if (referent >= 0) return index.people[referent]!.name;
  }
  const first = ARTICLES.hasToken(t, r[0]) && r[1] - r[0] > 1 ? r[0] + 1 : r[0];
  return t.text.slice(t.start[first]!, t.end[r[1] - 1]!);
}

/**
 * Direct quotes with their speakers. `quoted(k)` tells whether token k lies inside a direct
 * quotation (a name inside someone's quote is not who says it).
 */
export function toQuotes(t: Tokens, sentences: Sentences, index: PeopleIndex, found: readonly FoundQuote[], quoted: (k: number) => boolean): Quote[] {
  return found
    .filter((q) => q.kind === 'direct')
    .map((q) => ({
      start: q.open + 1,
      end: q.close,
      text: t.text.slice(q.open + 1, q.close),
      speaker: q.speaker === null ? null : speakerName(t, sentences, index, q.speaker, quoted),
      speakerSpan: q.speaker === null ? null : { start: t.start[q.speaker[0]]!, end: t.end[q.speaker[1] - 1]! },
    }));
}

/** Whether a contributor cue stands next to one of the mentions (flat token ranges) in its sentence. */
function hasContributorMention(t: Tokens, sentences: Sentences, ranges: readonly number[]): boolean {
  for (let r = 0; r < ranges.length; r += 2) {
    const first = ranges[r]!;
    const end = ranges[r + 1]!;
    const s = sentences.ofToken[first]!;
    const floor = sentences.firstToken[s]!;
    const ceil = sentenceEnd(sentences, s);
    for (let k = end; k < Math.min(ceil, end + CUE_WINDOW); k++) if (CONTRIBUTOR.longestAt(t, k) > 0) return true;
    for (let k = first - 1; k >= Math.max(floor, first - 3); k--) if (CONTRIBUTOR.longestEndingAt(t, k) > 0) return true;
  }
  return false;
}

export function toPeople(t: Tokens, sentences: Sentences, index: PeopleIndex, quotes: readonly FoundQuote[], sources: readonly FoundSource[]): Person[] {
  const isSource = new Uint8Array(index.people.length);
  for (const s of sources) if (s.nameRange !== null) { const id = personIn(index, s.nameRange); if (id >= 0) isSource[id] = 1; }
  for (const q of quotes) if (q.speaker !== null) { const id = personIn(index, q.speaker); if (id >= 0) isSource[id] = 1; }
  const out: Person[] = [];
  for (let id = 0; id < index.people.length; id++) {
    const p = index.people[id]!;
    if (!p.author && p.mentions.length === 0) continue; // never mentioned: not listed
    let role: PersonRole = 'mentioned';
    if (p.author) role = 'author';
    else if (hasContributorMention(t, sentences, p.ranges)) role = 'contributor';
    else if (isSource[id] === 1) role = 'source';
    out.push({ name: p.name, role, mentions: p.mentions });
  }
  return out;
}
