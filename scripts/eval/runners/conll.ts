/**
 * Sentence-level uncertainty on the balanced CoNLL-2010 Wikipedia sample: a sentence is predicted
 * uncertain when any evidence of the mapping's metrics fires. Besides P/R/F1 on the balanced sample,
 * the F1 re-weighted to the official Wikipedia test set's prevalence (22.7% uncertain), and the same
 * figures on the sentences that do not also occur in the dev file wiki.xml.
 */
import type { ConllSentence } from '../readers/conll';
import type { Analyze, CorpusInfo } from '../analyzer';
import { CONLL_MAPPINGS, type Mapping } from '../markers';
import { type CardResult, cardResult } from '../results';
import { binaryCounts, prevalenceAdjusted } from '../scoring';

/** Share of uncertain sentences in the official CoNLL-2010 Wikipedia evaluation set (2,234 / 9,634). */
export const CONLL_TEST_PREVALENCE = 0.227;

/** How sentences are compared with wiki.xml: whitespace collapsed, trimmed. */
export const sentenceKey = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function evaluateConll(
  corpus: CorpusInfo,
  sentences: readonly ConllSentence[],
  analyze: Analyze,
  options: { devSentenceKeys?: ReadonlySet<string>; mappings?: readonly Mapping[] } = {},
): CardResult[] {
  const mappings = options.mappings ?? CONLL_MAPPINGS;
  const fired = sentences.map((s) => {
    const analysis = analyze({ text: s.text, passage: true });
    const metrics = new Set(analysis.evidence.map((e) => e.metric));
    return mappings.map((m) => m.metrics.some((k) => metrics.has(k)));
  });
  const results: CardResult[] = [];
  mappings.forEach((mapping, m) => {
    const items = sentences.map((s, k) => ({ gold: s.uncertain, predicted: fired[k]?.[m] ?? false }));
    results.push(...score(corpus, mapping.variant, items, ''));
    const keys = options.devSentenceKeys;
    if (keys && mapping.variant === 'main') {
      const unseen = items.filter((_, k) => !keys.has(sentenceKey(sentences[k]?.text ?? '')));
      const note = `only the ${unseen.length} sentences that do not also occur in wiki.xml (dev)`;
      results.push(...score(corpus, 'main-not-in-dev', unseen, note));
    }
  });
  return results;
}

function score(
  corpus: CorpusInfo,
  variant: string,
  items: ReadonlyArray<{ gold: boolean; predicted: boolean }>,
  extra: string,
): CardResult[] {
  const c = binaryCounts(items);
  const positives = c.tp + c.fn;
  const negatives = c.fp + c.tn;
  const base = `${positives} uncertain / ${negatives} certain; tn ${c.tn}${extra ? `; ${extra}` : ''}`;
  const adjusted = prevalenceAdjusted(c, negatives, CONLL_TEST_PREVALENCE);
  const fpr = adjusted.fpr === null ? 'n/a' : adjusted.fpr.toFixed(4);
  return [
    cardResult({ card: 'uncertainty', corpus, level: 'sentence', variant, counts: c, n: items.length, note: base }),
    cardResult({
      card: 'uncertainty',
      corpus,
      level: 'sentence-prevalence-adjusted',
      variant,
      counts: c,
      n: items.length,
      scores: adjusted,
      note: `re-weighted to ${(CONLL_TEST_PREVALENCE * 100).toFixed(1)}% uncertain: precision' = TPR·p / (TPR·p + FPR·(1−p)), FPR ${fpr}; ${base}`,
    }),
  ];
}
