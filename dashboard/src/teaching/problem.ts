/** A page-level problem message (unknown story, failed load) for the teaching pages. Text only. */
import { ApiRequestError } from '../lib/api';
import { h, replaceChildren } from '../lib/dom';

export function showProblem(root: HTMLElement, title: string, detail: string): void {
  document.title = `${title} · Framelens`;
  replaceChildren(root, [
    h('div', { class: 'status status--error', attrs: { role: 'alert' } }, [
      h('h1', { class: 'status__title', text: title }),
      h('p', { text: detail }),
      h('p', {}, [h('a', { text: 'See all stories', attrs: { href: '/' } })]),
    ]),
  ]);
}

/** The message for a story that could not be loaded. */
export function showLoadProblem(root: HTMLElement, error: unknown): void {
  if (error instanceof ApiRequestError && error.status === 404) {
    showProblem(root, 'Story not found', 'There is no story at this address. It may have been removed.');
  } else {
    showProblem(root, 'Could not load this story', error instanceof Error ? error.message : String(error));
  }
}
