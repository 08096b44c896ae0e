/**
 * BABE: how often the skepticism and loaded-verb markers fire in sentences the experts labelled
 * Biased vs Non-biased, their precision as a bias signal (P(Biased | marker fires)) and recall
 * (P(marker fires | Biased)), and how often a flagged word is one of the experts' biased words.
 */
import type { Analyze, CorpusInfo } from '../analyzer';
import { BIAS_MAPPINGS, type Mapping } from '../markers';
import { type BabeSentence, normalizeWord } from '../readers/babe';
import { type CardResult, cardResult } from '../results';
import { binaryCounts, ratio } from '../scoring';

interface WordAgreement {
  agree: number;
  disagree: number;
  inNonBiased: number;
}

export function evaluateBabe(
  corpus: CorpusInfo,
  sentences: readonly BabeSentence[],
  analyze: Analyze,
  mappings: readonly Mapping[] = BIAS_MAPPINGS,
): CardResult[] {
  const labelled = sentences.filter((s) => s.label !== 'No agreement');
  const skipped = sentences.length - labelled.length;
  const fires = mappings.map(() => [] as Array<{ gold: boolean; predicted: boolean }>);
  const words = mappings.map((): WordAgreement => ({ agree: 0, disagree: 0, inNonBiased: 0 }));
  for (const s of labelled) {
    const analysis = analyze({ text: s.text, passage: true });
    const biased = s.label === 'Biased';
    const expertWords = new Set(s.biasedWords.flatMap((w) => w.split(/\s+/)).map(normalizeWord).filter(Boolean));
    mappings.forEach((mapping, m) => {
      const markers = analysis.evidence.filter((e) => mapping.metrics.includes(e.metric));
      fires[m]?.push({ gold: biased, predicted: markers.length > 0 });
      const w = words[m];
      if (!w) return;
      for (const marker of markers) {
        if (!biased) w.inNonBiased++;
        else if (expertWords.size === 0) continue;
        else if (marker.text.split(/\s+/).some((t) => expertWords.has(normalizeWord(t)))) w.agree++;
        else w.disagree++;
      }
    });
  }
  return mappings.flatMap((mapping, m) => {
    const c = binaryCounts(fires[m] ?? []);
    const nBiased = c.tp + c.fn;
    const nNon = c.fp + c.tn;
    const pct = (a: number, b: number): string => `${((ratio(a, b) ?? 0) * 100).toFixed(1)}%`;
    const card = mapping.variant === 'skepticism' || mapping.variant === 'loadedVerbs' ? mapping.variant : 'biasMarkers';
    const w = words[m] ?? { agree: 0, disagree: 0, inNonBiased: 0 };
    return [
      cardResult({
        card, corpus, level: 'sentence-bias', variant: mapping.variant, counts: c, n: labelled.length,
        note:
          `fires in ${c.tp}/${nBiased} Biased (${pct(c.tp, nBiased)}) vs ${c.fp}/${nNon} Non-biased (${pct(c.fp, nNon)}) sentences; ` +
          `precision = P(Biased | fires), base rate ${pct(nBiased, labelled.length)}; tn ${c.tn}; ${skipped} 'No agreement' sentence(s) left out`,
      }),
      cardResult({
        card, corpus, level: 'marker-word-in-biased_words', variant: mapping.variant,
        counts: { tp: w.agree, fp: w.disagree, fn: 0 }, n: w.agree + w.disagree,
        scores: { precision: ratio(w.agree, w.agree + w.disagree), recall: null, f1: null },
        note: `markers in Biased sentences with a non-empty biased_words list whose words include an expert-marked word; ${w.inNonBiased} markers fired in Non-biased sentences`,
      }),
    ];
  });
}
