/** The teacher's choice of outlet and paragraph for the exercise (two labelled selects). */
import { h, uniqueId } from '../lib/dom';
import type { DetailedArticle } from '../teaching/types';
import { exerciseParagraphs, paragraphLabel, type ExerciseChoice } from './choices';

export function createPicker(
  articles: readonly DetailedArticle[],
  initial: ExerciseChoice,
  onChange: (choice: ExerciseChoice) => void,
): HTMLElement {
  const offered = articles.filter((a) => exerciseParagraphs(a).length > 0);
  const articleId = uniqueId('ex-article');
  const paragraphId = uniqueId('ex-paragraph');
  const articleSelect = h('select', { attrs: { id: articleId } },
    offered.map((a) => h('option', { text: a.label, attrs: { value: String(a.article.id) } })));
  const paragraphSelect = h('select', { attrs: { id: paragraphId } });

  const fillParagraphs = (id: number, selected?: number) => {
    const article = offered.find((a) => a.article.id === id);
    const paragraphs = article ? exerciseParagraphs(article) : [];
    paragraphSelect.replaceChildren(
      ...paragraphs.map((p) => h('option', { text: article ? paragraphLabel(article, p) : '', attrs: { value: String(p.paragraph) } })),
    );
    if (selected !== undefined) paragraphSelect.value = String(selected);
  };

  articleSelect.value = String(initial.articleId);
  fillParagraphs(initial.articleId, initial.paragraph);
  articleSelect.addEventListener('change', () => {
    const id = Number(articleSelect.value);
    const best = offered.find((a) => a.article.id === id);
    const richest = best ? [...exerciseParagraphs(best)].sort((a, b) => b.density - a.density)[0] : undefined;
    fillParagraphs(id, richest?.paragraph);
    onChange({ articleId: id, paragraph: Number(paragraphSelect.value) });
  });
  paragraphSelect.addEventListener('change', () => {
    onChange({ articleId: Number(articleSelect.value), paragraph: Number(paragraphSelect.value) });
  });

  return h('div', { class: 'ex-picker' }, [
    h('div', { class: 'ex-picker__field' }, [h('label', { text: 'Outlet', attrs: { for: articleId } }), articleSelect]),
    h('div', { class: 'ex-picker__field' }, [h('label', { text: 'Paragraph', attrs: { for: paragraphId } }), paragraphSelect]),
  ]);
}
