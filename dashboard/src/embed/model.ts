/**
 * What a widget shows, from the story payload and the widget's options: the articles it compares
 * (after `outlets=`), its heading, summary sentence, source line, links and data table, and the data
 * of its chart. Pure (no DOM): the widget page and the dashboard's PNG export draw from the same model.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import type { StoryResponse } from '../../../worker/api-types';
import { UNATTRIBUTED_SLUG, type WidgetOptions } from '../../../worker/widgets/options';
import { chartTitle, widgetTitle } from '../../../worker/widgets/titles';
import type { TableModel } from '../components/data-table';
import { buildCitationGraph, summarizeCitations, type CitationGraph } from '../data/citations';
import { formatCount, formatPercent, formatRate } from '../data/format';
import { summarizeHeadlines } from '../data/headlines';
import { labelArticles, type LabelledArticle } from '../data/labels';
import { metricLabel, PROFILE_METRICS, READER_METRICS } from '../data/metrics';
import { selectProfile, summarizeMetric, summarizeProfile, type ProfileSeries, type ProfileView } from '../data/profile';
import { selectSourcing, summarizeSourcing, type SourcingRow } from '../data/sourcing';

export type WidgetData =
  | { kind: 'bars'; metrics: { key: MetricKey; label: string }[]; series: ProfileSeries[]; view: ProfileView }
  | { kind: 'sourcing'; rows: SourcingRow[] }
  | { kind: 'citations'; graph: CitationGraph }
  | { kind: 'headlines' };

export interface WidgetModel {
  options: WidgetOptions;
  storyTitle: string;
  heading: string;
  /** Heading · story · Framelens (the document title). */
  title: string;
  summary: string;
  /** "Framelens analysis of 5 articles · method v1.1.0" */
  sourceLine: string;
  articles: LabelledArticle[];
  data: WidgetData;
  table: TableModel;
  /** The revision the numbers are from. */
  revision: number;
  storyUrl: string;
  /** "Get the data": the CSV behind the chart, pinned to the revision shown. */
  csvUrl: string;
  /** The unpinned story, when the widget is pinned to an older revision than the latest. */
  updatedUrl: string | null;
}

