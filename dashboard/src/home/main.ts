/** The home page (/): every story with its date, outlet and article counts. */
import '../styles/home-page.css';
import type { StorySummary } from '../../../worker/api-types';
import { formatIsoDate, formatSmall } from '../data/format';
import { api } from '../lib/api';
import { h, replaceChildren } from '../lib/dom';
import { storyPath } from '../lib/route';

export function storyCounts(story: StorySummary): string {
  const articles = `${formatSmall(story.articleCount)} ${story.articleCount === 1 ? 'article' : 'articles'}`;
  const outlets = `${formatSmall(story.outletCount)} ${story.outletCount === 1 ? 'outlet' : 'outlets'}`;
  return `${articles} · ${outlets}`;
}

function storyCard(story: StorySummary): HTMLElement {
  return h('li', { class: 'story-card' }, [
    h('p', { class: 'eyebrow', text: story.eventDate ? formatIsoDate(story.eventDate) : 'Undated' }),
    h('h2', { class: 'story-card__title' }, [h('a', { text: story.title, attrs: { href: storyPath(story.slug) } })]),
    story.summary ? h('p', { class: 'story-card__summary', text: story.summary }) : null,
    h('p', { class: 'story-card__counts', text: storyCounts(story) }),
  ]);
}

async function main(list: HTMLElement): Promise<void> {
  try {
    const { stories } = await api.stories();
    replaceChildren(
      list,
      stories.length
        ? [h('ul', { class: 'story-list' }, stories.map(storyCard))]
        : [h('p', { class: 'status', text: 'No stories yet. Add one through the API, or run npm start to seed the demo.' })],
    );
  } catch (error) {
    replaceChildren(list, [
      h('p', { class: 'status status--error', attrs: { role: 'alert' }, text: `Could not load stories: ${error instanceof Error ? error.message : String(error)}` }),
    ]);
  }
}

const list = document.getElementById('stories');
if (list) void main(list);
