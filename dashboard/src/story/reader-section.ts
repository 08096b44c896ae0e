/**
 * Section 6: the article reader. One or two articles side by side, evidence highlighted in metric
 * colours, a legend that filters by metric. `showEvidence` (called by chart bars and table cells)
 * opens an article, scrolls to its first highlight of a metric and flashes all of them.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import type { ArticleDetailResponse } from '../../../worker/api-types';
import { createCard } from '../components/card';
import type { LabelledArticle } from '../data/labels';
import { READER_METRICS } from '../data/metrics';
import { h, prefersReducedMotion, uniqueId } from '../lib/dom';
import { createLegend } from './legend';
import { renderReaderColumn } from './reader-column';

export interface ReaderSection {
  root: HTMLElement;
  showEvidence(articleId: number, metric: MetricKey): Promise<void>;
}

const FLASH_MS = 2400;

export function createReaderSection(
  articles: readonly LabelledArticle[],
  metricLabel: (key: MetricKey) => string,
  loadArticle: (id: number) => Promise<ArticleDetailResponse>,
): ReaderSection {
  const card = createCard({
    id: 'reader',
    number: 6,
    title: 'Read the articles',
    lede: 'The full texts with every counted word highlighted. Compare two outlets side by side; switch metrics on and off in the legend.',
  });
  const enabled = new Set<MetricKey>(READER_METRICS);
  const selected: (number | null)[] = [articles[0]?.article.id ?? null, articles[1]?.article.id ?? null];
  const details = new Map<number, ArticleDetailResponse>();
  const labelOf = (id: number) => articles.find((a) => a.article.id === id)?.label ?? 'Article';

  const slots = [0, 1].map(() => h('div', { class: 'reader__slot' }));
  const selects = [0, 1].map((slot) => {
    const id = uniqueId('reader-select');
    const select = h('select', { class: 'reader__select', attrs: { id } }, [
      slot === 1 ? h('option', { text: 'None (one column)', attrs: { value: '' } }) : null,
      ...articles.map(({ article, label }) => h('option', { text: label, attrs: { value: String(article.id) } })),
    ]);
    select.value = selected[slot] === null ? '' : String(selected[slot]);
    select.addEventListener('change', () => {
      selected[slot] = select.value ? Number(select.value) : null;
      void render();
    });
    return h('div', { class: 'reader__picker' }, [
      h('label', { text: slot === 0 ? 'Left' : 'Right', attrs: { for: id } }),
      select,
    ]);
  });

  const legend = createLegend(READER_METRICS, enabled, metricLabel, () => void render());
  const columns = h('div', { class: 'reader__columns' }, slots);
  card.controls.append(h('div', { class: 'reader__pickers' }, selects), legend.root);
  card.body.append(columns);

  const render = async () => {
    const ids = selected.filter((id): id is number => id !== null);
    columns.classList.toggle('is-single', ids.length < 2);
    await Promise.all(ids.map(async (id) => details.set(id, details.get(id) ?? (await loadArticle(id)))));
    const counts: Partial<Record<MetricKey, number>> = {};
    selected.forEach((id, slot) => {
      const target = slots[slot];
      if (!target) return;
      const detail = id === null ? undefined : details.get(id);
      target.hidden = !detail;
      if (!detail || id === null) return target.replaceChildren();
      target.replaceChildren(renderReaderColumn(detail, labelOf(id), enabled));
      for (const e of detail.evidence) counts[e.metric] = (counts[e.metric] ?? 0) + 1;
    });
    legend.setCounts(counts);
    const summaryIds = ids.map(labelOf);
    card.setSummary(
      ids.length === 0
        ? 'Choose an article to read.'
        : `Showing ${summaryIds.join(' and ')} with ${[...enabled].length} of ${READER_METRICS.length} kinds of marker highlighted.`,
    );
  };

  const syncSelects = () => {
    selects.forEach((picker, slot) => {
      const select = picker.querySelector('select');
      if (select) select.value = selected[slot] === null ? '' : String(selected[slot]);
    });
  };

  const showEvidence = async (articleId: number, metric: MetricKey) => {
    if (!selected.includes(articleId)) {
      selected[selected[1] === null ? 0 : 1] = articleId;
      syncSelects();
    }
    legend.enable(metric);
    await render();
    const slot = slots[selected.indexOf(articleId)];
    if (!slot) return;
    const marks = [...slot.querySelectorAll<HTMLElement>('.hl')].filter((m) =>
      (m.dataset.metrics ?? '').split(' ').includes(metric),
    );
    const target = marks[0] ?? slot;
    target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    if (marks[0]) marks[0].focus({ preventScroll: true });
    for (const mark of marks.length ? marks : [slot]) {
      mark.classList.remove('is-flashing');
      void mark.offsetWidth;
      mark.classList.add('is-flashing');
      window.setTimeout(() => mark.classList.remove('is-flashing'), FLASH_MS);
    }
  };

  void render();
  return { root: card.root, showEvidence };
}
