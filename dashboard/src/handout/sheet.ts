/**
 * The handout's A4 sheet: story header, headlines with markers, the framing profile (the metrics the
 * outlets differ on most) beside the sourcing chart, three highlighted excerpts, and a footer on what
 * a count cannot tell you. Charts are static and drawn once the sheet is in the document.
 */
import type { Plugin } from 'chart.js';
import type { MetricKey } from '../../../worker/analysis/types';
import { createProfileChart } from '../charts/profile-chart';
import { createSourcingChart } from '../charts/sourcing-chart';
import { createChartFigure } from '../components/chart-figure';
import { formatIsoDate } from '../data/format';
import { metricLabel } from '../data/metrics';
import { selectProfile, summarizeProfile } from '../data/profile';
import { selectSourcing, summarizeSourcing } from '../data/sourcing';
import { h } from '../lib/dom';
import { renderHighlighted } from '../story/highlight-render';
import { renderExcerpt } from '../teaching/excerpt-view';
import { chooseExcerpts } from '../teaching/excerpts';
import { LIMITATIONS } from '../teaching/limitations';
import { pickProfileMetrics } from '../teaching/profile-metrics';
import { openingPrompt } from '../teaching/prompts';
import type { TeachingStory } from '../teaching/types';

const VIEW = { voice: 'outlet', measure: 'per1k' } as const;

export interface Sheet {
  root: HTMLElement;
  /** Draw the charts (the sheet must be in the document). */
  draw(signal: Plugin): void;
}

function part(title: string, children: (Node | null)[], className = ''): HTMLElement {
  return h('section', { class: `sheet__part ${className}`.trim() }, [h('h2', { class: 'sheet__heading', text: title }), ...children]);
}

export function renderSheet(story: TeachingStory, storyUrl: string): Sheet {
  const { payload, articles } = story;
  const label = (key: MetricKey) => metricLabel(key, payload.metrics);
  const metrics = pickProfileMetrics(articles, 4);
  const profileModel = { metrics: metrics.map((key) => ({ key, label: label(key) })), series: selectProfile(articles, metrics, VIEW), view: VIEW };
  const rows = selectSourcing(articles);
  const excerpts = chooseExcerpts(articles, 3, { maxWords: 95 });
  const profileFigure = createChartFigure('profile', 'handout-profile-summary');
  profileFigure.setLabel(`Bar chart: ${profileModel.metrics.map((m) => m.label).join(', ')} per 1,000 words in each outlet’s own voice.`);
  const sourcingFigure = createChartFigure('sourcing', 'handout-sourcing-summary');
  sourcingFigure.setLabel('Stacked bar chart: anonymous and named source references in each article.');
  const versions = [...new Set(articles.map((a) => a.article.analyzerVersion))].map((v) => `v${v}`).join(', ');

  const root = h('article', { class: 'sheet', attrs: { 'aria-label': 'Handout' } }, [
    h('header', { class: 'sheet__head' }, [
      h('p', { class: 'sheet__eyebrow', text: `Framelens handout${payload.story.eventDate ? ` · ${formatIsoDate(payload.story.eventDate)}` : ''}` }),
      h('h1', { class: 'sheet__title', text: payload.story.title }),
      h('p', { class: 'sheet__question', text: openingPrompt(articles.map((a) => a.article.outlet?.name ?? null)).finding }),
    ]),
    part('Headlines', [
      h('ul', { class: 'sheet__headlines' }, articles.map(({ article, label: outlet }) =>
        h('li', {}, [
          h('strong', { class: 'sheet__outlet', text: outlet }),
          article.headline ? h('span', {}, renderHighlighted(article.headline, article.headlineEvidence)) : h('span', { class: 'sheet__muted', text: 'No headline' }),
        ]))),
    ]),
    h('div', { class: 'sheet__charts' }, [
      part('Framing profile', [
        h('p', { class: 'sheet__summary', text: summarizeProfile(profileModel.series, metrics, VIEW), attrs: { id: 'handout-profile-summary' } }),
        profileFigure.root,
      ], 'sheet__part--profile'),
      part('Sourcing', [
        h('p', { class: 'sheet__summary', text: summarizeSourcing(rows), attrs: { id: 'handout-sourcing-summary' } }),
        sourcingFigure.root,
      ], 'sheet__part--sourcing'),
    ]),
    part('In the texts', excerpts.length
      ? excerpts.map((excerpt) => {
          const article = articles.find((a) => a.article.id === excerpt.articleId);
          return article ? renderExcerpt(article, excerpt) : null;
        })
      : [h('p', { class: 'sheet__muted', text: 'No paragraph of this story holds a framing marker.' })], 'sheet__part--excerpts'),
    h('footer', { class: 'sheet__foot' }, [
      h('p', {}, [
        h('strong', { text: 'What a count cannot tell you: ' }),
        `${LIMITATIONS.map((l) => l.title).join(' · ')}. A highlight is a match of a listed word or rule, not a verdict.`,
      ]),
      h('p', { class: 'sheet__muted', text: `Rates per 1,000 words of each outlet’s own voice · analyser ${versions || 'n/a'} · ${storyUrl} · how every number is made: ${new URL('/method', storyUrl).href}` }),
    ]),
  ]);

  return {
    root,
    draw(signal) {
      createProfileChart(profileFigure, profileModel, { plugins: [signal] });
      createSourcingChart(sourcingFigure, rows, { plugins: [signal] });
    },
  };
}
