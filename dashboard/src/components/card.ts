/**
 * A story section card: numbered heading, a lede saying what the section shows, a slot for controls,
 * the one-sentence summary computed from the data, and a body. Charts, tables and the reader all
 * live in cards, so classroom slides and embeds can reuse the same parts.
 */
import { h, uniqueId } from '../lib/dom';

export interface CardOptions {
  /** Element id (an anchor for the section nav). */
  id: string;
  /** Section number shown before the title. */
  number?: number;
  title: string;
  lede: string;
}

export interface Card {
  root: HTMLElement;
  controls: HTMLElement;
  summary: HTMLElement;
  body: HTMLElement;
  setSummary(text: string): void;
}

export function createCard(options: CardOptions): Card {
  const titleId = uniqueId(`${options.id}-title`);
  const summary = h('p', { class: 'card__summary', attrs: { id: uniqueId(`${options.id}-summary`), 'aria-live': 'polite' } });
  const controls = h('div', { class: 'card__controls' });
  const body = h('div', { class: 'card__body' });
  const heading = h('h2', { class: 'card__title', attrs: { id: titleId } }, [
    options.number !== undefined ? h('span', { class: 'card__number', text: String(options.number), attrs: { 'aria-hidden': 'true' } }) : null,
    options.title,
  ]);
  const root = h('section', { class: 'card', attrs: { id: options.id, 'aria-labelledby': titleId } }, [
    h('header', { class: 'card__head' }, [heading, h('p', { class: 'card__lede', text: options.lede })]),
    controls,
    summary,
    body,
  ]);
  return {
    root,
    controls,
    summary,
    body,
    setSummary(text) {
      summary.textContent = text;
    },
  };
}
