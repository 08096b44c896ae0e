/**
 * The /try profile chart: your text's framing profile (own voice, per 1,000 words), optionally beside
 * the outlets of a stored story. Choosing a story reads GET /api/stories/:slug; your text is never sent.
 */
import type { ArticleAnalysis, MetricKey } from '../../../worker/analysis/types';
import type { StorySummary } from '../../../worker/api-types';
import { createProfileChart, type ProfileChart, type ProfileChartModel } from '../charts/profile-chart';
import { createChartFigure } from '../components/chart-figure';
import { labelArticles, type LabelledArticle } from '../data/labels';
import { PROFILE_METRICS } from '../data/metrics';
import { selectProfile, summarizeProfile } from '../data/profile';
import { api } from '../lib/api';
import { h, uniqueId } from '../lib/dom';
import { analysisSeries } from './source';

const VIEW = { voice: 'outlet', measure: 'per1k' } as const;
const YOUR_TEXT = 'Your text';

export interface Comparison {
  root: HTMLElement;
  setText(analysis: ArticleAnalysis | null): void;
  /** Create the chart (the section must be in the document). */
  draw(): void;
  retheme(): void;
}

export function createComparison(label: (key: MetricKey) => string): Comparison {
  let analysis: ArticleAnalysis | null = null;
  let stored: LabelledArticle[] = [];
  let chart: ProfileChart | undefined;
  const summaryId = uniqueId('try-profile-summary');
  const summary = h('p', { class: 'card__summary', attrs: { id: summaryId, 'aria-live': 'polite' } });
  const figure = createChartFigure('profile', summaryId);
  const selectId = uniqueId('try-compare');
  const select = h('select', { class: 'try-select', attrs: { id: selectId } }, [h('option', { text: 'No comparison', attrs: { value: '' } })]);

  const model = (): ProfileChartModel => {
    const series = [
      ...(analysis ? [analysisSeries(analysis, PROFILE_METRICS, YOUR_TEXT)] : []),
      ...selectProfile(stored, PROFILE_METRICS, VIEW),
    ];
    return { metrics: PROFILE_METRICS.map((key) => ({ key, label: label(key) })), series, view: VIEW };
  };
  const render = () => {
    const current = model();
    summary.textContent = current.series.length
      ? summarizeProfile(current.series, PROFILE_METRICS, VIEW)
      : 'Paste or open a text to see its framing profile.';
    figure.setLabel(`Bar chart: framing markers per 1,000 words, own voice, for ${current.series.map((s) => s.label).join(', ') || 'no text yet'}.`);
    chart?.update(current);
  };

  select.addEventListener('change', async () => {
    const slug = select.value;
    stored = slug ? labelArticles((await api.story(slug)).articles) : [];
    render();
  });
  api.stories().then(
    ({ stories }) => select.append(...stories.map((s: StorySummary) => h('option', { text: s.title, attrs: { value: s.slug } }))),
    () => undefined, // comparison is optional
  );

  render();
  return {
    root: h('section', { class: 'try-compare', attrs: { 'aria-labelledby': `${selectId}-title` } }, [
      h('h2', { class: 'try-heading', text: 'Framing profile', attrs: { id: `${selectId}-title` } }),
      h('div', { class: 'try-option' }, [h('label', { text: 'Compare with the outlets of a stored story', attrs: { for: selectId } }), select]),
      summary,
      figure.root,
    ]),
    setText(next) {
      analysis = next;
      render();
    },
    draw() {
      chart ??= createProfileChart(figure, model());
    },
    retheme() {
      chart?.retheme();
    },
  };
}
