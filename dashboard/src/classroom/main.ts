/**
 * Classroom mode (/stories/:slug/classroom): the story as a projector deck, built from the story
 * payload and every article's evidence. See slides.ts for the lesson and deck.ts for the controls.
 */
import './classroom.css';
import { watchColorScheme } from '../charts/theme';
import { h } from '../lib/dom';
import { storyPath } from '../lib/route';
import { loadPageStory } from '../teaching/page-story';
import { createDeck } from './deck';
import { renderSlideBody } from './slide-views';
import { buildSlides, type Slide } from './slides';
import type { TeachingStory } from '../teaching/types';

function slideElement(slide: Slide, index: number, total: number, story: TeachingStory, slug: string) {
  const findingId = `finding-${slide.id}`;
  const body = renderSlideBody(slide, { story, slug, findingId });
  const element = h('section', {
    class: `slide slide--${slide.kind}`,
    attrs: { 'aria-roledescription': 'slide', 'aria-label': `${index + 1} of ${total}: ${slide.title}`, hidden: true },
    dataset: { slideId: slide.id, kind: slide.kind },
  }, [
    h('h1', { class: 'slide__title', text: slide.title }),
    h('div', { class: 'slide__body' }, [body.root]),
    h('aside', { class: 'prompt', attrs: { 'aria-label': 'Discussion' } }, [
      h('p', { class: 'prompt__finding', text: slide.prompt.finding, attrs: { id: findingId } }),
      h('p', { class: 'prompt__question' }, [h('span', { class: 'prompt__label', text: 'Discuss ' }), slide.prompt.question]),
    ]),
  ]);
  return { id: slide.id, title: slide.title, element, onShow: body.onShow, retheme: body.retheme };
}

async function main(root: HTMLElement): Promise<void> {
  const loaded = await loadPageStory(root);
  if (!loaded) return;
  const { slug, story } = loaded;
  document.title = `Classroom: ${story.payload.story.title} · Framelens`;
  const slides = buildSlides(story);
  const elements = slides.map((s, i) => slideElement(s, i, slides.length, story, slug));
  createDeck(root, elements, { exitHref: storyPath(slug), storyTitle: story.payload.story.title });
  watchColorScheme(() => elements.forEach((slide) => slide.retheme?.()));
}

const root = document.getElementById('main');
if (root) void main(root);
