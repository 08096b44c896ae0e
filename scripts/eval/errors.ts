/**
 * Error analysis for tuning, on DEV corpora only: the gold cues the analyser missed most often and
 * the predicted cue words that most often matched no gold cue. Test corpora are refused: a list of
 * test-set errors is an invitation to tune on the test set.
 */
import type { CorpusInfo } from './analyzer';
import type { Marker } from './markers';

interface GoldCue {
  start: number;
  end: number;
  text: string;
}

/** Example sentences kept per row (dev only), with the cue marked «like this». */
const EXAMPLES_PER_ROW = 3;
const CONTEXT = 70;

/** The sentence around [start, end) with the span marked, cut to ±70 characters. */
export function markInContext(sentence: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(sentence.length, end + CONTEXT);
  const text = `${sentence.slice(from, start)}«${sentence.slice(start, end)}»${sentence.slice(end, to)}`.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${text}${to < sentence.length ? '…' : ''}`;
}

export interface ErrorRow {
  words: string;
  count: number;
  /** Rule ids behind the false positives, most frequent first (empty for misses). */
  rules: string[];
  /** Up to three dev sentences showing the error. */
  examples: string[];
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export class DevErrorTally {
  readonly corpus: CorpusInfo;
  private readonly missed = new Map<string, number>();
  private readonly falsePositives = new Map<string, Map<string, number>>();
  private readonly examples = new Map<string, string[]>();
  private goldTotal = 0;
  private predictedTotal = 0;

  constructor(corpus: CorpusInfo) {
    if (corpus.role !== 'dev') {
      throw new Error(`error analysis is only for dev corpora; ${corpus.id} is a ${corpus.role} corpus`);
    }
    this.corpus = corpus;
  }

  /** Record one sentence: its text, gold cues, predicted markers and the matched [gold, predicted] pairs. */
  add(sentence: string, gold: readonly GoldCue[], predicted: readonly Marker[], pairs: ReadonlyArray<[number, number]>): void {
    const matchedGold = new Set(pairs.map((p) => p[0]));
    const matchedPredicted = new Set(pairs.map((p) => p[1]));
    this.goldTotal += gold.length;
    this.predictedTotal += predicted.length;
    gold.forEach((g, k) => {
      if (matchedGold.has(k)) return;
      this.missed.set(key(g.text), (this.missed.get(key(g.text)) ?? 0) + 1);
      this.keepExample(`missed:${key(g.text)}`, sentence, g);
    });
    predicted.forEach((p, k) => {
      if (matchedPredicted.has(k)) return;
      const rules = this.falsePositives.get(key(p.text)) ?? new Map<string, number>();
      rules.set(p.ruleId, (rules.get(p.ruleId) ?? 0) + 1);
      this.falsePositives.set(key(p.text), rules);
      this.keepExample(`fp:${key(p.text)}`, sentence, p);
    });
  }

  private keepExample(row: string, sentence: string, span: { start: number; end: number }): void {
    const list = this.examples.get(row) ?? [];
    if (list.length < EXAMPLES_PER_ROW) list.push(markInContext(sentence, span.start, span.end));
    this.examples.set(row, list);
  }

  topMissed(limit: number): ErrorRow[] {
    return [...this.missed]
      .map(([words, count]) => ({ words, count, rules: [], examples: this.examples.get(`missed:${words}`) ?? [] }))
      .sort(byCount)
      .slice(0, limit);
  }

  topFalsePositives(limit: number): ErrorRow[] {
    return [...this.falsePositives]
      .map(([words, rules]) => ({
        words,
        count: [...rules.values()].reduce((a, b) => a + b, 0),
        rules: [...rules].sort((a, b) => b[1] - a[1]).map(([id]) => id),
        examples: this.examples.get(`fp:${words}`) ?? [],
      }))
      .sort(byCount)
      .slice(0, limit);
  }

  /** Plain-text report for the terminal; with `examples`, dev sentences under each row. */
  format(limit: number, examples = false): string {
    const show = (r: ErrorRow): string[] => (examples ? r.examples.map((e) => `           ${e}`) : []);
    const missedTotal = [...this.missed.values()].reduce((a, b) => a + b, 0);
    const fpTotal = [...this.falsePositives.values()].reduce((a, r) => a + [...r.values()].reduce((x, y) => x + y, 0), 0);
    const lines = [
      `== error analysis: ${this.corpus.id} (dev), hedging main mapping ==`,
      `missed gold cues: ${missedTotal} of ${this.goldTotal}; most frequent:`,
      ...this.topMissed(limit).flatMap((r) => [`  ${String(r.count).padStart(5)}  ${r.words}`, ...show(r)]),
      `false-positive predicted cues: ${fpTotal} of ${this.predictedTotal}; most frequent (rule ids):`,
      ...this.topFalsePositives(limit).flatMap((r) => [`  ${String(r.count).padStart(5)}  ${r.words}  [${r.rules.join(', ')}]`, ...show(r)]),
    ];
    return lines.join('\n');
  }
}

function byCount(a: ErrorRow, b: ErrorRow): number {
  return b.count - a.count || a.words.localeCompare(b.words);
}
