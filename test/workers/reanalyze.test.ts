/** POST /api/admin/reanalyze: outdated rows are recomputed from the stored raw input. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { analyze, ANALYZER_VERSION, LEXICON_VERSION } from '../../worker/analysis';
import { sha256Hex } from '../../worker/lib/hash';
import { MAX_ARTICLE_CHARS } from '../../worker/lib/limits';
import { errorOf, getArticle, ingest, json, makeStory, request, sampleArticle, write } from './helpers';

interface ReanalyzeBody {
  reanalyzed: number;
  failed: number[];
  remaining: number;
}

/** Calls the endpoint until nothing remains (bounded). */
async function reanalyzeAll(limit = 3): Promise<ReanalyzeBody[]> {
  const calls: ReanalyzeBody[] = [];
  for (let i = 0; i < 50; i++) {
    const res = await write('POST', '/api/admin/reanalyze', { limit });
    expect(res.status).toBe(200);
    const body = await json<ReanalyzeBody>(res);
    calls.push(body);
    if (body.remaining === 0) return calls;
  }
  throw new Error('reanalyze did not finish');
}

/** Makes an article look as if an older analyser had stored it, with stale rows. */
async function makeOutdated(id: number): Promise<void> {
  await env.DB.batch([
    env.DB.prepare("update articles set analyzer_version = '0.9.0', lexicon_version = 'fnv1a-00000000', word_count = 1, text = 'stale', headline_start = null, headline_end = null where id = ?").bind(id),
    env.DB.prepare('delete from evidence where article_id = ?').bind(id),
    env.DB.prepare('update metrics set count = 99, per1k = 99 where article_id = ?').bind(id),
    env.DB.prepare("insert into citations (article_id, outlet, start, end, text, rule_id) values (?, 'Stale Outlet', 0, 1, 's', 'old.rule')").bind(id),
  ]);
}

describe('POST /api/admin/reanalyze', () => {
  it('recomputes outdated articles from their raw input, keeping client-given headline and date', async () => {
    const slug = await makeStory();
    const body = 'Officials said the vote could possibly slip, two people familiar with the matter said.';
    const a = await ingest(slug, { outlet: 'CNN', headline: 'Vote may slip', published: '2024-02-02', text: body });
    const b = await ingest(slug, { text: sampleArticle('b') });
    await makeOutdated(a.id);
    await makeOutdated(b.id);
    expect((await getArticle(slug, a.id)).article.analyzerVersion).toBe('0.9.0');

    const calls = await reanalyzeAll(1);
    expect(calls.reduce((n, c) => n + c.reanalyzed, 0)).toBeGreaterThanOrEqual(2);
    expect(calls.at(-1)).toMatchObject({ remaining: 0, failed: [] });

    const expectedA = analyze({ text: `Vote may slip\n\n${body}`, outlet: 'CNN' });
    const detailA = await getArticle(slug, a.id);
    expect(detailA.article).toMatchObject({
      analyzerVersion: ANALYZER_VERSION,
      lexiconVersion: LEXICON_VERSION,
      text: expectedA.text,
      wordCount: expectedA.wordCount,
      headline: 'Vote may slip',
      headlineSpan: { start: 0, end: 13 },
      published: '2024-02-02',
    });
    expect(detailA.evidence).toEqual(expectedA.evidence);
    expect(detailA.citations).toEqual(expectedA.citations);
    for (const m of expectedA.metrics) expect(detailA.article.metrics[m.metric][m.voice]).toEqual({ count: m.count, per1k: m.per1k });

    const expectedB = analyze({ text: sampleArticle('b') });
    expect((await getArticle(slug, b.id)).evidence).toEqual(expectedB.evidence);
  });

  it('analyses at most MAX_ARTICLE_CHARS of text per call (at least one article), so a call stays within one article\'s CPU time', async () => {
    const slug = await makeStory();
    const long = (marker: string): string => `${sampleArticle(marker)}\n\n${'Officials may delay the vote. '.repeat(700)}`;
    const ids: number[] = [];
    for (const marker of ['one', 'two', 'three']) ids.push((await ingest(slug, { text: long(marker) })).id);
    expect(long('one').length).toBeGreaterThan(MAX_ARTICLE_CHARS / 3);
    expect(2 * long('one').length).toBeLessThan(MAX_ARTICLE_CHARS);
    for (const id of ids) await makeOutdated(id);

    const first = await json<ReanalyzeBody>(await write('POST', '/api/admin/reanalyze', { limit: 10 }));
    expect(first).toEqual({ reanalyzed: 2, failed: [], remaining: 1 });
    const second = await json<ReanalyzeBody>(await write('POST', '/api/admin/reanalyze', { limit: 10 }));
    expect(second).toEqual({ reanalyzed: 1, failed: [], remaining: 0 });
    expect((await getArticle(slug, ids[2]!)).article.analyzerVersion).toBe(ANALYZER_VERSION);
  });

  it('leaves current articles alone', async () => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { text: sampleArticle('current') });
    const before = await env.DB.prepare('select analyzed_at from articles where id = ?').bind(id).first<{ analyzed_at: string }>();
    await reanalyzeAll();
    const after = await env.DB.prepare('select analyzed_at from articles where id = ?').bind(id).first<{ analyzed_at: string }>();
    expect(after).toEqual(before);
  });

  it('keeps the old content hash when the new one would collide with another article of the story', async () => {
    const slug = await makeStory();
    const a = await ingest(slug, { text: sampleArticle('x') });
    const b = await ingest(slug, { text: sampleArticle('y') });
    const hashOfA = await sha256Hex(analyze({ text: sampleArticle('x') }).text);
    // B claims A's hash, A carries a placeholder: re-analysing A must not violate UNIQUE(story, hash).
    await env.DB.batch([
      env.DB.prepare("update articles set content_hash = 'placeholder' where id = ?").bind(a.id),
      env.DB.prepare('update articles set content_hash = ? where id = ?').bind(hashOfA, b.id),
    ]);
    await makeOutdated(a.id);
    const calls = await reanalyzeAll();
    expect(calls.at(-1)?.failed).toEqual([]);
    const row = await env.DB.prepare('select content_hash, analyzer_version from articles where id = ?').bind(a.id).first();
    expect(row).toEqual({ content_hash: 'placeholder', analyzer_version: ANALYZER_VERSION });
  });

  it('needs the admin token, and validates the limit', async () => {
    const unauthorized = await request('/api/admin/reanalyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(unauthorized.status).toBe(401);
    for (const limit of [0, 101, 2.5, '5']) {
      const res = await write('POST', '/api/admin/reanalyze', { limit });
      expect(res.status, String(limit)).toBe(422);
      expect((await errorOf(res)).message).toMatch(/^limit: /);
    }
    const empty = await write('POST', '/api/admin/reanalyze', {});
    expect(empty.status).toBe(200);
  });
});
