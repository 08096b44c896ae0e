/**
 * "Spot the marker" (/stories/:slug/exercise): a paragraph with its highlights hidden; students mark
 * the words they think are hedges or skepticism markers, then Reveal scores them against the
 * analyser. The teacher picks the outlet and paragraph (kept in the URL: ?article=ID&paragraph=N).
 * Nothing is stored or sent: the story is read once, everything else happens in the page.
 */
import './exercise.css';
import type { MetricKey } from '../../../worker/analysis/types';
import type { RuleInfo } from '../../../worker/api-types';
import { metricLabel } from '../data/metrics';
import { api } from '../lib/api';
import { h, replaceChildren } from '../lib/dom';
import { storyPath } from '../lib/route';
import { loadPageStory } from '../teaching/page-story';
import { teachingPath } from '../teaching/route';
import { createBoard } from './board';
import { exerciseParagraphs, resolveChoice, type ExerciseChoice } from './choices';
import { createPicker } from './picker';

function askedChoice(search: string): Partial<ExerciseChoice> {
  const params = new URLSearchParams(search);
  const number = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return { articleId: number('article'), paragraph: number('paragraph') };
}

async function main(root: HTMLElement): Promise<void> {
  // The rules (for each marker's rationale) load beside the story, so Reveal always has them.
  const rulesLoaded = api.rules().catch(() => null); // without them, results show rule ids only
  const loaded = await loadPageStory(root);
  if (!loaded) return;
  const { slug, story } = loaded;
  const rules = new Map<string, RuleInfo>((await rulesLoaded)?.rules.map((rule) => [rule.id, rule]) ?? []);
  document.title = `Spot the marker: ${story.payload.story.title} · Framelens`;
  const label = (key: MetricKey) => metricLabel(key, story.payload.metrics);
  const slot = h('div', { class: 'ex-slot' });

  const show = (choice: ExerciseChoice | null) => {
    const article = choice && story.articles.find((a) => a.article.id === choice.articleId);
    const excerpt = article && exerciseParagraphs(article).find((p) => p.paragraph === choice.paragraph);
    if (!article || !excerpt) {
      return replaceChildren(slot, [h('p', { class: 'status', text: 'No paragraph of this story holds a hedge or skepticism marker.' })]);
    }
    const url = new URL(location.href);
    url.searchParams.set('article', String(article.article.id));
    url.searchParams.set('paragraph', String(excerpt.paragraph));
    history.replaceState(null, '', url);
    replaceChildren(slot, [createBoard(article, excerpt, { metricLabel: label, rule: (id) => rules.get(id) })]);
  };

  const initial = resolveChoice(story.articles, askedChoice(location.search));
  replaceChildren(root, [
    h('header', { class: 'ex-head' }, [
      h('p', { class: 'eyebrow' }, [h('a', { text: story.payload.story.title, attrs: { href: storyPath(slug) } })]),
      h('h1', { class: 'ex-title', text: 'Spot the marker' }),
      h('p', { class: 'ex-lede', text: 'Click every word you think is a hedge (it makes a claim less certain: “may”, “reportedly”) or a skepticism marker (it holds a claim at arm’s length: “so-called”, “claimed”, words in scare quotes). Then reveal what the analyser counts.' }),
      h('p', { class: 'ex-privacy', text: 'Nothing you click is stored or sent anywhere; there is no account.' }),
    ]),
    initial ? createPicker(story.articles, initial, show) : null,
    slot,
    h('p', { class: 'ex-more' }, [
      h('a', { text: 'Classroom slides for this story', attrs: { href: teachingPath(slug, 'classroom') } }),
      ' · ',
      h('a', { text: 'How every number is made', attrs: { href: '/method' } }),
    ]),
  ]);
  show(initial);
}

const root = document.getElementById('main');
if (root) void main(root);
