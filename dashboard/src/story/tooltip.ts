/**
 * One tooltip for every highlight on the page: hovering or focusing a highlight says which metric
 * and rule matched, in which voice, and why (the first sentence of the rule's rationale from
 * GET /api/rules; the methodology page has the rest).
 * Escape hides it. Content is text only.
 */
import type { RuleInfo } from '../../../worker/api-types';
import type { MetricKey } from '../../../worker/analysis/types';
import { firstSentence } from '../data/format';
import { h } from '../lib/dom';
import { evidenceOf } from './highlight-render';

export interface HighlightTooltipOptions {
  metricLabel: (key: MetricKey) => string;
  rule: (id: string) => RuleInfo | undefined;
  /**
   * Loads the rules on the first tooltip (they are not needed before); the open tooltip is filled
   * in again when they arrive. Until then, or if loading fails, it shows the rule id only.
   */
  loadRules?: () => Promise<void>;
}

const TIP_ID = 'highlight-tip';

export function installHighlightTooltip(scope: HTMLElement, options: HighlightTooltipOptions): void {
  const tip = h('div', { class: 'hl-tip', attrs: { id: TIP_ID, role: 'tooltip', hidden: true } });
  document.body.append(tip);
  let current: HTMLElement | null = null;
  /** Whether the rules have arrived (or failed): the tooltip is re-rendered once when they do. */
  let rulesSettled = false;

  const hide = () => {
    tip.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };

  const show = (mark: HTMLElement) => {
    const evidence = evidenceOf(mark);
    if (evidence.length === 0) return;
    if (!rulesSettled && options.loadRules) {
      void options.loadRules().then(() => {
        rulesSettled = true;
        if (current === mark && !tip.hidden) show(mark);
      });
    }
    current?.removeAttribute('aria-describedby');
    current = mark;
    tip.replaceChildren(
      ...evidence.map((e) => {
        const rule = options.rule(e.ruleId);
        const voice = e.voice === 'outlet' ? "outlet's own voice" : 'inside a quote';
        return h('div', { class: 'hl-tip__item' }, [
          h('p', { class: 'hl-tip__metric', dataset: { metric: e.metric } }, [
            h('span', { class: 'hl-tip__swatch', attrs: { 'aria-hidden': 'true' } }),
            `${options.metricLabel(e.metric)} · ${voice}`,
          ]),
          h('p', { class: 'hl-tip__rule' }, [
            'Rule ',
            h('code', { text: e.ruleId }),
            rule?.label ? h('span', { class: 'hl-tip__terms', text: ` · ${rule.label}` }) : null,
          ]),
          rule?.rationale ? h('p', { class: 'hl-tip__why', text: `Why: ${firstSentence(rule.rationale)}` }) : null,
        ]);
      }),
    );
    mark.setAttribute('aria-describedby', TIP_ID);
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
    const above = box.top - tip.offsetHeight - 8 > 0;
    tip.style.left = `${left}px`;
    tip.style.top = `${(above ? box.top - tip.offsetHeight - 8 : box.bottom + 8) + window.scrollY}px`;
  };

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('.hl') : null;

  scope.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark && mark !== current) show(mark);
  });
  scope.addEventListener('mouseout', (event) => {
    const to = markOf(event.relatedTarget);
    if (current && to !== current && document.activeElement !== current) hide();
  });
  scope.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  scope.addEventListener('focusout', () => hide());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
