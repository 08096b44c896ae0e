/**
 * The projector deck: one slide on screen at a time, stepped with arrows, PageUp/PageDown (clickers),
 * Space, Home/End and on-screen buttons; the URL hash names the slide so a reload keeps it; Escape
 * goes back to the story page; F or the button toggles full screen. A slide counter and a progress
 * bar show where the lesson is; a live region announces each slide.
 */
import { h } from '../lib/dom';
import { deckAction, stepIndex } from './keys';

export interface DeckSlide {
  id: string;
  title: string;
  element: HTMLElement;
  onShow?: () => void;
}

export interface DeckOptions {
  /** Where Escape and the back link go (the story page). */
  exitHref: string;
  storyTitle: string;
}

const CONTROLS = 'button, a[href], summary';
const TEXT_FIELDS = 'input, select, textarea, [contenteditable="true"]';

export function createDeck(root: HTMLElement, slides: readonly DeckSlide[], options: DeckOptions): void {
  let index = -1;
  const count = h('p', { class: 'deck__count', attrs: { 'aria-hidden': 'true' } });
  const live = h('p', { class: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const progress = h('progress', { class: 'deck__progress', attrs: { max: slides.length, value: 1, 'aria-label': 'Lesson progress' } });
  const previous = h('button', { class: 'deck__step', text: '← Previous', attrs: { type: 'button' } });
  const next = h('button', { class: 'deck__step', text: 'Next →', attrs: { type: 'button' } });
  const fullscreen = h('button', { class: 'deck__fullscreen', text: 'Full screen', attrs: { type: 'button', 'aria-pressed': 'false' } });

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  document.addEventListener('fullscreenchange', () => {
    fullscreen.setAttribute('aria-pressed', String(!!document.fullscreenElement));
    fullscreen.textContent = document.fullscreenElement ? 'Exit full screen' : 'Full screen';
  });

  const go = (target: number) => {
    const clamped = Math.max(0, Math.min(slides.length - 1, target));
    if (clamped === index) return;
    index = clamped;
    slides.forEach((slide, i) => (slide.element.hidden = i !== index));
    const slide = slides[index];
    if (!slide) return;
    root.dataset.slideIndex = String(index);
    count.textContent = `${index + 1} / ${slides.length}`;
    progress.value = index + 1;
    previous.disabled = index === 0;
    next.disabled = index === slides.length - 1;
    live.textContent = `Slide ${index + 1} of ${slides.length}: ${slide.title}`;
    if (location.hash !== `#${slide.id}`) history.replaceState(null, '', `#${slide.id}`);
    slide.onShow?.();
  };

  previous.addEventListener('click', () => go(index - 1));
  next.addEventListener('click', () => go(index + 1));
  fullscreen.addEventListener('click', toggleFullscreen);
  window.addEventListener('hashchange', () => go(slides.findIndex((s) => `#${s.id}` === location.hash)));
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const action = deckAction({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      inControl: !!target?.closest(CONTROLS),
      inTextField: !!target?.closest(TEXT_FIELDS),
    });
    if (!action) return;
    event.preventDefault();
    if (action === 'leave') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else location.assign(options.exitHref);
    } else if (action === 'fullscreen') {
      toggleFullscreen();
    } else {
      go(stepIndex(index, slides.length, action));
    }
  });

  root.replaceChildren(
    h('header', { class: 'deck__bar' }, [
      h('a', { class: 'deck__exit', text: '← Story page', attrs: { href: options.exitHref } }),
      h('p', { class: 'deck__story', text: options.storyTitle }),
      count,
      fullscreen,
    ]),
    h('div', { class: 'deck__slides' }, slides.map((s) => s.element)),
    h('footer', { class: 'deck__nav' }, [
      previous,
      progress,
      next,
      h('p', { class: 'deck__keys', text: 'Keys: ← → or PageUp/PageDown to step · Esc leaves' }),
    ]),
    live,
  );
  const start = slides.findIndex((s) => `#${s.id}` === location.hash);
  go(start < 0 ? 0 : start);
}
