/**
 * Vague attribution ("weasel words", MOS:WEASEL), counted as anonymous sourcing. Five forms:
 * - quantifier: an unbounded group says or thinks ("some say", "many believe", "some experts
 *   argue", "others have claimed");
 * - group: an evaluative group with no name ("critics argue", "legal experts fear");
 * - impersonal: an agentless "it is …" report ("it is believed", "it has been suggested that");
 * - passive: a reputation with nobody behind it ("is widely regarded", "has been described as",
 *   "is considered by many");
 * - phrase: fixed forms ("studies show", "by some accounts", "there are those who").
 * Term lists are in `lexicon/weasels.ts`. Each check reads a bounded window, so the pass is linear.
 */
import { LEXICON } from '../lexicon';
import { nextIdIn, PhraseTrie, startIds, WordSet } from '../nlp/phrases';
import { registerWord } from '../nlp/vocabulary';
import { sentenceEnd, type Sentences } from '../nlp/sentences';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { FoundSource } from './sources';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { NUMBER } = tokenizer;

const W = LEXICON.sources.weasels;
const trie = (phrases: readonly string[]): PhraseTrie<true> => {
  const t = new PhraseTrie<true>();
  for (const p of phrases) t.add(p, true);
  return t;
};
const QUANTIFIERS = trie(W.quantifiers.pattern);
const EVALUATORS = new WordSet(W.evaluators.pattern);
const GROUPS = new WordSet(W.groups.pattern);
const MODIFIERS = new WordSet(W.groupModifiers.pattern);
const VERBS = trie(W.verbs.pattern);
const AUXILIARIES = trie(W.auxiliaries.pattern);
const IMPERSONAL = new WordSet(W.impersonalSubjects.pattern);
const BE = trie(W.beForms.pattern);
const VAGUE_ADVERBS = new WordSet(W.vagueAdverbs.pattern);
const IMPERSONAL_PARTICIPLES = new WordSet(W.impersonalParticiples.pattern);
const THAT_PARTICIPLES = new WordSet(W.impersonalThatParticiples.pattern);
const THAT = new WordSet(W.impersonalFollowers.pattern);
const REPUTATION = new WordSet(W.reputationParticiples.pattern);
const NEEDS_AS = new WordSet(W.asParticiples.pattern);
const AS = new WordSet(W.as.pattern);
const OBJECT_MARKERS = new WordSet(W.objectMarkers.pattern);
const LABELS = new WordSet(W.labelParticiples.pattern);
const LABEL_STOPS = new WordSet(W.labelStops.pattern);
const PERFECT = trie(W.perfectAuxiliaries.pattern);
const AGENTS = trie(W.vagueAgents.pattern);
const PHRASES = trie(W.phrases.pattern);
const BY = new WordSet(['by']);
/** Vocabulary id of "it" (the impersonal subject that needs a form of "be" after it). */
const IT = registerWord('it');
/** Tokens that can start one of the five forms. */
const STARTS = startIds(PHRASES, IMPERSONAL, QUANTIFIERS, EVALUATORS, BE, PERFECT);
/** Tokens that can start a form other than a fixed phrase (most STARTS are a phrase's "the" or "a"). */
const FORM_STARTS = startIds(IMPERSONAL, QUANTIFIERS, EVALUATORS, BE, PERFECT);
/** Determiners that make a group definite ("the critics" refers back to someone named). */
const DEFINITE = new WordSet(['the', 'these', 'those', 'both', 'such']);
const MAX_AUXILIARIES = 2;
const MAX_MODIFIERS = 3;

type Match = { first: number; end: number; ruleId: string };

/** End of a verb after optional auxiliaries starting at k, or -1. */
function verbEnd(t: Tokens, k: number, ceil: number): number {
  for (let n = 0; n <= MAX_AUXILIARIES && k < ceil; n++) {
    const v = VERBS.longestAt(t, k);
    if (v > 0) return k + v;
    const a = AUXILIARIES.longestAt(t, k);
    if (a === 0) return -1;
    k += a;
  }
  return -1;
}

/** "some say", "many experts believe", "a number of analysts have argued". */
function quantifierAt(t: Tokens, i: number, ceil: number): Match | null {
  const q = QUANTIFIERS.longestAt(t, i);
  if (q === 0 || (i > 0 && (DEFINITE.hasToken(t, i - 1) || OBJECT_MARKERS.hasToken(t, i - 1)))) return null;
  let k = i + q;
  while (k < ceil && k - i - q < MAX_MODIFIERS && MODIFIERS.hasToken(t, k) && (EVALUATORS.hasToken(t, k + 1) || GROUPS.hasToken(t, k + 1) || MODIFIERS.hasToken(t, k + 1))) k++;
  if (k < ceil && (EVALUATORS.hasToken(t, k) || GROUPS.hasToken(t, k))) k++;
  const end = verbEnd(t, k, ceil);
  return end > 0 ? { first: i, end, ruleId: 'anonymousSources.weasel-quantifier' } : null;
}

