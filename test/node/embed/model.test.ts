/**
 * What a widget shows (dashboard/src/embed/model.ts): the articles `outlets=` picks, in its order;
 * the summary, table and chart data of each kind; the source line; the links (CSV pinned to the
 * revision shown, the story, and "updated analysis" only when a newer revision exists).
 */
import { describe, expect, it } from 'vitest';
import type { StoryResponse } from '../../../worker/api-types';
import { parseWidgetUrl, type WidgetOptions } from '../../../worker/widgets/options';
import { buildWidgetModel, selectArticles, sourceLine } from '../../../dashboard/src/embed/model';
import { summarizeSourcing, selectSourcing } from '../../../dashboard/src/data/sourcing';
import { labelArticles } from '../../../dashboard/src/data/labels';
import { article, evidence, outletRate } from '../dashboard/fixtures';

const cnn = article({ outlet: 'CNN', metrics: { ...outletRate('hedging', 9.8), anonymousSources: { outlet: { count: 2 }, quoted: { count: 1 } } }, citations: ['Reuters', 'reuters'] });
const rt = article({ outlet: 'RT', metrics: outletRate('hedging', 3.2), headline: 'The so-called deal', headlineEvidence: [evidence('skepticism', 4, 13, 'The so-called deal')] });
const copy = article({ outlet: null, metrics: { hedging: { quoted: { per1k: 7, count: 1 } } } });
const rtAgain = article({ outlet: 'RT', metrics: outletRate('hedging', 1) });
rtAgain.analyzerVersion = '1.1.0';

function payload(revision = 4, current = 4): StoryResponse {
  return {
    story: { slug: 'deal', title: 'The deal', summary: null, eventDate: null, revision: current, articleCount: 4, outletCount: 2, updatedAt: '2024-01-01' },
    revision,
    outlets: [],
    articles: [cnn, rt, copy, rtAgain],
    metrics: [{ key: 'hedging', label: 'Hedging', description: '' }],
  };
}

function options(path: string, query = ''): WidgetOptions {
  const parsed = parseWidgetUrl(path, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

describe('selectArticles', () => {
  it('keeps every article without outlets=, and follows the order outlets= gives', () => {
    expect(selectArticles(payload(), null).map((a) => a.label)).toEqual(['CNN', 'RT', 'Unattributed', 'RT (2)']);
    expect(selectArticles(payload(), ['unattributed', 'rt']).map((a) => a.label)).toEqual(['Unattributed', 'RT', 'RT (2)']);
    expect(selectArticles(payload(), ['cnn']).map((a) => a.article.id)).toEqual([cnn.id]);
  });
});

describe('sourceLine', () => {
  it('counts the articles shown and names every analyser version', () => {
    expect(sourceLine(labelArticles([cnn, rt]))).toBe('Framelens analysis of 2 articles · method v1.0.0');
    expect(sourceLine(labelArticles([cnn, rtAgain]))).toBe('Framelens analysis of 2 articles · method v1.0.0, v1.1.0');
    expect(sourceLine(labelArticles([cnn]))).toBe('Framelens analysis of 1 article · method v1.0.0');
    expect(sourceLine([])).toBe('Framelens analysis of 0 articles');
  });
});

describe('buildWidgetModel', () => {
  it('builds a one-metric chart in the asked voice, with its summary and table', () => {
    const model = buildWidgetModel(payload(), options('/embed/deal/metric/hedging', 'voice=quoted&outlets=unattributed,cnn'));
    expect(model.heading).toBe('Hedging per 1,000 words, in quoted speech');
    expect(model.title).toBe('Hedging per 1,000 words, in quoted speech · The deal · Framelens');
    expect(model.data).toMatchObject({ kind: 'bars', metrics: [{ key: 'hedging', label: 'Hedging' }], view: { voice: 'quoted', measure: 'per1k' } });
    expect(model.data.kind === 'bars' && model.data.series.map((s) => [s.label, s.values])).toEqual([['Unattributed', [7]], ['CNN', [0]]]);
    expect(model.summary).toBe('Unattributed was the only outlet to use hedges: 7.0 hedges per 1,000 quoted words.');
    expect(model.table.columns).toEqual(['Article', 'Hedging', 'Quoted words']);
    expect(model.table.rows.map((r) => [r.header, r.cells.map((c) => c.text)])).toEqual([['Unattributed', ['7.0', '50']], ['CNN', ['0.0', '50']]]);
    expect(model.sourceLine).toBe('Framelens analysis of 2 articles · method v1.0.0');
  });

  it('builds the profile from metric= or the default profile metrics', () => {
    const picked = buildWidgetModel(payload(), options('/embed/deal/profile', 'metric=boosters,hedging'));
    expect(picked.data.kind === 'bars' && picked.data.metrics.map((m) => m.key)).toEqual(['boosters', 'hedging']);
    const all = buildWidgetModel(payload(), options('/embed/deal/profile'));
    expect(all.data.kind === 'bars' && all.data.metrics.map((m) => m.key)).toEqual(['hedging', 'skepticism', 'scareQuotes', 'boosters', 'loadedVerbs', 'neutralVerbs']);
    expect(all.summary).toBe('CNN used 9.8 hedges per 1,000 words, 3.1× the next outlet (RT, 3.2).');
  });

  it('builds sourcing, citations and headlines from the dashboard’s own data functions', () => {
    const sourcing = buildWidgetModel(payload(), options('/embed/deal/sourcing'));
    expect(sourcing.summary).toBe(summarizeSourcing(selectSourcing(labelArticles(payload().articles))));
    expect(sourcing.table.rows[0]?.cells.map((c) => c.text)).toEqual(['3', '0', '3', '100%']);
    const citations = buildWidgetModel(payload(), options('/embed/deal/citations'));
    expect(citations.table.columns).toEqual(['Article', 'Reuters', 'Total']);
    expect(citations.table.rows[0]).toMatchObject({ header: 'CNN', cells: [{ text: '2', value: 2 }, { text: '2', value: 2 }] });
    const headlines = buildWidgetModel(payload(), options('/embed/deal/headlines', 'outlets=rt'));
    expect(headlines.table.rows[0]).toMatchObject({ header: 'RT', cells: [{ text: 'The so-called deal' }, { text: 'Skepticism: so-called', value: 1 }] });
    expect(headlines.summary).toContain('RT’s “so-called” (skepticism marker)');
  });

  it('links the CSV behind the chart at the revision shown, and the story', () => {
    const pinned = buildWidgetModel(payload(2, 4), options('/embed/deal/profile', 'rev=2'));
    expect(pinned.csvUrl).toBe('/api/stories/deal/metrics.csv?rev=2');
    expect(pinned.storyUrl).toBe('/stories/deal');
    expect(pinned.updatedUrl).toBe('/stories/deal');
    const latest = buildWidgetModel(payload(4, 4), options('/embed/deal/citations'));
    expect(latest.csvUrl).toBe('/api/stories/deal/citations.csv?rev=4');
    expect(latest.updatedUrl).toBeNull();
    expect(buildWidgetModel(payload(), options('/embed/deal/headlines')).csvUrl).toBe('/api/stories/deal/headlines.csv?rev=4');
  });
});
