/**
 * The reader's metric legend: one toggle per metric, in its colour and underline style, with how
 * many highlights of it the open articles hold. Turning a metric off hides its highlights.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import { h, uniqueId } from '../lib/dom';

export interface Legend {
  root: HTMLElement;
  setCounts(counts: Partial<Record<MetricKey, number>>): void;
  enable(metric: MetricKey): void;
}

export function createLegend(
  metrics: readonly MetricKey[],
  enabled: Set<MetricKey>,
  metricLabel: (key: MetricKey) => string,
  onChange: () => void,
): Legend {
  const counts = new Map<MetricKey, HTMLElement>();
  const buttons = new Map<MetricKey, HTMLButtonElement>();
  const items = metrics.map((metric) => {
    const count = h('span', { class: 'legend__count', text: '0' });
    counts.set(metric, count);
    const button = h('button', {
      class: 'legend__toggle',
      attrs: { type: 'button', 'aria-pressed': String(enabled.has(metric)) },
      dataset: { metric },
    }, [
      h('span', { class: 'legend__sample', text: 'Aa', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'legend__label', text: metricLabel(metric) }),
      count,
    ]);
    button.addEventListener('click', () => {
      if (enabled.has(metric)) enabled.delete(metric);
      else enabled.add(metric);
      button.setAttribute('aria-pressed', String(enabled.has(metric)));
      onChange();
    });
    buttons.set(metric, button);
    return h('li', {}, [button]);
  });
  const setAll = (on: boolean) => {
    for (const metric of metrics) {
      if (on) enabled.add(metric);
      else enabled.delete(metric);
      buttons.get(metric)?.setAttribute('aria-pressed', String(on));
    }
    onChange();
  };
  const bulk = (text: string, on: boolean) => {
    const button = h('button', { class: 'legend__bulk', text, attrs: { type: 'button' } });
    button.addEventListener('click', () => setAll(on));
    return button;
  };
  const titleId = uniqueId('legend-title');
  return {
    root: h('div', { class: 'legend' }, [
      h('p', { class: 'legend__title', text: 'Highlight', attrs: { id: titleId } }),
      h('ul', { class: 'legend__list', attrs: { 'aria-labelledby': titleId } }, items),
      h('p', { class: 'legend__bulk-group' }, [
        bulk('Show all', true),
        bulk('Hide all', false),
      ]),
    ]),
    setCounts(next) {
      for (const [metric, el] of counts) el.textContent = String(next[metric] ?? 0);
    },
    enable(metric) {
      if (enabled.has(metric)) return;
      enabled.add(metric);
      buttons.get(metric)?.setAttribute('aria-pressed', 'true');
    },
  };
}
