/**
 * Compiles lexicon guards (data) into predicates over a match. A predicate returns true when the
 * guard cancels the match. Sentence-wide checks are computed once per sentence and cached, so a
 * long sentence with many matches stays linear.
 */
import type { Guard } from '../lexicon/types';
import { PhraseTrie, WordSet } from './phrases';
import { sentenceEnd, type Sentences } from './sentences';
import * as tokenizer from './tokenize';
import type { Tokens } from './tokenize';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, NUMBER, PUNCT } = tokenizer;

export interface MatchContext {
  tokens: Tokens;
  sentences: Sentences;
  /** Per-guard, per-sentence cache: 0 unknown, 1 absent, 2 present. */
  sentenceCache: Map<string, Uint8Array>;
}

/** Returns true when the guard cancels the match of tokens [first, end). */
export type CompiledGuard = (ctx: MatchContext, first: number, end: number) => boolean;

function trieOf(terms: readonly string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const t of terms) trie.add(t, true);
  return trie;
}

function sentenceHas(ctx: MatchContext, id: string, trie: PhraseTrie<true>, s: number): boolean {
  const { tokens, sentences } = ctx;
  let cache = ctx.sentenceCache.get(id);
  if (cache === undefined) {
    cache = new Uint8Array(sentences.spans.length);
    ctx.sentenceCache.set(id, cache);
  }
  if (cache[s] === 0) {
    const first = sentences.firstToken[s]!;
    const last = sentenceEnd(sentences, s);
    let found = false;
    for (let k = first; k < last && !found; k++) found = trie.longestAt(tokens, k) > 0;
    cache[s] = found ? 2 : 1;
  }
  return cache[s] === 2;
}

export function compileGuard(guard: Guard): CompiledGuard {
  switch (guard.kind) {
    case 'notFollowedBy': {
      const terms = trieOf(guard.terms);
      const skip = new WordSet(guard.skip ?? []);
      return ({ tokens }, _first, end) => {
        let k = end;
        while (k < tokens.count && skip.hasToken(tokens, k)) k++;
        return k < tokens.count && terms.longestAt(tokens, k) > 0;
      };
    }
    case 'notPrecededBy': {
      const terms = trieOf(guard.terms);
      const skip = new WordSet(guard.skip ?? []);
      return ({ tokens }, first) => {
        let k = first - 1;
        while (k >= 0 && skip.hasToken(tokens, k)) k--;
        return k >= 0 && terms.longestEndingAt(tokens, k) > 0;
      };
    }
    case 'onlyFollowedBy': {
      const terms = trieOf(guard.terms);
      return ({ tokens }, _first, end) => end < tokens.count && terms.longestAt(tokens, end) === 0;
    }
    case 'notInSentenceWith': {
      const terms = trieOf(guard.terms);
      return (ctx, first) => sentenceHas(ctx, guard.id, terms, ctx.sentences.ofToken[first]!);
    }
    case 'notCapitalisedMidSentence':
      return ({ tokens, sentences }, first) => {
        if ((tokens.flags[first]! & CAPITALISED) === 0) return false;
        const sentenceStart = sentences.firstToken[sentences.ofToken[first]!]!;
        for (let k = sentenceStart; k < first; k++) if (tokens.kind[k] !== PUNCT) return true;
        return false;
      };
    case 'notFollowedByNumber':
      return ({ tokens }, _first, end) => end < tokens.count && tokens.kind[end] === NUMBER;
    case 'notAtSentenceStart':
      return ({ sentences }, first) => {
        const sentenceStart = sentences.firstToken[sentences.ofToken[first]!]!;
        return first === sentenceStart;
      };
    case 'notFollowedWithin': {
      const terms = trieOf(guard.terms);
      const window = guard.window;
      return ({ tokens, sentences }, _first, end) => {
        const s = sentences.ofToken[end - 1]!;
        const ceil = Math.min(sentenceEnd(sentences, s), end + window);
        for (let k = end; k < ceil; k++) if (terms.longestAt(tokens, k) > 0) return true;
        return false;
      };
    }
    case 'notPrecededWithin': {
      const terms = trieOf(guard.terms);
      const window = guard.window;
      return ({ tokens, sentences }, first) => {
        const floor = Math.max(sentences.firstToken[sentences.ofToken[first]!]!, first - window);
        for (let k = first - 1; k >= floor; k--) if (terms.longestEndingAt(tokens, k) > 0) return true;
        return false;
      };
    }
  }
}
