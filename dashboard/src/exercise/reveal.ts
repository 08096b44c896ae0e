/**
 * After Reveal: the paragraph with each analyser marker shown as found or missed and each wrongly
 * clicked word as extra (a symbol and words, never colour alone), and the list of markers with the
 * rule and rationale behind each.
 */
import type { MetricKey, Span } from '../../../worker/analysis/types';
import type { RuleInfo } from '../../../worker/api-types';
import { h } from '../lib/dom';
import type { ExerciseScore, Target } from './score';

type Status = 'found' | 'missed' | 'extra';

const STATUS_TEXT: Record<Status, string> = { found: 'Found', missed: 'Missed', extra: 'Not a marker' };
const STATUS_SIGN: Record<Status, string> = { found: '✓', missed: '○', extra: '✗' };

function statusMark(text: string, status: Status, metric?: MetricKey): HTMLElement {
  return h('mark', { class: 'ex-mark', dataset: { status, ...(metric ? { metric } : {}) } }, [
    h('span', { class: 'ex-mark__sign', text: STATUS_SIGN[status], attrs: { 'aria-hidden': 'true' } }),
    text,
    h('span', { class: 'visually-hidden', text: ` (${STATUS_TEXT[status].toLowerCase()})` }),
  ]);
}

export function renderRevealed(text: string, range: Span, targets: readonly Target[], score: ExerciseScore): HTMLElement {
  const spans = [
    ...targets.map((t) => ({ start: t.start, end: t.end, status: (score.found.includes(t) ? 'found' : 'missed') as Status, metric: t.evidence[0]?.metric })),
    ...score.extra.map((w) => ({ start: w.start, end: w.end, status: 'extra' as Status, metric: undefined })),
  ].sort((a, b) => a.start - b.start);
  const parts: (Node | string)[] = [];
  let at = range.start;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start), statusMark(text.slice(span.start, span.end), span.status, span.metric));
    at = span.end;
  }
  parts.push(text.slice(at, range.end));
  return h('p', { class: 'ex-text ex-text--revealed' }, parts);
}

export interface ResultOptions {
  metricLabel: (key: MetricKey) => string;
  rule: (id: string) => RuleInfo | undefined;
}

function targetItem(text: string, target: Target, status: Status, options: ResultOptions): HTMLElement {
  return h('li', { class: 'ex-result', dataset: { status, rules: target.evidence.map((e) => e.ruleId).join(' ') } }, [
    h('p', { class: 'ex-result__head' }, [
      h('span', { class: 'ex-result__status', text: `${STATUS_SIGN[status]} ${STATUS_TEXT[status]}` }),
      ' ',
      h('q', { class: 'ex-result__text', text: text.slice(target.start, target.end) }),
    ]),
    h('ul', { class: 'ex-result__rules' },
      target.evidence.map((e) => {
        const info = options.rule(e.ruleId);
        return h('li', { dataset: { metric: e.metric, rule: e.ruleId } }, [
          h('span', { class: 'legend__sample', text: 'Aa', attrs: { 'aria-hidden': 'true' } }),
          ` ${options.metricLabel(e.metric)} · rule `,
          h('code', { text: e.ruleId }),
          info?.rationale ? h('span', { class: 'ex-result__why', text: ` — ${info.rationale}` }) : null,
        ]);
      }),
    ),
  ]);
}

export function renderResults(text: string, score: ExerciseScore, options: ResultOptions): HTMLElement {
  const items = [
    ...score.found.map((t) => ({ start: t.start, item: targetItem(text, t, 'found', options) })),
    ...score.missed.map((t) => ({ start: t.start, item: targetItem(text, t, 'missed', options) })),
    ...score.extra.map((w) => ({
      start: w.start,
      item: h('li', { class: 'ex-result', dataset: { status: 'extra' } }, [
        h('p', { class: 'ex-result__head' }, [
          h('span', { class: 'ex-result__status', text: `${STATUS_SIGN.extra} ${STATUS_TEXT.extra}` }),
          ' ',
          h('q', { class: 'ex-result__text', text: w.text }),
        ]),
        h('p', { class: 'ex-result__why', text: 'No hedging or skepticism rule counts this word here. Do you think one should? The methodology page lists every rule.' }),
      ]),
    })),
  ].sort((a, b) => a.start - b.start);
  return h('section', { class: 'ex-results', attrs: { 'aria-label': 'What the analyser found' } }, [
    h('h2', { class: 'ex-results__title', text: 'What the analyser counts, and why' }),
    items.length ? h('ol', { class: 'ex-result-list' }, items.map((i) => i.item)) : h('p', { text: 'Nothing to show: no marker and no word clicked.' }),
  ]);
}
