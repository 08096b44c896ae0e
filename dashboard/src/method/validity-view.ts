/**
 * Method cards on the methodology page, from docs/validity.json (imported at build time): per metric,
 * how it was mapped onto human annotations, and every figure — corpus, dev/test role, level,
 * precision, recall and F1 with the true/false positive and false negative counts behind them.
 */
import type { MethodCard, ValidityReport, ValidityResult } from '../../../scripts/eval/types';
import { h } from '../lib/dom';

const figure = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The card's headline figure: its first main-variant result on a test corpus with an F1. */
export function headlineResult(card: MethodCard): ValidityResult | undefined {
  return card.results.find((r) => r.role === 'test' && r.f1 !== null && r.variant === 'main') ?? card.results.find((r) => r.f1 !== null);
}

/** "FactBank news … (test), sentence level: F1 0.80 (P 0.79, R 0.82; 452 tp, 123 fp, 102 fn)". */
export function describeResult(report: ValidityReport, result: ValidityResult): string {
  const corpus = report.corpora.find((c) => c.id === result.corpus)?.title ?? result.corpus;
  return `${corpus} (${result.role}), ${result.level}: F1 ${figure(result.f1)} (P ${figure(result.precision)}, R ${figure(result.recall)}; ${result.tp} tp, ${result.fp} fp, ${result.fn} fn)`;
}

function resultsTable(report: ValidityReport, card: MethodCard): HTMLElement {
  const corpusTitle = (id: string) => report.corpora.find((c) => c.id === id)?.title ?? id;
  const head = ['Corpus', 'Role', 'Level', 'Variant', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'n', 'Note'];
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': `${card.title}: every figure` } }, [
    h('table', { class: 'data-table card-table' }, [
      h('caption', { text: `${card.title}: every figure` }),
      h('thead', {}, [h('tr', {}, head.map((c) => h('th', { text: c, attrs: { scope: 'col' } })))]),
      h('tbody', {}, card.results.map((r) =>
        h('tr', { dataset: { corpus: r.corpus, level: r.level, variant: r.variant } }, [
          h('th', { text: corpusTitle(r.corpus), attrs: { scope: 'row' } }),
          h('td', { text: r.role }),
          h('td', { text: r.level }),
          h('td', { text: r.variant }),
          h('td', { text: figure(r.precision) }),
          h('td', { text: figure(r.recall) }),
          h('td', { text: figure(r.f1) }),
          h('td', { text: String(r.tp) }),
          h('td', { text: String(r.fp) }),
          h('td', { text: String(r.fn) }),
          h('td', { text: String(r.n) }),
          h('td', { class: 'card-table__note', text: r.note }),
        ]))),
    ]),
  ]);
}

export function methodCardView(report: ValidityReport, card: MethodCard): HTMLElement {
  return h('article', { class: 'method-card', attrs: { id: `card-${card.metric}` }, dataset: { card: card.metric } }, [
    h('h3', { class: 'method-card__title', text: card.title }),
    h('p', { class: 'method-card__mapping', text: card.mapping }),
    resultsTable(report, card),
    card.caveats.length
      ? h('div', {}, [h('p', { class: 'entry__label', text: 'Caveats' }), h('ul', { class: 'method-card__caveats' }, card.caveats.map((c) => h('li', { text: c })))])
      : null,
  ]);
}

export function corporaView(report: ValidityReport): HTMLElement {
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Corpora' } }, [
    h('table', { class: 'data-table' }, [
      h('caption', { text: 'Corpora: dev files were studied and tuned on; test files are only reported on' }),
      h('thead', {}, [h('tr', {}, ['Corpus', 'Role', 'Size'].map((c) => h('th', { text: c, attrs: { scope: 'col' } })))]),
      h('tbody', {}, report.corpora.map((c) =>
        h('tr', {}, [h('th', { text: c.title, attrs: { scope: 'row' } }), h('td', { text: c.role }), h('td', { text: c.size })]))),
    ]),
  ]);
}
