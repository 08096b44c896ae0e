/**
 * Production D1 rejects any statement with more than 100 bound parameters; local D1 does not. Every
 * query function runs here through a recording D1 wrapper, on the longest demo text and on a
 * synthetic article with hundreds of rows per child table, and no statement may exceed the limit.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import cnnText from '../../demo/stories/xi-biden-election-2024/cnn.txt?raw';
import indiaTodayText from '../../demo/stories/xi-biden-election-2024/india-today.txt?raw';
import mothershipText from '../../demo/stories/xi-biden-election-2024/mothership.txt?raw';
import rtText from '../../demo/stories/xi-biden-election-2024/rt.txt?raw';
import unattributedText from '../../demo/stories/xi-biden-election-2024/unattributed.txt?raw';
import { analyze } from '../../worker/analysis';
import type { ArticleAnalysis } from '../../worker/analysis/types';
import { loadArticleDetail } from '../../worker/db/article-detail';
import { loadArticleSummaries } from '../../worker/db/article-summaries';
import { MAX_BOUND_PARAMETERS } from '../../worker/db/children';
import { createDb, type Database } from '../../worker/db/client';
import { deleteArticle } from '../../worker/db/delete-article';
import { ingestArticle } from '../../worker/db/ingest';
import { loadMetricRows } from '../../worker/db/metrics-table';
import { countOutdatedArticles, listOutdatedArticles, replaceAnalysis } from '../../worker/db/reanalysis';
import { createStory, findStory, listStories } from '../../worker/db/stories';
import { sha256Hex } from '../../worker/lib/hash';
import { syntheticAnalysis } from './fixtures';
import { maxParameters, recordingD1, type RecordedStatement } from './recording-d1';
import { uniqueSlug } from './helpers';

let log: RecordedStatement[];
let db: Database;

beforeEach(() => {
  log = [];
  db = createDb(recordingD1(env.DB, log));
});

async function newStory(): Promise<{ id: number; revision: number }> {
  const story = await createStory(db, { slug: uniqueSlug(), title: 'Bound parameters', summary: null, eventDate: null });
  if (!story) throw new Error('story not created');
  return story;
}

async function store(storyId: number, analysis: ArticleAnalysis, outlet: string | null = 'Outlet') {
  const result = await ingestArticle(db, {
    storyId,
    outlet: outlet ? { slug: outlet.toLowerCase(), name: outlet, country: 'US', homepage: 'https://example.com/' } : null,
    url: 'https://example.com/a',
    headlineInput: null,
    publishedInput: null,
    rawText: analysis.text,
    rawFormat: 'text',
    analysis,
    contentHash: await sha256Hex(analysis.text),
  });
  if (!result) throw new Error('not stored');
  return result;
}

async function rowCount(table: string, articleId: number): Promise<number> {
  return (await env.DB.prepare(`select count(*) as n from ${table} where article_id = ?`).bind(articleId).first<{ n: number }>())?.n ?? -1;
}

describe('the 100-bound-parameter limit', () => {
  it('holds for every demo text, the longest (CNN) included', async () => {
    const story = await newStory();
    const texts = { CNN: cnnText, 'India Today': indiaTodayText, Mothership: mothershipText, RT: rtText };
    for (const [outlet, text] of Object.entries(texts)) await store(story.id, analyze({ text, outlet }), outlet);
    await store(story.id, analyze({ text: unattributedText }), null);
    expect(log.length).toBeGreaterThan(20);
    expect(maxParameters(log)).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS);
    // The wrapper really sees what drizzle binds.
    expect(log.filter((s) => s.bound !== null).every((s) => s.bound === s.placeholders)).toBe(true);
  });

  it('holds for an article with hundreds of rows in every child table, all of which are stored', async () => {
    const story = await newStory();
    const analysis = syntheticAnalysis({ evidence: 650, people: 180, quotes: 140, sources: 160, citations: 120 });
    const { id, created } = await store(story.id, analysis);
    expect(created).toBe(true);

    const max = maxParameters(log);
    expect(max).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS);
    expect(max).toBeGreaterThanOrEqual(90); // chunks are filled close to the limit, not split needlessly
    const tooBig = log.filter((s) => Math.max(s.placeholders, s.bound ?? 0) > MAX_BOUND_PARAMETERS);
    expect(tooBig).toEqual([]);

    expect(await rowCount('metrics', id)).toBe(20);
    expect(await rowCount('evidence', id)).toBe(650);
    expect(await rowCount('people', id)).toBe(180);
    expect(await rowCount('quotes', id)).toBe(140);
    expect(await rowCount('sources', id)).toBe(160);
    expect(await rowCount('citations', id)).toBe(120);

    // Round trip through the read queries (also recorded): every row comes back, in order.
    const detail = await loadArticleDetail(db, { id: story.id, revision: 1 }, id);
    expect(detail?.evidence).toEqual(analysis.evidence);
    expect(detail?.people).toEqual(analysis.people);
    expect(detail?.quotes).toEqual(analysis.quotes);
    expect(detail?.sources).toEqual(analysis.sources);
    expect(detail?.citations).toEqual(analysis.citations);
    expect(detail?.article.citations).toEqual(analysis.citations.map((c) => ({ outlet: c.outlet })));
    expect(maxParameters(log)).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS);
  });

  it('holds for every read, re-analysis and delete query', async () => {
    const story = await newStory();
    const first = await store(story.id, syntheticAnalysis({ evidence: 300, people: 50, quotes: 50, sources: 50, citations: 50 }, 'a'));
    await store(story.id, syntheticAnalysis({ evidence: 10, people: 1, quotes: 1, sources: 1, citations: 1 }, 'b'));
    log.length = 0;

    await listStories(db);
    const found = await findStory(db, (await listStories(db))[0]!.slug);
    expect(found).not.toBeNull();
    await loadArticleSummaries(db, { storyId: story.id, maxRevision: 2 });
    await loadMetricRows(db, story.id, 2);
    const versions = { analyzerVersion: '9.9.9', lexiconVersion: 'newer' };
    expect(await countOutdatedArticles(db, versions)).toBeGreaterThanOrEqual(2);
    const outdated = await listOutdatedArticles(db, versions, 100);
    const target = outdated.find((a) => a.id === first.id)!;
    const replacement = syntheticAnalysis({ evidence: 400, people: 60, quotes: 60, sources: 60, citations: 60 }, 'a');
    await replaceAnalysis(db, { ...target, storyId: story.id }, replacement, await sha256Hex(replacement.text));
    expect(await rowCount('evidence', first.id)).toBe(400);
    expect(await deleteArticle(db, first.id)).toMatchObject({ id: first.id, revision: 3 });

    expect(log.length).toBeGreaterThan(10);
    expect(maxParameters(log)).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS);
  });
});
