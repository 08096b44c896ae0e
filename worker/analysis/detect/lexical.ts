/**
 * Lexical evidence: hedging, skepticism, boosters and attribution verbs, found by walking one trie
 * built from `LEXICAL_RULES` at every token. At each position the longest phrase of each metric
 * whose guards all pass wins; a metric's matches never overlap.
 */
import { LEXICAL_RULES } from '../lexicon';
import type { LexiconEntry } from '../lexicon/types';
import { compileGuard, type CompiledGuard, type MatchContext } from '../nlp/guards';
import { PhraseTrie } from '../nlp/phrases';
import { METRIC_KEYS, type MetricKey } from '../types';

interface CompiledEntry {
  entry: LexiconEntry;
  metricIndex: number;
  guards: CompiledGuard[];
}

const TRIE = new PhraseTrie<CompiledEntry>();
for (const entry of LEXICAL_RULES) {
  const compiled: CompiledEntry = {
    entry,
    metricIndex: METRIC_KEYS.indexOf(entry.metric),
    guards: (entry.guards ?? []).map(compileGuard),
  };
  for (const phrase of entry.pattern) TRIE.add(phrase, compiled);
}

export interface LexicalMatch {
  metric: MetricKey;
  ruleId: string;
  /** Token range [first, end). */
  first: number;
  end: number;
}

/** Candidate phrases at one position, reused across positions (no allocation per token). */
const lengths: number[] = [];
const entries: CompiledEntry[] = [];
const collect = (length: number, values: readonly CompiledEntry[]): void => {
  for (const item of values) {
    lengths.push(length);
    entries.push(item);
  }
};

export function findLexical(ctx: MatchContext): LexicalMatch[] {
  const { tokens } = ctx;
  const out: LexicalMatch[] = [];
  const busyUntil = new Int32Array(METRIC_KEYS.length);
  for (let i = 0; i < tokens.count; i++) {
    if (!TRIE.startsAt(tokens, i)) continue;
    lengths.length = 0;
    entries.length = 0;
    TRIE.forEachAt(tokens, i, collect);
    // Longest phrase first (forEachAt gives the lengths in increasing order); within one length, lexicon order.
    let done = 0;
    let groupEnd = entries.length;
    while (groupEnd > 0) {
      const length = lengths[groupEnd - 1]!;
      let groupStart = groupEnd - 1;
      while (groupStart > 0 && lengths[groupStart - 1] === length) groupStart--;
      const end = i + length;
      for (let c = groupStart; c < groupEnd; c++) {
        const item = entries[c]!;
        const bit = 1 << item.metricIndex;
        if ((done & bit) !== 0 || busyUntil[item.metricIndex]! > i) continue;
        if (item.guards.some((g) => g(ctx, i, end))) continue;
        done |= bit;
        busyUntil[item.metricIndex] = end;
        out.push({ metric: item.entry.metric, ruleId: item.entry.id, first: i, end });
      }
      groupEnd = groupStart;
    }
  }
  return out;
}
