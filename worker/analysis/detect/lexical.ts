/**
 * Lexical evidence: hedging, skepticism, boosters and attribution verbs, found by walking one trie
 * built from `LEXICAL_RULES` at every token. At each position the longest phrase of each metric
 * whose guards all pass wins; a metric's matches never overlap.
 */
import { LEXICAL_RULES } from '../lexicon';
import { compileGuard, type CompiledGuard, type MatchContext } from '../nlp/guards';
import { nextIdIn, PhraseTrie } from '../nlp/phrases';
import { METRIC_KEYS, type MetricKey } from '../types';

/** A lexicon entry as the matcher reads it (one object shape, whatever optional fields the entry has). */
interface CompiledEntry {
  metric: MetricKey;
  ruleId: string;
  metricIndex: number;
  guards: CompiledGuard[];
}

const TRIE = new PhraseTrie<CompiledEntry>();
for (const entry of LEXICAL_RULES) {
  const compiled: CompiledEntry = {
    metric: entry.metric,
    ruleId: entry.id,
    metricIndex: METRIC_KEYS.indexOf(entry.metric),
    guards: (entry.guards ?? []).map(compileGuard),
  };
  for (const phrase of entry.pattern) TRIE.add(phrase, compiled);
}

/** Candidate phrases at one position, reused across positions (no allocation per token). */
const lengths = new Int32Array(TRIE.maxLength);
const candidates: (readonly CompiledEntry[])[] = [];
/** Per metric, the end of its last match (its matches never overlap); reset per call. */
const busyUntil = new Int32Array(METRIC_KEYS.length);

/** True when one of the entry's guards cancels its match of tokens [first, end). */
function guarded(ctx: MatchContext, item: CompiledEntry, first: number, end: number): boolean {
  const { guards } = item;
  for (let g = 0; g < guards.length; g++) if (guards[g]!(ctx, first, end)) return true;
  return false;
}

/** A function `forEachLexical` calls with each match: its metric, rule and token range [first, end). */
export type LexicalVisitor = (metric: MetricKey, ruleId: string, first: number, end: number) => void;

/**
 * Calls `visit` with each match, in text order (at one position: longest first, then lexicon
 * order), making no object per match.
 */
export function forEachLexical(ctx: MatchContext, visit: LexicalVisitor): void {
  const { tokens } = ctx;
  const { count, ids } = tokens;
  const starts = TRIE.firsts;
  busyUntil.fill(0);
  for (let i = nextIdIn(starts, ids, 0, count); i < count; i = nextIdIn(starts, ids, i + 1, count)) {
    // Longest phrase first (matchesAt gives the lengths in increasing order); within one length, lexicon order.
    let done = 0;
    for (let n = TRIE.matchesAt(tokens, i, lengths, candidates) - 1; n >= 0; n--) {
      const end = i + lengths[n]!;
      const group = candidates[n]!;
      for (let c = 0; c < group.length; c++) {
        const item = group[c]!;
        const bit = 1 << item.metricIndex;
        if ((done & bit) !== 0 || busyUntil[item.metricIndex]! > i || guarded(ctx, item, i, end)) continue;
        done |= bit;
        busyUntil[item.metricIndex] = end;
        visit(item.metric, item.ruleId, i, end);
      }
    }
  }
}