/** The payload's articles that `outlets=` selects, in the order the option lists them. */
export function selectArticles(payload: StoryResponse, outlets: readonly string[] | null): LabelledArticle[] {
  if (!outlets) return labelArticles(payload.articles);
  const rank = (slug: string | null) => outlets.indexOf(slug ?? UNATTRIBUTED_SLUG);
  const chosen = payload.articles
    .map((article, order) => ({ article, order, rank: rank(article.outlet?.slug ?? null) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  return labelArticles(chosen.map((entry) => entry.article));
}

/** "Framelens analysis of 5 articles · method v1.1.0" (every analyser version, when mixed). */
export function sourceLine(articles: readonly LabelledArticle[]): string {
  const versions = [...new Set(articles.map(({ article }) => article.analyzerVersion))].sort();
  const count = `Framelens analysis of ${formatCount(articles.length)} ${articles.length === 1 ? 'article' : 'articles'}`;
  return versions.length ? `${count} · method ${versions.map((v) => `v${v}`).join(', ')}` : count;
}

function barsModel(articles: LabelledArticle[], metrics: MetricKey[], options: WidgetOptions, label: (k: MetricKey) => string) {
  const view: ProfileView = { voice: options.voice, measure: 'per1k' };
  const series = selectProfile(articles, metrics, view);
  const single = metrics.length === 1 ? metrics[0] : undefined;
  const summary = single
    ? summarizeMetric(series.map((s) => ({ label: s.label, value: s.values[0] ?? 0 })), single, view)
    : summarizeProfile(series, metrics, view);
  const words = options.voice === 'outlet' ? 'Own-voice words' : 'Quoted words';
  const table: TableModel = {
    caption: `Per 1,000 words, ${options.voice === 'outlet' ? "in the outlet's own voice" : 'inside quotes'}`,
    columns: ['Article', ...metrics.map(label), words],
    rows: series.map((s, i) => ({
      header: s.label,
      cells: [
        ...s.values.map((value) => ({ text: formatRate(value), value })),
        { text: formatCount(articles[i]?.article.words[options.voice] ?? 0), value: articles[i]?.article.words[options.voice] ?? 0 },
      ],
    })),
  };
  const data: WidgetData = { kind: 'bars', metrics: metrics.map((key) => ({ key, label: label(key) })), series, view };
  return { summary, table, data };
}

function sourcingModel(articles: LabelledArticle[]) {
  const rows = selectSourcing(articles);
  const table: TableModel = {
    caption: 'Source references per article (both voices)',
    columns: ['Article', 'Anonymous', 'Named', 'Total', 'Anonymous share'],
    rows: rows.map((r) => ({
      header: r.label,
      cells: [
        { text: formatCount(r.anonymous), value: r.anonymous },
        { text: formatCount(r.named), value: r.named },
        { text: formatCount(r.total), value: r.total },
        { text: r.anonymousShare === null ? '—' : formatPercent(r.anonymousShare) },
      ],
    })),
  };
  return { summary: summarizeSourcing(rows), table, data: { kind: 'sourcing', rows } as WidgetData };
}

function citationsModel(articles: LabelledArticle[]) {
  const graph = buildCitationGraph(articles);
  const table: TableModel = {
    caption: 'Citations of other outlets, per article',
    columns: ['Article', ...graph.outlets, 'Total'],
    rows: graph.rows.map((row) => ({
      header: row.label,
      cells: [
        ...graph.outlets.map((outlet) => {
          const count = row.cited.find((c) => c.outlet.toLowerCase() === outlet.toLowerCase())?.count ?? 0;
          return { text: count ? formatCount(count) : '—', value: count };
        }),
        { text: formatCount(row.total), value: row.total },
      ],
    })),
  };
  return { summary: summarizeCitations(graph), table, data: { kind: 'citations', graph } as WidgetData };
}

function headlinesModel(articles: LabelledArticle[], label: (k: MetricKey) => string) {
  const table: TableModel = {
    caption: 'Headlines and the framing markers in them',
    columns: ['Article', 'Headline', 'Markers'],
    rows: articles.map(({ article, label: outlet }) => ({
      header: outlet,
      cells: [
        { text: article.headline ?? '—' },
        { text: article.headlineEvidence.map((e) => `${label(e.metric)}: ${e.text}`).join('; ') || '—', value: article.headlineEvidence.length },
      ],
    })),
  };
  return { summary: summarizeHeadlines(articles, READER_METRICS), table, data: { kind: 'headlines' } as WidgetData };
}

const seg = encodeURIComponent;

export function buildWidgetModel(payload: StoryResponse, options: WidgetOptions): WidgetModel {
  const articles = selectArticles(payload, options.outlets);
  const label = (key: MetricKey) => metricLabel(key, payload.metrics);
  const { chart } = options;
  const parts =
    chart.kind === 'profile' || chart.kind === 'metric'
      ? barsModel(articles, chart.kind === 'metric' ? [chart.metric] : (options.metrics ?? [...PROFILE_METRICS]), options, label)
      : chart.kind === 'sourcing'
        ? sourcingModel(articles)
        : chart.kind === 'citations'
          ? citationsModel(articles)
          : headlinesModel(articles, label);
  const heading = chartTitle(chart, options.voice, label);
  const slug = seg(payload.story.slug);
  const csv = chart.kind === 'citations' || chart.kind === 'headlines' ? `${chart.kind}.csv` : 'metrics.csv';
  return {
    options,
    storyTitle: payload.story.title,
    heading,
    title: widgetTitle(heading, payload.story.title),
    ...parts,
    sourceLine: sourceLine(articles),
    articles,
    revision: payload.revision,
    storyUrl: `/stories/${slug}`,
    csvUrl: `/api/stories/${slug}/${csv}?rev=${payload.revision}`,
    updatedUrl: payload.story.revision > payload.revision ? `/stories/${slug}` : null,
  };
}
