/**
 * The classroom's chart slides: the framing profile (the metrics outlets differ on most) and
 * sourcing, drawn with the dashboard's chart modules as static charts when the slide is first shown
 * (Chart.js sizes from a visible container). Large type comes from `--chart-font-size` on the deck.
 * Each chart has its numbers in a table for screen readers.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import { createProfileChart, type ProfileChart } from '../charts/profile-chart';
import { createSourcingChart, type SourcingChart } from '../charts/sourcing-chart';
import { createChartFigure } from '../components/chart-figure';
import { renderTable } from '../components/data-table';
import { formatCount } from '../data/format';
import { formatMeasure, selectProfile } from '../data/profile';
import { selectSourcing } from '../data/sourcing';
import { h } from '../lib/dom';
import type { TeachingStory } from '../teaching/types';

export interface SlideBody {
  root: HTMLElement;
  /** Called every time the slide is shown. */
  onShow?: () => void;
  /** Redraw in the current colours (the OS switched light/dark). */
  retheme?: () => void;
}

const VIEW = { voice: 'outlet', measure: 'per1k' } as const;

const screenReaderTable = (table: HTMLTableElement) => h('div', { class: 'visually-hidden' }, [table]);

export function profileSlide(
  story: TeachingStory,
  metrics: MetricKey[],
  metricLabel: (key: MetricKey) => string,
  describedBy: string,
): SlideBody {
  const model = {
    metrics: metrics.map((key) => ({ key, label: metricLabel(key) })),
    series: selectProfile(story.articles, metrics, VIEW),
    view: VIEW,
  };
  const figure = createChartFigure('profile', describedBy);
  figure.setLabel(`Bar chart: ${model.metrics.map((m) => m.label).join(', ')} per 1,000 words in each outlet’s own voice.`);
  const table = renderTable({
    caption: 'Per 1,000 words, outlet’s own voice',
    columns: ['Article', ...model.metrics.map((m) => m.label)],
    rows: model.series.map((s) => ({
      header: s.label,
      cells: s.values.map((value) => ({ text: formatMeasure(value, 'per1k'), value })),
    })),
  });
  let chart: ProfileChart | undefined;
  return {
    root: h('div', { class: 'cl-chart' }, [figure.root, screenReaderTable(table)]),
    onShow: () => void (chart ??= createProfileChart(figure, model)),
    retheme: () => chart?.retheme(),
  };
}

export function sourcingSlide(story: TeachingStory, describedBy: string): SlideBody {
  const rows = selectSourcing(story.articles);
  const figure = createChartFigure('sourcing', describedBy);
  figure.setLabel('Stacked bar chart: anonymous and named source references in each article.');
  const table = renderTable({
    caption: 'Source references per article (both voices)',
    columns: ['Article', 'Anonymous', 'Named'],
    rows: rows.map((r) => ({
      header: r.label,
      cells: [
        { text: formatCount(r.anonymous), value: r.anonymous },
        { text: formatCount(r.named), value: r.named },
      ],
    })),
  });
  let chart: SourcingChart | undefined;
  return {
    root: h('div', { class: 'cl-chart' }, [figure.root, screenReaderTable(table)]),
    onShow: () => void (chart ??= createSourcingChart(figure, rows)),
    retheme: () => chart?.retheme(),
  };
}
