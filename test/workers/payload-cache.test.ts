/**
 * Cached reads of GET /api/stories/:slug and GET /api/stories: served from the Cache API once built,
 * with a strong ETag and 304, and invalidated by every write that changes them (ingest, delete,
 * re-analysis, an outlet's details filled in from another story) — but not by unrelated writes.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker';
import { ANALYZER_VERSION } from '../../worker/analysis';
import type { StoryListResponse, StoryResponse } from '../../worker/api-types';
import { etagMatches, RecentPayloads } from '../../worker/lib/payload-cache';
import { VERSION_REUSE_MS, VersionMemo } from '../../worker/lib/version-memo';
import { ADMIN_TOKEN, ingest, json, makeStory, ORIGIN, request, sampleArticle, write } from './helpers';
import { recordingD1, type RecordedStatement } from './recording-d1';

interface Read<T> {
  status: number;
  etag: string | null;
  body: T;
}

async function read<T = StoryResponse>(path: string, headers: Record<string, string> = {}): Promise<Read<T>> {
  const res = await request(path, { headers });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('ETag'), body: (text ? JSON.parse(text) : null) as T };
}

/** The same GET through the app with a D1 that records every statement it prepares. */
async function recordedGet(path: string, envOverrides: Partial<Env> = {}): Promise<{ res: Response; statements: string[] }> {
  const log: RecordedStatement[] = [];
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${ORIGIN}${path}`), { ...env, DB: recordingD1(env.DB, log), ...envOverrides }, ctx);
  await res.arrayBuffer();
  await waitOnExecutionContext(ctx);
  return { res, statements: [...new Set(log.map((s) => s.sql))] };
}

/** Waits until remembered version lookups have expired (lib/version-memo.ts). */
const pastReuseWindow = () => new Promise((resolve) => setTimeout(resolve, VERSION_REUSE_MS + 20));

/** True when the article summaries were queried (the payload was built, not served from cache). */
const readsArticles = (statements: string[]) => statements.some((sql) => /from "articles" left join "outlets"/.test(sql));

describe('GET /api/stories/:slug caching', () => {
  it('sends a strong ETag and public, no-cache; answers 304 to If-None-Match (strong, weak, in a list, or *)', async () => {
    const slug = await makeStory();
    await ingest(slug, { outlet: 'Cache Daily', text: sampleArticle('etag') });
    const res = await request(`/api/stories/${slug}`);
    expect(res.status).toBe(200);
    const etag = res.headers.get('ETag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get('Cache-Control')).toBe('public, no-cache');
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const first = await res.text();

    const again = await read(`/api/stories/${slug}`);
    expect(again.etag).toBe(etag);
    expect(JSON.stringify(again.body)).toBe(first);

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const notModified = await request(`/api/stories/${slug}`, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(notModified.status, ifNoneMatch).toBe(304);
      expect(notModified.headers.get('ETag')).toBe(etag);
      expect(notModified.headers.get('Cache-Control')).toBe('public, no-cache');
      expect(await notModified.text()).toBe('');
    }
    expect((await read(`/api/stories/${slug}`, { 'If-None-Match': '"0000"' })).status).toBe(200);
  });

  it('builds the payload once; later reads only look the version up, and not even that within the reuse window', async () => {
    const slug = await makeStory();
    await ingest(slug, { text: sampleArticle('once') });
    const first = await recordedGet(`/api/stories/${slug}`);
    expect(first.res.status).toBe(200);
    expect(readsArticles(first.statements)).toBe(true);
    const soon = await recordedGet(`/api/stories/${slug}`);
    expect(soon.res.headers.get('ETag')).toBe(first.res.headers.get('ETag'));
    expect(soon.statements).toEqual([]);
    await pastReuseWindow();
    const later = await recordedGet(`/api/stories/${slug}`);
    expect(later.res.status).toBe(200);
    expect(later.res.headers.get('ETag')).toBe(first.res.headers.get('ETag'));
    expect(later.statements).toHaveLength(1);
    expect(later.statements[0]).toMatch(/^select .* from "stories" where "stories"."slug" = \?$/);
  });

  it('looks the version up again right after a write in the same isolate, without waiting', async () => {
    const slug = await makeStory();
    const before = await recordedGet(`/api/stories/${slug}`);
    const ctx = createExecutionContext();
    const ingested = await app.fetch(
      new Request(`${ORIGIN}/api/stories/${slug}/articles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: sampleArticle('same-isolate') }),
      }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(ingested.status).toBe(201);
    const after = await recordedGet(`/api/stories/${slug}`);
    expect(readsArticles(after.statements)).toBe(true);
    expect(after.res.headers.get('ETag')).not.toBe(before.res.headers.get('ETag'));
  });

  it('does not reuse payloads cached by another Worker version (a deploy)', async () => {
    const slug = await makeStory();
    await recordedGet(`/api/stories/${slug}`);
    expect(readsArticles((await recordedGet(`/api/stories/${slug}`)).statements)).toBe(false);
    const deployed = await recordedGet(`/api/stories/${slug}`, { CF_VERSION_METADATA: { id: 'next-version', tag: '', timestamp: '' } });
    expect(readsArticles(deployed.statements)).toBe(true);
  });

  it('shows an ingested article on the next read, with a new ETag', async () => {
    const slug = await makeStory();
    const a = await ingest(slug, { outlet: 'Alpha', text: sampleArticle('alpha') });
    const before = await read(`/api/stories/${slug}`);
    expect(before.body.articles.map((x) => x.id)).toEqual([a.id]);
    const b = await ingest(slug, { outlet: 'Beta', text: sampleArticle('beta') });
    const after = await read(`/api/stories/${slug}`);
    expect(after.body.articles.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(after.body.story).toMatchObject({ revision: 2, articleCount: 2, outletCount: 2 });
    expect(after.etag).not.toBe(before.etag);
    // The old ETag no longer gets a 304.
    expect((await read(`/api/stories/${slug}`, { 'If-None-Match': before.etag! })).status).toBe(200);
  });

  it('drops a deleted article from the current and every pinned payload, with new ETags', async () => {
    const slug = await makeStory();
    const keep = await ingest(slug, { text: sampleArticle('keep') });
    const gone = await ingest(slug, { text: sampleArticle('gone') });
    const later = await ingest(slug, { text: sampleArticle('later') });
    const current = await read(`/api/stories/${slug}`);
    const pinned = await read(`/api/stories/${slug}?rev=2`);
    expect(pinned.body.articles.map((x) => x.id)).toEqual([keep.id, gone.id]);
    expect(pinned.etag).not.toBe(current.etag); // different payloads, cached apart

    expect((await write('DELETE', `/api/articles/${gone.id}`)).status).toBe(200);
    const currentAfter = await read(`/api/stories/${slug}`);
    const pinnedAfter = await read(`/api/stories/${slug}?rev=2`);
    expect(currentAfter.body.articles.map((x) => x.id)).toEqual([keep.id, later.id]);
    expect(pinnedAfter.body.articles.map((x) => x.id)).toEqual([keep.id]);
    expect(currentAfter.etag).not.toBe(current.etag);
    expect(pinnedAfter.etag).not.toBe(pinned.etag);
  });

  it('shows re-analysed numbers on the next read', async () => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { text: sampleArticle('reanalyse') });
    // As if an older analyser had stored it (a direct edit: it bypasses the API, so no version bump).
    await env.DB.prepare("update articles set analyzer_version = '0.9.0', word_count = 1 where id = ?").bind(id).run();
    const stale = await read(`/api/stories/${slug}`);
    expect(stale.body.articles[0]).toMatchObject({ analyzerVersion: '0.9.0', wordCount: 1 });

    for (let i = 0; i < 20; i++) {
      const res = await write('POST', '/api/admin/reanalyze', { limit: 100 });
      if ((await json<{ remaining: number }>(res)).remaining === 0) break;
    }
    const fresh = await read(`/api/stories/${slug}`);
    expect(fresh.body.articles[0]?.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(fresh.body.articles[0]?.wordCount).toBeGreaterThan(40);
    expect(fresh.body.story.revision).toBe(stale.body.story.revision);
    expect(fresh.etag).not.toBe(stale.etag);
  });

  it("shows an outlet's country filled in by an ingest into another story", async () => {
    const outlet = `Gazette ${crypto.randomUUID().slice(0, 8)}`;
    const first = await makeStory();
    await ingest(first, { outlet, text: sampleArticle('first') });
    const before = await read(`/api/stories/${first}`);
    expect(before.body.outlets[0]).toMatchObject({ name: outlet, country: null });

    const second = await makeStory();
    await ingest(second, { outlet: { name: outlet, country: 'FR' }, text: sampleArticle('second') });
    const after = await read(`/api/stories/${first}`);
    expect(after.body.outlets[0]).toMatchObject({ name: outlet, country: 'FR' });
    expect(after.body.articles[0]?.outlet?.country).toBe('FR');
    expect(after.etag).not.toBe(before.etag);
  });

  it('keeps the ETag through writes to other stories', async () => {
    const slug = await makeStory();
    await ingest(slug, { outlet: 'Steady', text: sampleArticle('steady') });
    const before = await read(`/api/stories/${slug}`);
    const other = await makeStory();
    await ingest(other, { outlet: 'Elsewhere', text: sampleArticle('elsewhere') });
    const after = await read(`/api/stories/${slug}`);
    expect(after.etag).toBe(before.etag);
  });

  it('answers HEAD with the ETag and no body', async () => {
    const slug = await makeStory();
    const etag = (await read(`/api/stories/${slug}`)).etag;
    const head = await request(`/api/stories/${slug}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(etag);
    expect(await head.text()).toBe('');
  });
});

describe('GET /api/stories caching', () => {
  it('changes with a new story and with an ingest, and answers 304 in between', async () => {
    const before = await read<StoryListResponse>('/api/stories');
    expect(before.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await read('/api/stories', { 'If-None-Match': before.etag! })).status).toBe(304);

    const slug = await makeStory();
    const withStory = await read<StoryListResponse>('/api/stories');
    expect(withStory.body.stories.find((s) => s.slug === slug)).toMatchObject({ articleCount: 0, revision: 0 });
    expect(withStory.etag).not.toBe(before.etag);

    await ingest(slug, { outlet: 'Listed', text: sampleArticle('listed') });
    const withArticle = await read<StoryListResponse>('/api/stories');
    expect(withArticle.body.stories.find((s) => s.slug === slug)).toMatchObject({ articleCount: 1, outletCount: 1, revision: 1 });
    expect(withArticle.etag).not.toBe(withStory.etag);
    expect((await read('/api/stories', { 'If-None-Match': withStory.etag! })).status).toBe(200);
  });
});

describe('etagMatches', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x" , "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
  ])('If-None-Match %j → %s for "abc"', (header, expected) => {
    expect(etagMatches(header, '"abc"')).toBe(expected);
  });
});

describe('RecentPayloads (the in-memory layer)', () => {
  const payload = (body: string) => ({ body, etag: `"${body.length}"` });

  it('keeps the most recently used entries within the count limit', () => {
    const recent = new RecentPayloads(2, 1000);
    recent.set('a', payload('A'));
    recent.set('b', payload('B'));
    expect(recent.get('a')?.body).toBe('A'); // a is now the most recently used
    recent.set('c', payload('C'));
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')?.body).toBe('A');
    expect(recent.get('c')?.body).toBe('C');
  });

  it('evicts the oldest entries to stay within the size limit, and skips a payload larger than it', () => {
    const recent = new RecentPayloads(10, 10);
    recent.set('a', payload('aaaa'));
    recent.set('b', payload('bbbb'));
    recent.set('c', payload('cccc'));
    expect(recent.get('a')).toBeUndefined();
    expect(recent.get('b')?.body).toBe('bbbb');
    recent.set('huge', payload('x'.repeat(11)));
    expect(recent.get('huge')).toBeUndefined();
    expect(recent.get('c')?.body).toBe('cccc');
    // Replacing an entry does not count it twice.
    recent.set('c', payload('cccccc'));
    expect(recent.get('b')?.body).toBe('bbbb');
  });
});

describe('VersionMemo (reused version lookups)', () => {
  it('reuses a lookup within the window and repeats it after', async () => {
    const memo = new VersionMemo<number>(50);
    let calls = 0;
    const load = async () => ++calls;
    expect(await memo.get('k', load)).toBe(1);
    expect(await memo.get('k', load)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 70));
    expect(await memo.get('k', load)).toBe(2);
  });

  it('does not keep null (missing) results, and forgets everything on a write', async () => {
    const memo = new VersionMemo<string>(10_000);
    let value: string | null = null;
    expect(await memo.get('k', async () => value)).toBeNull();
    value = 'v1';
    expect(await memo.get('k', async () => value)).toBe('v1');
    value = 'v2';
    expect(await memo.get('k', async () => value)).toBe('v1');
    memo.forgetAll();
    expect(await memo.get('k', async () => value)).toBe('v2');
  });

  it('does not remember a lookup that was in flight while a write was handled', async () => {
    const memo = new VersionMemo<string>(10_000);
    let release: (v: string) => void = () => undefined;
    const pending = memo.get('k', () => new Promise<string>((resolve) => (release = resolve)));
    memo.forgetAll(); // a write commits while the lookup is in flight
    release('old');
    expect(await pending).toBe('old');
    expect(await memo.get('k', async () => 'new')).toBe('new');
  });

  it('looks up every time with a window of 0', async () => {
    const memo = new VersionMemo<number>(0);
    let calls = 0;
    await memo.get('k', async () => ++calls);
    await memo.get('k', async () => ++calls);
    expect(calls).toBe(2);
  });
});
