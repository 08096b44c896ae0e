/**
 * The exercise board for one paragraph: every word a toggle button (one tab stop; ← → move between
 * words, Space or Enter marks one), Reveal to score, Try again to clear. Nothing is stored or sent.
 */
import { h } from '../lib/dom';
import type { Excerpt } from '../teaching/excerpts';
import type { DetailedArticle } from '../teaching/types';
import { wordTokens, type WordToken } from '../teaching/words';
import { renderResults, renderRevealed, type ResultOptions } from './reveal';
import { buildTargets, scoreExercise } from './score';

function wordButtons(text: string, excerpt: Excerpt, words: readonly WordToken[], clicked: Set<number>): HTMLElement {
  const parts: (Node | string)[] = [];
  let at = excerpt.range.start;
  const buttons: HTMLButtonElement[] = [];
  for (const word of words) {
    if (word.start > at) parts.push(text.slice(at, word.start));
    const button = h('button', {
      class: 'ex-word',
      text: word.text,
      attrs: { type: 'button', 'aria-pressed': String(clicked.has(word.index)), tabindex: word.index === 0 ? 0 : -1 },
      dataset: { index: String(word.index) },
    });
    button.addEventListener('click', () => {
      if (clicked.has(word.index)) clicked.delete(word.index);
      else clicked.add(word.index);
      button.setAttribute('aria-pressed', String(clicked.has(word.index)));
    });
    buttons.push(button);
    parts.push(button);
    at = word.end;
  }
  if (excerpt.range.end > at) parts.push(text.slice(at, excerpt.range.end));
  const paragraph = h('p', { class: 'ex-text', attrs: { role: 'group', 'aria-label': 'Words of the paragraph: mark the markers' } }, parts);
  paragraph.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 };
    const target = buttons[moves[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    buttons[current]?.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  });
  return paragraph;
}

export function createBoard(article: DetailedArticle, excerpt: Excerpt, options: ResultOptions): HTMLElement {
  const text = article.detail.article.text;
  const words = wordTokens(text, excerpt.range);
  const targets = buildTargets(article.detail.evidence, words);
  const clicked = new Set<number>();
  const stage = h('div', { class: 'ex-stage' });
  const score = h('p', { class: 'ex-score', attrs: { role: 'status' } });
  const results = h('div', { class: 'ex-results-slot' });
  const reveal = h('button', { class: 'ex-action ex-action--primary', text: 'Reveal the markers', attrs: { type: 'button' } });
  const retry = h('button', { class: 'ex-action', text: 'Try again', attrs: { type: 'button', hidden: true } });

  const play = () => {
    stage.replaceChildren(wordButtons(text, excerpt, words, clicked));
    score.textContent = '';
    delete score.dataset.found;
    results.replaceChildren();
    reveal.hidden = false;
    retry.hidden = true;
  };

  reveal.addEventListener('click', () => {
    const outcome = scoreExercise(targets, words, clicked);
    stage.replaceChildren(renderRevealed(text, excerpt.range, targets, outcome));
    score.textContent = outcome.line;
    score.dataset.found = String(outcome.found.length);
    score.dataset.missed = String(outcome.missed.length);
    score.dataset.extra = String(outcome.extra.length);
    results.replaceChildren(renderResults(text, outcome, options));
    reveal.hidden = true;
    retry.hidden = false;
    retry.focus();
  });
  retry.addEventListener('click', () => {
    clicked.clear();
    play();
    stage.querySelector<HTMLButtonElement>('.ex-word')?.focus();
  });

  play();
  return h('div', { class: 'ex-board', dataset: { articleId: String(excerpt.articleId), paragraph: String(excerpt.paragraph) } }, [
    h('p', { class: 'ex-source', text: `${excerpt.label}, paragraph ${excerpt.paragraph}` }),
    stage,
    h('div', { class: 'ex-actions' }, [reveal, retry]),
    score,
    results,
  ]);
}
