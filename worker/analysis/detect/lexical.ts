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

export function findLexical(ctx: MatchContext): LexicalMatch[] {
  const { tokens } = ctx;
  const out: LexicalMatch[] = [];
  const busyUntil = new Int32Array(METRIC_KEYS.length);
  const candidates: { length: number; item: CompiledEntry }[] = [];
  const collect = (length: number, values: readonly CompiledEntry[]): void => {
    for (const item of values) candidates.push({ length, item });
  };
  for (let i = 0; i < tokens.count; i++) {
    if (!TRIE.startsAt(tokens, i)) continue;
    candidates.length = 0;
    TRIE.forEachAt(tokens, i, collect);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b.length - a.length || a.item.metricIndex - b.item.metricIndex);
    const done = new Set<number>();
    for (const { length, item } of candidates) {
      if (done.has(item.metricIndex) || busyUntil[item.metricIndex]! > i) continue;
      const end = i + length;
      if (item.guards.some((g) => g(ctx, i, end))) continue;
      done.add(item.metricIndex);
      busyUntil[item.metricIndex] = end;
      out.push({ metric: item.entry.metric, ruleId: item.entry.id, first: i, end });
    }
  }
  return out;
}
