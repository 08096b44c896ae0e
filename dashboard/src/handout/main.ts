/**
 * The printable handout (/stories/:slug/handout): one A4 page with the headlines, the framing profile,
 * the sourcing chart and the three most marker-dense excerpts from different outlets. The screen
 * shows the sheet at print size, so what you see is what prints.
 */
import './handout.css';
import { createDrawnSignal } from '../charts/drawn-signal';
import { h, replaceChildren } from '../lib/dom';
import { storyPath } from '../lib/route';
import { loadPageStory } from '../teaching/page-story';
import { teachingPath } from '../teaching/route';
import { fitToPage } from './fit';
import { renderSheet } from './sheet';

async function main(root: HTMLElement): Promise<void> {
  const loaded = await loadPageStory(root);
  if (!loaded) return;
  const { slug, story } = loaded;
  document.title = `Handout: ${story.payload.story.title} · Framelens`;
  const print = h('button', { class: 'handout-bar__print', text: 'Print this handout', attrs: { type: 'button' } });
  print.addEventListener('click', () => window.print());
  const sheet = renderSheet(story, `${location.origin}${storyPath(slug)}`);
  replaceChildren(root, [
    h('nav', { class: 'handout-bar', attrs: { 'aria-label': 'Handout' } }, [
      h('a', { text: '← Story page', attrs: { href: storyPath(slug) } }),
      h('a', { text: 'Classroom slides', attrs: { href: teachingPath(slug, 'classroom') } }),
      print,
    ]),
    sheet.root,
  ]);
  fitToPage(sheet.root);
  sheet.draw(createDrawnSignal(2));
}

const root = document.getElementById('main');
if (root) void main(root);