/** "critics argue", "legal experts fear", "his critics have long complained". */
function evaluatorAt(t: Tokens, i: number, floor: number, ceil: number): Match | null {
  if (!EVALUATORS.hasToken(t, i)) return null;
  let first = i;
  while (first - 1 >= floor && i - first < MAX_MODIFIERS && MODIFIERS.hasToken(t, first - 1)) first--;
  if (first - 1 >= floor && (DEFINITE.hasToken(t, first - 1) || t.kind[first - 1] === NUMBER || QUANTIFIERS.longestEndingAt(t, first - 1) > 0)) return null;
  const end = verbEnd(t, i + 1, ceil);
  return end > 0 ? { first, end, ruleId: 'anonymousSources.weasel-group' } : null;
}

/** Token after a "by" agent that names nobody ("by many", "by critics"), or -1. */
function vagueAgentEnd(t: Tokens, k: number): number {
  if (!BY.hasToken(t, k)) return -1;
  const a = AGENTS.longestAt(t, k + 1);
  return a > 0 ? k + 1 + a : -1;
}

/** "it is believed", "it has been suggested that", "it's rumoured". */
function impersonalAt(t: Tokens, i: number, ceil: number): Match | null {
  if (!IMPERSONAL.hasToken(t, i)) return null;
  let k = i + 1;
  if (t.ids[i] === IT) {
    const be = BE.longestAt(t, k);
    if (be === 0) return null;
    k += be;
  }
  if (k < ceil && VAGUE_ADVERBS.hasToken(t, k)) k++;
  if (k >= ceil) return null;
  const next = k + 1;
  const named = BY.hasToken(t, next) && vagueAgentEnd(t, next) < 0;
  if (named) return null;
  if (IMPERSONAL_PARTICIPLES.hasToken(t, k) || (THAT_PARTICIPLES.hasToken(t, k) && THAT.hasToken(t, next))) {
    return { first: i, end: Math.max(next, vagueAgentEnd(t, next)), ruleId: 'anonymousSources.weasel-impersonal' };
  }
  return null;
}

/** "is widely regarded", "has been described as", "was considered by many". */
function passiveAt(t: Tokens, i: number, ceil: number): Match | null {
  const perfect = PERFECT.longestAt(t, i);
  const be = BE.longestAt(t, i);
  if (be === 0 && perfect === 0) return null;
  if (i > 0 && IMPERSONAL.hasToken(t, i - 1)) return null; // "it is …" is the impersonal form
  let k = i + Math.max(be, perfect);
  if (k >= ceil) return null;
  if (VAGUE_ADVERBS.hasToken(t, k) && k + 1 < ceil && REPUTATION.hasToken(t, k + 1)) {
    const agent = vagueAgentEnd(t, k + 2);
    if (agent < 0 && NEEDS_AS.hasToken(t, k + 1) && !AS.hasToken(t, k + 2)) return null;
    return { first: i, end: agent > 0 ? agent : k + 2, ruleId: 'anonymousSources.weasel-passive' };
  }
  if (!REPUTATION.hasToken(t, k) && !LABELS.hasToken(t, k)) return null;
  const agent = vagueAgentEnd(t, k + 1);
  if (agent > 0) return { first: i, end: agent, ruleId: 'anonymousSources.weasel-passive' };
  if (perfect > 0 && LABELS.hasToken(t, k) && k + 1 < ceil && !LABEL_STOPS.hasToken(t, k + 1)) {
    return { first: i, end: k + 1, ruleId: 'anonymousSources.weasel-passive' };
  }
  return null;
}

/** Vague attributions in the text, in order, none overlapping another. */
export function findWeasels(t: Tokens, sentences: Sentences): FoundSource[] {
  const out: FoundSource[] = [];
  const { ids, count } = t;
  let busy = 0;
  for (let i = nextIdIn(STARTS, ids, 0, count); i < count; i = nextIdIn(STARTS, ids, i + 1, count)) {
    if (i < busy) continue;
    const s = sentences.ofToken[i]!;
    const floor = sentences.firstToken[s]!;
    const ceil = sentenceEnd(sentences, s);
    const phrase = PHRASES.longestAt(t, i);
    const m: Match | null =
      phrase > 0 && i + phrase <= ceil
        ? { first: i, end: i + phrase, ruleId: 'anonymousSources.weasel-phrase' }
        : FORM_STARTS.has(ids[i]!)
          ? (impersonalAt(t, i, ceil) ?? quantifierAt(t, i, ceil) ?? evaluatorAt(t, i, floor, ceil) ?? passiveAt(t, i, ceil))
          : null;
    if (m === null) continue;
    out.push({ start: t.start[m.first]!, end: t.end[m.end - 1]!, kind: 'anonymous', name: null, ruleId: m.ruleId, nameRange: null });
    busy = m.end;
  }
  return out;
}
