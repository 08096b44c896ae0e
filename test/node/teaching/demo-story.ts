/**
 * The demo story as the teaching pages receive it: each demo text analysed here and shaped like the
 * API's story payload and article detail (worker/api-types.ts), so the pure teaching functions are
 * tested on the real texts without a server.
 */
import { METRIC_KEYS, type ArticleAnalysis } from '../../../worker/analysis';
import type { ArticleDetailResponse, ArticleSummary, StoryResponse } from '../../../worker/api-types';
import { labelArticles } from '../../../dashboard/src/data/labels';
import type { DetailedArticle, TeachingStory } from '../../../dashboard/src/teaching/types';
import { DEMO, demo, type DemoKey } from '../analysis/demo';

const ORDER: DemoKey[] = ['cnn', 'indiaToday', 'mothership', 'rt', 'unattributed'];

export function summaryOf(id: number, outlet: string | null, a: ArticleAnalysis): ArticleSummary {
  const cells = Object.fromEntries(
    METRIC_KEYS.map((key) => {
      const cell = (voice: 'outlet' | 'quoted') => {
        const m = a.metrics.find((x) => x.metric === key && x.voice === voice);
        return { count: m?.count ?? 0, per1k: m?.per1k ?? 0 };
      };
      return [key, { outlet: cell('outlet'), quoted: cell('quoted') }];
    }),
  ) as ArticleSummary['metrics'];
  const head = a.headlineSpan;
  return {
    id,
    outlet: outlet ? { slug: outlet.toLowerCase().replace(/\s+/g, '-'), name: outlet, country: null, homepage: null } : null,
    label: outlet ?? 'Unattributed',
    headline: a.headline,
    bylines: a.bylines,
    url: null,
    published: a.published,
    wordCount: a.wordCount,
    words: a.words,
    quotedShare: a.quotedShare,
    analyzerVersion: a.analyzerVersion,
    lexiconVersion: a.lexiconVersion,
    addedRevision: id,
    metrics: cells,
    headlineEvidence: head
      ? a.evidence
          .filter((e) => e.start >= head.start && e.end <= head.end)
          .map((e) => ({ ...e, start: e.start - head.start, end: e.end - head.start }))
      : [],
    citations: a.citations.map((c) => ({ outlet: c.outlet })),
    people: a.people.map((p) => ({ name: p.name, role: p.role })),
  };
}

export function detailOf(summary: ArticleSummary, a: ArticleAnalysis): ArticleDetailResponse {
  return {
    article: { ...summary, text: a.text, headlineSpan: a.headlineSpan },
    evidence: a.evidence,
    people: a.people,
    quotes: a.quotes,
    sources: a.sources,
    citations: a.citations,
  };
}

/** Detailed articles for the given demo texts (default: all five, in the seeding order). */
export function demoArticles(keys: readonly DemoKey[] = ORDER): DetailedArticle[] {
  const summaries = keys.map((key, i) => summaryOf(i + 1, DEMO[key].outlet, demo(key)));
  return labelArticles(summaries).map((labelled, i) => ({
    ...labelled,
    detail: detailOf(labelled.article, demo(keys[i] as DemoKey)),
  }));
}

export function demoStory(keys: readonly DemoKey[] = ORDER): TeachingStory {
  const articles = demoArticles(keys);
  const payload: StoryResponse = {
    story: {
      slug: 'xi-biden-election-2024',
      title: 'Xi promised Biden China would not interfere in the 2024 US election',
      summary: null,
      eventDate: '2024-01-30',
      revision: articles.length,
      articleCount: articles.length,
      outletCount: articles.filter((a) => a.article.outlet).length,
      updatedAt: '2024-02-01T00:00:00Z',
    },
    revision: articles.length,
    outlets: articles.flatMap((a) => (a.article.outlet ? [a.article.outlet] : [])),
    articles: articles.map((a) => a.article),
    metrics: [],
  };
  return { payload, articles };
}
