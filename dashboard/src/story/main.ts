/**
 * The story page (/stories/:slug): loads the story payload, renders the six sections, wires bars
 * and table cells to the reader, re-themes charts when the OS switches light/dark, and marks
 * `framelens:charts-drawn` once both charts are on screen.
 */
import '../styles/story-page.css';
import type { RuleInfo } from '../../../worker/api-types';
import type { MetricKey } from '../../../worker/analysis/types';
import { createDrawnSignal } from '../charts/drawn-signal';
import { watchColorScheme } from '../charts/theme';
import { labelArticles } from '../data/labels';
import { metricLabel } from '../data/metrics';
import { api, ApiRequestError } from '../lib/api';
import { h, replaceChildren } from '../lib/dom';
import { storySlugFrom } from '../lib/route';
import { createAtAGlance } from './at-a-glance';
import { createCitationsSection } from './citations-section';
import { createHeadlinesSection } from './headlines-section';
import { createPeopleSection } from './people-section';
import { createProfileSection } from './profile-section';
import { createReaderSection } from './reader-section';
import { createSourcingSection } from './sourcing-section';
import { createStoryHeader } from './story-header';
import { installHighlightTooltip } from './tooltip';

async function main(root: HTMLElement): Promise<void> {
  const slug = storySlugFrom(location.pathname, location.search);
  if (!slug) return showProblem(root, 'No story here', 'This address does not name a story.');
  let payload;
  try {
    payload = await api.story(slug);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) {
      return showProblem(root, 'Story not found', 'There is no story at this address. It may have been removed.');
    }
    return showProblem(root, 'Could not load this story', error instanceof Error ? error.message : String(error));
  }
  document.title = `${payload.story.title} · Framelens`;
  const articles = labelArticles(payload.articles);
  const label = (key: MetricKey) => metricLabel(key, payload.metrics);
  const signal = createDrawnSignal(2);

  const rules = new Map<string, RuleInfo>();
  const reader = createReaderSection(articles, label, (id) => api.article(slug, id));
  // Bars and table cells open the reader; the element in focus (the chart or the cell) is where "Back" returns.
  const show = (articleId: number, metric: MetricKey) =>
    void reader.showEvidence(articleId, metric, document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const profile = createProfileSection(articles, label, show, [signal]);
  const sourcing = createSourcingSection(articles, show, [signal]);

  replaceChildren(root, [
    createStoryHeader(payload),
    createAtAGlance(articles),
    createHeadlinesSection(articles, label),
    profile.root,
    sourcing.root,
    createCitationsSection(articles),
    createPeopleSection(articles),
    reader.root,
  ]);
  const charts = [profile.draw(), sourcing.draw()];
  let rulesLoaded: Promise<void> | null = null;
  installHighlightTooltip(root, {
    metricLabel: label,
    rule: (id) => rules.get(id),
    // Fetched on the first tooltip, not with the page; on failure tooltips keep the rule ids.
    loadRules: () =>
      (rulesLoaded ??= api.rules().then(
        (response) => response.rules.forEach((rule) => rules.set(rule.id, rule)),
        () => undefined,
      )),
  });
  watchColorScheme(() => charts.forEach((chart) => chart.retheme()));
}

function showProblem(root: HTMLElement, title: string, detail: string): void {
  document.title = `${title} · Framelens`;
  replaceChildren(root, [
    h('div', { class: 'status status--error', attrs: { role: 'alert' } }, [
      h('h1', { class: 'status__title', text: title }),
      h('p', { text: detail }),
      h('p', {}, [h('a', { text: 'See all stories', attrs: { href: '/' } })]),
    ]),
  ]);
}

const root = document.getElementById('main');
if (root) void main(root);
