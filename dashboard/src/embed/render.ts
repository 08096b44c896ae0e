/**
 * Fills the widget page's skeleton (dashboard/embed.html) from the model: heading and summary as
 * text, the chart area with its data table (behind a toggle, over the chart, so the widget keeps
 * its height), and the footer — source line, "Get the data", the full story, and, for a widget
 * pinned to an older revision, "Updated analysis available". Untrusted text goes in as text only.
 */
import { createTableToggle, renderTable, type TableToggle } from '../components/data-table';
import { h, replaceChildren } from '../lib/dom';
import type { WidgetModel } from './model';
import { createStage, type Stage } from './stage';

export interface WidgetSkeleton {
  widget: HTMLElement;
  head: HTMLElement;
  story: HTMLElement;
  title: HTMLElement;
  summary: HTMLElement;
  stage: HTMLElement;
  foot: HTMLElement;
}

export interface RenderedWidget {
  head: HTMLElement;
  foot: HTMLElement;
  /** The chart area element (sized by the layout). */
  stageArea: HTMLElement;
  stage: Stage;
  table: TableToggle;
}

const newTab = (href: string, text: string) => h('a', { text, attrs: { href, target: '_blank', rel: 'noopener' } });

function footer(model: WidgetModel, table: TableToggle): (HTMLElement | null)[] {
  const links = h('p', { class: 'widget__links' }, [
    h('a', { text: 'Get the data', attrs: { href: model.csvUrl, download: '' } }),
    newTab(model.storyUrl, 'Full story on Framelens'),
    model.options.static ? null : table.button,
  ]);
  return [
    h('p', { class: 'widget__source', text: model.sourceLine }),
    links,
    model.updatedUrl
      ? h('p', { class: 'widget__updated' }, [newTab(model.updatedUrl, 'Updated analysis available')])
      : null,
  ];
}

export function renderWidget(model: WidgetModel, skeleton: WidgetSkeleton): RenderedWidget {
  document.title = model.title;
  skeleton.story.textContent = model.storyTitle;
  skeleton.title.textContent = model.heading;
  skeleton.summary.textContent = model.summary;
  const summaryId = skeleton.summary.id || 'widget-summary';
  const stage = createStage(model, summaryId);
  const table = createTableToggle('data table');
  table.setTable(renderTable(model.table));
  replaceChildren(skeleton.stage, [stage.root, table.region]);
  replaceChildren(skeleton.foot, footer(model, table));
  skeleton.widget.dataset.kind = model.options.chart.kind;
  return { head: skeleton.head, foot: skeleton.foot, stageArea: skeleton.stage, stage, table };
}
