/** The story page's header: title, date, summary, article and outlet counts, section links. */
import type { StoryResponse } from '../../../worker/api-types';
import { formatIsoDate, formatSmall } from '../data/format';
import { h } from '../lib/dom';
import { teachingPath } from '../teaching/route';

const SECTIONS: [string, string][] = [
  ['headlines', 'Headlines'],
  ['profile', 'Framing profile'],
  ['sourcing', 'Sourcing'],
  ['citations', 'Who cites whom'],
  ['people', 'Who names whom'],
  ['reader', 'Read the articles'],
];

export function countsLine(payload: StoryResponse): string {
  const articles = payload.articles.length;
  const unattributed = payload.articles.filter((a) => a.outlet === null).length;
  const outlets = new Set(payload.articles.flatMap((a) => (a.outlet ? [a.outlet.slug] : []))).size;
  const parts = [
    `${formatSmall(articles)} ${articles === 1 ? 'article' : 'articles'}`,
    `${formatSmall(outlets)} ${outlets === 1 ? 'outlet' : 'outlets'}`,
  ];
  if (unattributed) parts.push(`${formatSmall(unattributed)} unattributed`);
  return parts.join(' · ');
}

export function createStoryHeader(payload: StoryResponse): HTMLElement {
  const { story } = payload;
  const versions = [...new Set(payload.articles.map((a) => a.analyzerVersion))];
  return h('header', { class: 'story-head' }, [
    h('p', { class: 'story-head__crumbs' }, [h('a', { text: 'All stories', attrs: { href: '/' } })]),
    h('p', { class: 'eyebrow', text: story.eventDate ? `Story · ${formatIsoDate(story.eventDate)}` : 'Story' }),
    h('h1', { class: 'story-head__title', text: story.title }),
    story.summary ? h('p', { class: 'story-head__summary', text: story.summary }) : null,
    h('p', { class: 'story-head__meta' }, [
      h('span', { text: countsLine(payload) }),
      versions.length ? h('span', { text: `Analyser ${versions.map((v) => `v${v}`).join(', ')}` }) : null,
      h('span', { text: `Revision ${payload.revision}` }),
    ]),
    h('p', { class: 'story-head__meta story-head__teach' }, [
      'Teach with it: ',
      h('a', { text: 'Classroom', attrs: { href: teachingPath(story.slug, 'classroom') } }),
      ' · ',
      h('a', { text: 'Spot the marker', attrs: { href: teachingPath(story.slug, 'exercise') } }),
      ' · ',
      h('a', { text: 'Printable handout', attrs: { href: teachingPath(story.slug, 'handout') } }),
    ]),
    h('nav', { class: 'section-nav', attrs: { 'aria-label': 'Sections' } }, [
      h('ol', {}, SECTIONS.map(([id, label]) => h('li', {}, [h('a', { text: label, attrs: { href: `#${id}` } })]))),
    ]),
  ]);
}
