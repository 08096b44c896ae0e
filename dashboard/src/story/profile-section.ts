/**
 * Section 2: the framing profile. Grouped bars of each framing metric per article, in the outlet's
 * own voice by default, with toggles for quoted voice and raw counts; summary and table follow the
 * view. Clicking a bar (or its table cell) shows that article's matching highlights in the reader.
 */
import type { Plugin } from 'chart.js';
import type { MetricKey, Voice } from '../../../worker/analysis/types';
import { KEYBOARD_HINT } from '../charts/keyboard';
import { createProfileChart, type ProfileChart } from '../charts/profile-chart';
import { createCard } from '../components/card';
import { attachEmbedControl } from '../embed-control/control';
import { createChartFigure } from '../components/chart-figure';
import { createTableToggle, renderTable } from '../components/data-table';
import { createSegmented } from '../components/segmented';
import { formatCount, formatSmall } from '../data/format';
import type { LabelledArticle } from '../data/labels';
import { PROFILE_METRICS } from '../data/metrics';
import { formatMeasure, selectProfile, summarizeProfile, type Measure, type ProfileView } from '../data/profile';
import { h } from '../lib/dom';

export interface ProfileSection {
  root: HTMLElement;
  /** Create the chart; call once the section is in the document (Chart.js sizes from its parent). */
  draw(): ProfileChart;
}

export function createProfileSection(
  articles: readonly LabelledArticle[],
  metricLabel: (key: MetricKey) => string,
  onSelect: (articleId: number, metric: MetricKey) => void,
  plugins: Plugin[],
): ProfileSection {
  const card = createCard({
    id: 'profile',
    number: 2,
    title: 'Framing profile',
    lede: 'How often each outlet hedges, signals doubt, puts words in scare quotes, boosts certainty or uses loaded verbs. Rates are per 1,000 words so long and short articles compare fairly.',
  });
  let view: ProfileView = { voice: 'outlet', measure: 'per1k' };
  const metrics = PROFILE_METRICS.map((key) => ({ key, label: metricLabel(key) }));
  const figure = createChartFigure('profile', card.summary.id);
  const table = createTableToggle('data table');

  const model = () => ({ metrics, series: selectProfile(articles, PROFILE_METRICS, view), view });

  const render = (chart?: ProfileChart) => {
    const current = model();
    card.setSummary(summarizeProfile(current.series, PROFILE_METRICS, view));
    const unit = view.measure === 'per1k' ? 'per 1,000 words' : 'counts';
    const voice = view.voice === 'outlet' ? "in the outlet's own voice" : 'inside quotes';
    figure.setLabel(
      `Grouped bar chart: ${formatSmall(metrics.length)} framing metrics, ${unit} ${voice}, for ${formatSmall(articles.length)} articles. The data table has every value. ${KEYBOARD_HINT}`,
    );
    table.setTable(
      renderTable({
        caption: `Framing profile, ${unit} ${voice}`,
        columns: ['Article', ...metrics.map((m) => m.label), view.voice === 'outlet' ? 'Own-voice words' : 'Quoted words'],
        rows: current.series.map((series, s) => ({
          header: series.label,
          cells: [
            ...metrics.map((m, i) => {
              const value = series.values[i] ?? 0;
              return {
                text: formatMeasure(value, view.measure),
                value,
                action: {
                  label: `${formatMeasure(value, view.measure)}: show ${series.label}’s ${m.label.toLowerCase()} in the reader`,
                  run: () => onSelect(series.articleId, m.key),
                },
              };
            }),
            { text: formatCount(articles[s]?.article.words[view.voice] ?? 0), value: articles[s]?.article.words[view.voice] ?? 0 },
          ],
        })),
      }),
    );
    chart?.update(current);
  };

  let chart: ProfileChart | undefined;
  const setView = (next: Partial<ProfileView>) => {
    view = { ...view, ...next };
    render(chart);
  };
  card.controls.append(
    createSegmented<Voice>('Voice', [
      { value: 'outlet', label: 'Own voice' },
      { value: 'quoted', label: 'Quoted voice' },
    ], view.voice, (voice) => setView({ voice })),
    createSegmented<Measure>('Measure', [
      { value: 'per1k', label: 'Per 1,000 words' },
      { value: 'count', label: 'Raw counts' },
    ], view.measure, (measure) => setView({ measure })),
  );
  attachEmbedControl(card, 'profile');
  card.body.append(figure.root, h('div', { class: 'card__foot' }, [table.button, hint()]), table.region);
  render();
  const draw = () => {
    chart ??= createProfileChart(figure, model(), {
      onSelect: (s, metric) => {
        const series = articles[s];
        if (series) onSelect(series.article.id, metric);
      },
      plugins,
    });
    return chart;
  };
  return { root: card.root, draw };
}

function hint(): HTMLElement {
  return h('p', { class: 'card__hint', text: 'Click a bar, or a value in the table, to see those words in the article reader.' });
}
