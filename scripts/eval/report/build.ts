/**
 * Assembling the validity report (docs/validity.json) from a run's results, and one-line
 * renderings of a result for the terminal.
 */
import type { CardResult } from '../results';
import type { CorpusEntry, MethodCard, ValidityReport, ValidityResult } from '../types';
import { CARD_TEXTS } from './cards';

export function buildReport(
  results: readonly CardResult[],
  corpora: readonly CorpusEntry[],
  versions: { analyzerVersion: string; lexiconVersion: string; source: string | null },
  generated: string,
): ValidityReport {
  const cards: MethodCard[] = CARD_TEXTS.map((text) => ({
    metric: text.metric,
    title: text.title,
    mapping: text.mapping,
    results: results.filter((r) => r.card === text.metric).map(stripCard),
    caveats: text.caveats,
  })).filter((card) => card.results.length > 0);
  return { schemaVersion: 1, generated, ...versions, corpora: [...corpora], cards };
}

function stripCard(r: CardResult): ValidityResult {
  const { card: _card, ...rest } = r;
  return rest;
}

const fmt = (x: number | null): string => (x === null ? ' n/a' : x.toFixed(2));

/**
 * @example formatLine(r) // "factbank sentence [main] P 0.81 R 0.72 F1 0.76 (tp 400 fp 93 fn 154) n 3129 test"
 */
export function formatLine(r: ValidityResult): string {
  const counts = `(tp ${r.tp} fp ${r.fp} fn ${r.fn}) n ${r.n} ${r.role}`;
  if (r.level === 'sentence-prevalence-adjusted') {
    return `${r.corpus} prevalence-adjusted [${r.variant}] F1 ${fmt(r.f1)} (P' ${fmt(r.precision)} R ${fmt(r.recall)}) ${counts}`;
  }
  return `${r.corpus} ${r.level} [${r.variant}] P ${fmt(r.precision)} R ${fmt(r.recall)} F1 ${fmt(r.f1)} ${counts}`;
}
