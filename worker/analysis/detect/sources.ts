/**
 * Source references. Anonymous: a source noun phrase ("two people", "one of the sources", "a
 * senior National Security Agency official", "CNN’s source") that is qualified by access ("familiar
 * with", "privy to", "who was briefed"), marked unnamed ("anonymous", "unnamed"), introduced
 * ("according to", "citing"), or followed by a speech verb ("the source said"). Generic person
 * nouns ("people") need a qualifier or a number. A noun followed by a name ("officials Jake
 * Sullivan") is not anonymous; documents ("public US intelligence reports") are not sources.
 * Named: a person (or an organisation) as the subject or object of a speech verb ("Wray told
 * lawmakers", "said Chris Krebs", "The Chinese Foreign Ministry said") or after "according to". A
 * principal telling another named person something ("Xi told Biden") is the story, not sourcing.
 */
import { LEXICON } from '../lexicon';
import { PhraseTrie, startIds, WordSet } from '../nlp/phrases';
import { sentenceEnd, type Sentences } from '../nlp/sentences';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { SourceKind, Span } from '../types';
import { AUXILIARIES, subjectBefore, phraseAfter } from './phrases-around';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, NUMBER, PUNCT, WORD } = tokenizer;

const S = LEXICON.sources;
const HEADS = new WordSet(S.heads.pattern);
const PERSON_HEADS = new WordSet(S.personHeads.pattern);
const QUALIFIERS = new PhraseTrie<true>();
for (const q of S.qualifiers.pattern) QUALIFIERS.add(q, true);
const UNNAMED = new WordSet(S.anonymityModifiers.pattern);
const NP_WORDS = new WordSet([...S.determiners.pattern, ...S.modifiers.pattern, ...S.anonymityModifiers.pattern, ...S.numbers.pattern]);
const NUMBERS = new WordSet(S.numbers.pattern);
const INTRODUCERS = new PhraseTrie<true>();
for (const p of S.introducers.pattern) INTRODUCERS.add(p, true);
const SPEECH = new WordSet(S.speechVerbs.pattern);
const ORGANISATION = new WordSet(LEXICON.people.organisationWords.pattern);
const STOP_EXTENSION = new WordSet([...S.extensionStops.pattern, ...S.speechVerbs.pattern]);
const EVENT_VERBS = new WordSet(S.eventVerbs.pattern);
const EVENT_OBJECT_STOPS = new WordSet(S.eventObjectStops.pattern);
const NON_NAME = new WordSet(LEXICON.people.nonNameWords.pattern);
const EVENT_WINDOW = 8;
const HEAD_BLOCKERS = new WordSet(S.headBlockers.pattern);
const JOINERS = new WordSet(S.phraseJoiners.pattern);
const NAMED_INTRODUCERS = new PhraseTrie<true>();
for (const p of S.namedIntroducers.pattern) NAMED_INTRODUCERS.add(p, true);
const MAX_NP = 8;
const MAX_EXTENSION = 5;
const MAX_AFFILIATION = 4;
const HEAD_PREPOSITIONS = new WordSet(S.headPrepositions.pattern);
/** Tokens that can be a source head, a named introducer or a speech verb: the only places a source is looked for. */
const STARTS = startIds(HEADS, PERSON_HEADS, NAMED_INTRODUCERS, SPEECH);

export interface FoundSource extends Span {
  kind: SourceKind;
  name: string | null;
  ruleId: string;
  /** Token range of the named person/organisation, for roles. */
  nameRange: [number, number] | null;
}

const isCap = (t: Tokens, i: number): boolean => t.kind[i] === WORD && (t.flags[i]! & CAPITALISED) !== 0;

function anonymousAt(t: Tokens, h: number, floor: number, ceil: number, personOfToken: Int32Array): { first: number; end: number; ruleId: string } | null {
  const person = PERSON_HEADS.hasToken(t, h);
  if (!person && !HEADS.hasToken(t, h)) return null;
  if (h + 1 < ceil && (HEAD_BLOCKERS.hasToken(t, h + 1) || personOfToken[h + 1]! >= 0)) return null;
  let a = h;
  while (a - 1 >= floor && h - a < MAX_NP && (NP_WORDS.hasToken(t, a - 1) || JOINERS.hasToken(t, a - 1) || (isCap(t, a - 1) && personOfToken[a - 1]! < 0 && !NON_NAME.hasToken(t, a - 1)))) a--;
  while (a < h && JOINERS.hasToken(t, a)) a++;
  let unnamed = false;
  let numbered = false;
  for (let k = a; k < h; k++) {
    if (UNNAMED.hasToken(t, k)) unnamed = true;
    if (NUMBERS.hasToken(t, k) || t.kind[k] === NUMBER) numbered = true;
  }
  const qualifier = QUALIFIERS.longestAt(t, h + 1);
  if (qualifier > 0) {
    let e = h + 1 + qualifier;
    const limit = Math.min(ceil, e + MAX_EXTENSION);
    while (e < limit && t.kind[e] === WORD && !STOP_EXTENSION.hasToken(t, e)) e++;
    return { first: a, end: e, ruleId: 'anonymousSources.qualified' };
  }
  if (person && !numbered) return null;
  if (unnamed) return { first: a, end: h + 1, ruleId: 'anonymousSources.unnamed' };
  if (!person && a > 0 && INTRODUCERS.longestEndingAt(t, a - 1) > 0) return { first: a, end: h + 1, ruleId: 'anonymousSources.introduced' };
  let v = h + 1;
  if (HEAD_PREPOSITIONS.hasToken(t, v)) {
    // "a spokesperson for the firm said": skip a short affiliation phrase
    const limit = Math.min(ceil, v + 1 + MAX_AFFILIATION);
    let k = v + 1;
    while (k < limit && t.kind[k] !== PUNCT && !SPEECH.hasToken(t, k)) k++;
    if (k < limit && SPEECH.hasToken(t, k)) v = k;
  }
  while (v < ceil && AUXILIARIES.hasToken(t, v)) v++;
  if (v < ceil && SPEECH.hasToken(t, v)) return { first: a, end: h + 1, ruleId: 'anonymousSources.attributed' };
  return null;
}

