/**
 * Rendering of the lexicon on the methodology page: each entry, rule and term list with its id,
 * category, terms, rationale, examples, counter-examples and guards. Every term is an element with
 * `data-term`, exactly as written in the lexicon (browser tests compare them with the data).
 */
import type { RuleDoc } from '../../../worker/analysis/lexicon/rules';
import type { Guard, HedgeCategory } from '../../../worker/analysis/lexicon/types';
import { h } from '../lib/dom';
import { guardLabel, type TermEntry } from './lexicon-sections';

/** What each kind of hedge is (docs/hedging-construct.md). */
export const HEDGE_CATEGORY_TEXT: Record<HedgeCategory, string> = {
  epistemic: 'Epistemic: the claim is graded as possible or probable, or declared unknown.',
  evidential: 'Evidential: the claim rests on appearance, inference or someone else’s report.',
  doxastic: 'Doxastic: the claim is someone’s belief, opinion or expectation.',
  conditional: 'Conditional: the claim holds only under a condition, or is hypothetical.',
  investigation: 'Investigation: the claim is an open question.',
};

/** Lists longer than this start folded (gazetteers such as first names). */
const FOLD_AFTER = 60;

export function termList(terms: readonly string[], label: string): HTMLElement {
  const list = h('ul', { class: 'terms', attrs: { 'aria-label': label } },
    terms.map((term) => h('li', { class: 'term', text: term, dataset: { term } })));
  if (terms.length <= FOLD_AFTER) return list;
  return h('details', { class: 'terms-fold' }, [h('summary', { text: `${label}: ${terms.length} terms` }), list]);
}

function examples(title: string, items: readonly string[], className: string): HTMLElement | null {
  if (items.length === 0) return null;
  return h('div', { class: className }, [
    h('p', { class: 'entry__label', text: title }),
    h('ul', {}, items.map((e) => h('li', {}, [h('q', { text: e })]))),
  ]);
}

function guardView(guard: Guard): HTMLElement {
  const terms = 'terms' in guard ? guard.terms : [];
  const skip = 'skip' in guard ? (guard.skip ?? []) : [];
  return h('li', { class: 'guard', attrs: { id: `rule-${guard.id}` } }, [
    h('p', {}, [h('code', { text: guard.id }), ' ', h('span', { class: 'guard__kind', text: guardLabel(guard) })]),
    terms.length ? termList(terms, 'Context words') : null,
    skip.length ? h('div', {}, [h('p', { class: 'entry__label', text: 'Looking past' }), termList(skip, 'Words looked past')]) : null,
    h('p', { class: 'entry__why', text: guard.rationale }),
    examples('Does not count in', guard.examples, 'entry__examples'),
  ]);
}

export function entryView(entry: TermEntry): HTMLElement {
  return h('article', { class: 'entry', attrs: { id: `rule-${entry.id}` }, dataset: { rule: entry.id } }, [
    h('h4', { class: 'entry__id' }, [
      h('code', { text: entry.id }),
      entry.name ? h('span', { class: 'entry__name', text: entry.name }) : null,
      entry.category ? h('span', { class: 'entry__category', text: entry.category }) : null,
    ]),
    entry.rationale ? h('p', { class: 'entry__why', text: entry.rationale }) : null,
    entry.terms.length ? termList(entry.terms, entry.name ? 'Names matched' : 'Terms') : null,
    examples('Counts in', entry.examples, 'entry__examples'),
    examples('Does not count in', entry.counterExamples, 'entry__examples entry__examples--counter'),
    entry.guards.length
      ? h('details', { class: 'entry__guards' }, [
          h('summary', { class: 'entry__label', text: `Guards (${entry.guards.length}): contexts where a match does not count` }),
          h('ul', { class: 'guards' }, entry.guards.map(guardView)),
        ])
      : null,
  ]);
}

export function ruleView(rule: RuleDoc): HTMLElement {
  return h('article', { class: 'entry entry--rule', attrs: { id: `rule-${rule.id}` }, dataset: { rule: rule.id } }, [
    h('h4', { class: 'entry__id' }, [h('code', { text: rule.id })]),
    h('p', { class: 'entry__why', text: rule.rationale }),
    examples('Counts in', rule.examples, 'entry__examples'),
  ]);
}
