/**
 * /try: paste text or open a .txt/.html file (read by FileReader, never uploaded); metrics and
 * highlights appear as you type, computed in the browser by the same analyser the server runs.
 * Optionally overlays a stored story's outlets on the profile (reads only: the text is never sent).
 */
import './try.css';
import type { RuleInfo } from '../../../worker/api-types';
import { analyze, METRIC_DEFINITIONS, type ArticleAnalysis, type MetricKey } from '../../../worker/analysis';
import { watchColorScheme } from '../charts/theme';
import { api } from '../lib/api';
import { h, replaceChildren } from '../lib/dom';
import { installHighlightTooltip } from '../story/tooltip';
import { createComparison } from './compare';
import { createTextInput } from './input';
import { createResults } from './results';
import { analyzeInput, MAX_INPUT_CHARS } from './source';

const label = (key: MetricKey) => METRIC_DEFINITIONS.find((d) => d.key === key)?.label ?? key;

function main(app: HTMLElement): void {
  const status = h('p', { class: 'try-status', attrs: { role: 'status' } });
  const results = createResults(label);
  const comparison = createComparison(label);
  const rules = new Map<string, RuleInfo>();

  const run = (text: string, options: { fileName?: string; passage: boolean }) => {
    if (!text.trim()) {
      status.textContent = 'Paste or open a text to analyse it.';
      results.show(null);
      comparison.setText(null);
      return;
    }
    if (text.length > MAX_INPUT_CHARS) {
      status.textContent = `That is ${text.length.toLocaleString('en-GB')} characters; the analyser takes up to ${MAX_INPUT_CHARS.toLocaleString('en-GB')}.`;
      return;
    }
    const started = performance.now();
    const analysis: ArticleAnalysis = analyze(analyzeInput(text, options));
    const ms = performance.now() - started;
    status.textContent = `${analysis.wordCount.toLocaleString('en-GB')} words analysed in your browser in ${ms < 1 ? 'under 1' : Math.round(ms)} ms${options.fileName ? ` (from ${options.fileName})` : ''}.`;
    results.show(analysis);
    comparison.setText(analysis);
  };

  const input = createTextInput(run);
  replaceChildren(app, [input, status, results.counts, comparison.root, results.text]);
  comparison.draw();
  installHighlightTooltip(results.text, { metricLabel: label, rule: (id) => rules.get(id) });
  watchColorScheme(() => comparison.retheme());
  api.rules().then(
    (response) => response.rules.forEach((rule) => rules.set(rule.id, rule)),
    () => undefined, // tooltips fall back to rule ids
  );
  status.textContent = 'Paste or open a text to analyse it.';
}

const app = document.getElementById('try-app');
if (app) main(app);