/** True when the addressee of "told"/"asked" at v names a person ("Xi told Biden"). */
function addressesPerson(t: Tokens, v: number, ceil: number, personOfToken: Int32Array): boolean {
  for (let k = v + 1; k < Math.min(ceil, v + 1 + EVENT_WINDOW); k++) {
    if (EVENT_OBJECT_STOPS.hasToken(t, k)) return false;
    if (personOfToken[k]! >= 0) return true;
  }
  return false;
}

/** A named source over tokens [a, b) whose name is tokens [nameFrom, nameTo). */
function named(t: Tokens, a: number, b: number, name: string, ruleId: string, nameFrom: number, nameTo: number): FoundSource {
  return { start: t.start[a]!, end: t.end[b - 1]!, kind: 'named', name, ruleId, nameRange: [nameFrom, nameTo] };
}

function namedAt(t: Tokens, v: number, floor: number, ceil: number, personOfToken: Int32Array, names: readonly string[]): FoundSource | null {
  const event = EVENT_VERBS.hasToken(t, v);
  if (event && addressesPerson(t, v, ceil, personOfToken)) return null;
  const subject = subjectBefore(t, v, floor);
  if (subject !== null) {
    const a = subject[0];
    const b = subject[1];
    const id = personOfToken[b - 1]!;
    if (id >= 0) {
      let first = b - 1;
      while (first > a && personOfToken[first - 1] === id) first--;
      return named(t, first, v + 1, names[id]!, 'namedSources.subject', first, b);
    }
    let org = false;
    for (let k = a; k < b; k++) if (isCap(t, k) && ORGANISATION.hasToken(t, k)) org = true;
    if (org && b - a >= 2 && isCap(t, b - 1)) {
      return named(t, a, v + 1, t.text.slice(t.start[a]!, t.end[b - 1]!), 'namedSources.organisation', a, b);
    }
  }
  const after = event ? null : phraseAfter(t, v + 1, ceil);
  if (after !== null && personOfToken[after[0]]! >= 0) {
    const id = personOfToken[after[0]]!;
    let e = after[0];
    while (e < after[1] && personOfToken[e] === id) e++;
    return named(t, v, e, names[id]!, 'namedSources.verb-first', after[0], e);
  }
  return null;
}

export function findSources(t: Tokens, sentences: Sentences, personOfToken: Int32Array, names: readonly string[]): FoundSource[] {
  const out: FoundSource[] = [];
  let busy = 0;
  const ids = t.ids;
  for (let i = 0; i < t.count; i++) {
    if (!STARTS.has(ids[i]!)) continue;
    const s = sentences.ofToken[i]!;
    const floor = sentences.firstToken[s]!;
    const ceil = sentenceEnd(sentences, s);
    if (i >= busy) {
      const anon = anonymousAt(t, i, floor, ceil, personOfToken);
      if (anon !== null) {
        out.push({ start: t.start[anon.first]!, end: t.end[anon.end - 1]!, kind: 'anonymous', name: null, ruleId: anon.ruleId, nameRange: null });
        busy = anon.end;
        continue;
      }
    }
    const intro = NAMED_INTRODUCERS.longestAt(t, i);
    const named =
      intro > 0
        ? namedAfterIntroducer(t, i, i + intro, ceil, personOfToken, names)
        : SPEECH.hasToken(t, i)
          ? namedAt(t, i, floor, ceil, personOfToken, names)
          : null;
    if (named !== null) out.push(named);
  }
  return out;
}

function namedAfterIntroducer(t: Tokens, i: number, k: number, ceil: number, personOfToken: Int32Array, names: readonly string[]): FoundSource | null {
  if (k >= ceil || personOfToken[k]! < 0) return null;
  const id = personOfToken[k]!;
  let e = k;
  while (e < ceil && personOfToken[e] === id) e++;
  return named(t, i, e, names[id]!, 'namedSources.according-to', k, e);
}
