/**
 * Section 6: the article reader. One or two articles side by side, evidence highlighted in metric
 * colours, a legend that filters by metric. `showEvidence` (called by chart bars and table cells)
 * opens an article, scrolls to its first highlight of a metric and flashes all of them.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import type { ArticleDetailResponse } from '../../../worker/api-types';
import { createCard } from '../components/card';
import type { LabelledArticle } from '../data/labels';
import { METRIC_NOUNS, READER_METRICS } from '../data/metrics';
import { summarizeReader, type ReaderColumnFacts } from '../data/reader';
import { h, scrollIntoViewAndSettle, uniqueId } from '../lib/dom';
import { createLegend } from './legend';
import { renderReaderColumn } from './reader-column';

export interface ReaderSection {
  root: HTMLElement;
  /**
   * Open the article (if it is not open), switch the metric on, scroll to its first highlight, focus
   * it and flash them all. `from` (the bar's chart or the table cell) is where "Back" returns.
   */
  showEvidence(articleId: number, metric: MetricKey, from?: HTMLElement | null): Promise<void>;
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
      h('label', { text: slot === 0 ? 'Article' : 'Compare with', attrs: { for: id } }),
      select,
    ]);
  });

  const legend = createLegend(READER_METRICS, enabled, metricLabel, () => void render());
  const columns = h('div', { class: 'reader__columns' }, slots);
  card.controls.append(h('div', { class: 'reader__pickers' }, selects), legend.root);
  card.body.append(columns);

  const load = async (id: number): Promise<ArticleDetailResponse | null> => {
    try {
      const detail = details.get(id) ?? (await loadArticle(id));
      details.set(id, detail);
      return detail;
    } catch {
      return null;
    }
  };

  const render = async () => {
    const ids = selected.filter((id): id is number => id !== null);
    columns.classList.toggle('is-single', ids.length < 2);
    const loaded = await Promise.all(selected.map((id) => (id === null ? null : load(id))));
    const counts: Partial<Record<MetricKey, number>> = {};
    const open: ReaderColumnFacts[] = [];
    selected.forEach((id, slot) => {
      const target = slots[slot];
      if (!target) return;
      const detail = loaded[slot];
      target.hidden = id === null;
      if (id === null) return target.replaceChildren();
      if (!detail) {
        return target.replaceChildren(h('p', { class: 'status status--error', attrs: { role: 'alert' }, text: `Could not load ${labelOf(id)}’s text. Reload the page to try again.` }));
      }
      target.replaceChildren(renderReaderColumn(detail, labelOf(id), enabled));
      for (const e of detail.evidence) counts[e.metric] = (counts[e.metric] ?? 0) + 1;
      open.push({ label: labelOf(id), evidence: detail.evidence });
    });
    legend.setCounts(counts);
    card.setSummary(summarizeReader(open, enabled, READER_METRICS.length));
  };

  const syncSelects = () => {
    selects.forEach((picker, slot) => {
      const select = picker.querySelector('select');
      if (select) select.value = selected[slot] === null ? '' : String(selected[slot]);
    });
  };

  /** Where the last jump came from (a chart or table cell): the "Back" button returns there. */
  let origin: HTMLElement | null = null;
  const back = h('button', { class: 'reader__back', text: '↑ Back to where you were', attrs: { type: 'button', hidden: true } });
  back.addEventListener('click', () => {
    const target = origin;
    back.hidden = true;
    origin = null;
    if (!target?.isConnected) return;
    void scrollIntoViewAndSettle(target);
    target.focus({ preventScroll: true });
  });
  card.body.prepend(back);

  const flash = (elements: readonly HTMLElement[]) => {
    for (const el of elements) {
      el.classList.remove('is-flashing');
      void el.offsetWidth; // restart the animation
      el.classList.add('is-flashing');
      window.setTimeout(() => el.classList.remove('is-flashing'), FLASH_MS);
    }
  };

  const showEvidence = async (articleId: number, metric: MetricKey, from?: HTMLElement | null) => {
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
    if (marks.length === 0) {
      card.setSummary(`${labelOf(articleId)} has no ${METRIC_NOUNS[metric].many} to highlight.`);
    }
    origin = from && from !== document.body ? from : null;
    back.hidden = origin === null;
    await scrollIntoViewAndSettle(marks[0] ?? slot);
    // Focus once in place, so the highlight's tooltip opens where the reader now looks.
    marks.find((m) => m.tabIndex >= 0)?.focus({ preventScroll: true });
    flash(marks.length ? marks : [slot]);
  };

  void render();
  return { root: card.root, showEvidence };
}
