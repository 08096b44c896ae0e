/**
 * The results of /try: every metric's count and rate in the text's own voice and in quotes, and the
 * cleaned text with its evidence highlighted (a legend filters by metric; hover or focus a highlight
 * for its rule). Text goes in as text only.
 */
import { METRIC_KEYS, type ArticleAnalysis, type MetricKey } from '../../../worker/analysis/types';
import { renderTable } from '../components/data-table';
import { formatCount, formatRate } from '../data/format';
import { paragraphRanges } from '../data/highlights';
import { READER_METRICS } from '../data/metrics';
import { h } from '../lib/dom';
import { renderHighlighted } from '../story/highlight-render';
import { createLegend } from '../story/legend';

export interface Results {
  /** The counts table (shown first). */
  counts: HTMLElement;
  /** The highlighted text with its legend. */
  text: HTMLElement;
  show(analysis: ArticleAnalysis | null): void;
}

function metricsTable(analysis: ArticleAnalysis, label: (key: MetricKey) => string): HTMLTableElement {
  const cell = (metric: MetricKey, voice: 'outlet' | 'quoted') => analysis.metrics.find((m) => m.metric === metric && m.voice === voice);
  return renderTable({
    caption: `Counts in your text (${formatCount(analysis.words.outlet)} words in its own voice, ${formatCount(analysis.words.quoted)} quoted)`,
    columns: ['Metric', 'Own voice', 'Per 1,000 words', 'In quotes'],
    rows: METRIC_KEYS.map((metric) => ({
      header: label(metric),
      cells: [
        { text: formatCount(cell(metric, 'outlet')?.count ?? 0), value: cell(metric, 'outlet')?.count ?? 0 },
        { text: formatRate(cell(metric, 'outlet')?.per1k ?? 0), value: cell(metric, 'outlet')?.per1k ?? 0 },
        { text: formatCount(cell(metric, 'quoted')?.count ?? 0), value: cell(metric, 'quoted')?.count ?? 0 },
      ],
    })),
  });
}

export function createResults(label: (key: MetricKey) => string): Results {
  const enabled = new Set<MetricKey>(READER_METRICS);
  let current: ArticleAnalysis | null = null;
  const table = h('div', { class: 'try-metrics table-scroll' });
  const text = h('div', { class: 'try-highlighted', attrs: { 'aria-label': 'Your text with its markers highlighted', role: 'region', tabindex: 0 } });

  const renderText = () => {
    if (!current) return text.replaceChildren();
    const analysis = current;
    const evidence = analysis.evidence.filter((e) => enabled.has(e.metric));
    text.replaceChildren(
      ...paragraphRanges(analysis.text).map((range) =>
        h('p', { class: analysis.headlineSpan?.start === range.start ? 'try-headline' : undefined }, renderHighlighted(analysis.text, evidence, range)),
      ),
    );
  };
  const legend = createLegend(READER_METRICS, enabled, label, renderText);

  const counts = h('section', { class: 'try-results', attrs: { 'aria-labelledby': 'try-counts-title', hidden: true } }, [
    h('h2', { class: 'try-heading', text: 'Counts', attrs: { id: 'try-counts-title' } }),
    table,
  ]);
  const highlighted = h('section', { class: 'try-results', attrs: { 'aria-labelledby': 'try-text-title', hidden: true } }, [
    h('h2', { class: 'try-heading', text: 'Your text, highlighted', attrs: { id: 'try-text-title' } }),
    legend.root,
    text,
  ]);

  return {
    counts,
    text: highlighted,
    show(analysis) {
      current = analysis;
      counts.hidden = !analysis;
      highlighted.hidden = !analysis;
      if (!analysis) return;
      table.replaceChildren(metricsTable(analysis, label));
      const perMetric: Partial<Record<MetricKey, number>> = {};
      for (const e of analysis.evidence) perMetric[e.metric] = (perMetric[e.metric] ?? 0) + 1;
      legend.setCounts(perMetric);
      renderText();
    },
  };
}
