/**
 * Renders text with its evidence highlighted: each segment (see data/highlights.ts) becomes plain
 * text or a <mark> coloured by its innermost metric, carrying every covering metric and rule in data
 * attributes. Text goes in through textContent only.
 */
import type { Evidence, Span } from '../../../worker/analysis/types';
import { segmentHighlights } from '../data/highlights';
import { h } from '../lib/dom';

const evidenceByMark = new WeakMap<Element, Evidence[]>();

/** The evidence behind a highlight element (innermost first), for tooltips. */
export function evidenceOf(el: Element): Evidence[] {
  return evidenceByMark.get(el) ?? [];
}

/** The metric a highlight is coloured by: its innermost span that is not a whole direct quote. */
function primary(evidence: readonly Evidence[]): Evidence | undefined {
  return evidence.find((e) => e.metric !== 'directQuotes') ?? evidence[0];
}

export function renderHighlighted(text: string, evidence: readonly Evidence[], range?: Span): Node[] {
  return segmentHighlights(text, evidence, range).map((segment) => {
    const main = primary(segment.evidence);
    if (!main) return document.createTextNode(segment.text);
    const quoteOnly = main.metric === 'directQuotes';
    const mark = h(quoteOnly ? 'span' : 'mark', {
      class: quoteOnly ? 'hl hl--quote' : 'hl',
      text: segment.text,
      attrs: { tabindex: quoteOnly ? null : 0 },
      dataset: {
        metric: main.metric,
        metrics: [...new Set(segment.evidence.map((e) => e.metric))].join(' '),
        rule: main.ruleId,
      },
    });
    evidenceByMark.set(mark, segment.evidence);
    return mark;
  });
}
