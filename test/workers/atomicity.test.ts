/**
 * A failure in the middle of a write leaves nothing half-done. A D1 wrapper (faulty-d1.ts) swaps one
 * statement of the write's batch for a FOREIGN KEY violation; afterwards the article, its child rows,
 * the outlet and the story's revision and generation are exactly as before — for ingest, delete and
 * re-analysis, through the query layer and through the HTTP routes — and the same write then
 * succeeds on a healthy database.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker';
import { analyze } from '../../worker/analysis';
import { createDb } from '../../worker/db/client';
import { deleteArticle } from '../../worker/db/delete-article';
import { ingestArticle, type ArticleRecord } from '../../worker/db/ingest';
import { sha256Hex } from '../../worker/lib/hash';
import { faultyD1, type BatchStatement, type FaultLog } from './faulty-d1';
import { ADMIN_TOKEN, getStory, ingest, json, makeStory, ORIGIN, sampleArticle, write } from './helpers';

const CHILD_TABLES = ['metrics', 'evidence', 'people', 'quotes', 'sources', 'citations'] as const;

interface StoryState {
  revision: number;
  generation: number;
  articles: number;
}

async function storyState(slug: string): Promise<StoryState> {
  const row = await env.DB.prepare(
    'select revision, generation, (select count(*) from articles a where a.story_id = s.id) as articles from stories s where slug = ?',
  )
    .bind(slug)
    .first<StoryState>();
  if (!row) throw new Error(`no story ${slug}`);
  return row;
}

/** Every child row of the article, table by table, in id order (exact contents, not just counts). */
async function childRows(articleId: number): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of CHILD_TABLES) {
    const order = table === 'metrics' ? 'metric, voice' : 'id';
    rows[table] = (await env.DB.prepare(`select * from ${table} where article_id = ? order by ${order}`).bind(articleId).all()).results;
  }
  return rows;
}

async function articleRow(id: number) {
  return env.DB.prepare('select * from articles where id = ?').bind(id).first();
}

async function storyId(slug: string): Promise<number> {
  return (await env.DB.prepare('select id from stories where slug = ?').bind(slug).first<{ id: number }>())!.id;
}

async function outletRow(slug: string) {
  return env.DB.prepare('select name, country, homepage from outlets where slug = ?').bind(slug).first();
}

function uniqueOutlet(): { slug: string; name: string } {
  const id = crypto.randomUUID().slice(0, 8);
  return { slug: `atomic-${id}`, name: `Atomic ${id}` };
}

async function record(slug: string, outlet: ArticleRecord['outlet'], marker: string): Promise<ArticleRecord> {
  const analysis = analyze({ text: sampleArticle(marker), outlet: outlet?.name ?? null });
  return {
    storyId: await storyId(slug),
    outlet,
    url: null,
    headlineInput: null,
    publishedInput: null,
    rawText: sampleArticle(marker),
    rawFormat: 'text',
    analysis,
    contentHash: await sha256Hex(analysis.text),
  };
}

/** Sends a request through the app with the faulty database. */
async function sendFaulty(path: string, init: RequestInit, shouldFail: (s: BatchStatement) => boolean, log: FaultLog): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, DB: faultyD1(env.DB, shouldFail, log) }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const newLog = (): FaultLog => ({ batches: [], failed: [] });
/** Only the first statement matching `matches` fails (a table's rows may span several statements). */
function firstOf(matches: (s: BatchStatement) => boolean): (s: BatchStatement) => boolean {
  let fired = false;
  return (s) => !fired && matches(s) && (fired = true);
}
const isInsertInto = (table: string) => firstOf((s) => s.sql.startsWith(`insert into "${table}"`));

describe('ingest under an injected failure', () => {
  const positions: [string, () => (s: BatchStatement) => boolean][] = [
    ['the first child insert (metrics)', () => isInsertInto('metrics')],
    ['an evidence insert in the middle', () => isInsertInto('evidence')],
    ['the revision bump (the last statement)', () => (s) => s.index === s.size - 1],
  ];

  it.each(positions)('stores nothing when %s fails, and then succeeds on retry', async (_label, failure) => {
    const shouldFail = failure();
    const slug = await makeStory();
    const outlet = { ...uniqueOutlet(), country: 'US', homepage: 'https://example.com/' };
    const article = await record(slug, outlet, 'atomic');
    const before = await storyState(slug);
    const log = newLog();
    const nonce = crypto.randomUUID();

    await expect(ingestArticle(createDb(faultyD1(env.DB, shouldFail, log)), article, nonce)).rejects.toThrow(/FOREIGN KEY/);
    expect(log.failed).toHaveLength(1);
    // The failing statement really came after the article insert in the same batch.
    const batch = log.batches.at(-1)!;
    expect(batch.findIndex((sql) => sql.startsWith('insert into "articles"'))).toBeLessThan(log.failed[0]!.index);

    expect(await storyState(slug)).toEqual(before);
    expect(await env.DB.prepare('select count(*) as n from articles where ingest_nonce = ?').bind(nonce).first('n')).toBe(0);
    expect(await outletRow(outlet.slug)).toBeNull();

    const stored = await ingestArticle(createDb(env.DB), article);
    expect(stored).toMatchObject({ created: true });
    expect(await storyState(slug)).toEqual({ revision: 1, generation: 0, articles: 1 });
    const rows = await childRows(stored!.id);
    expect(rows.metrics).toHaveLength(20);
    expect(rows.evidence).toHaveLength(article.analysis.evidence.length);
    expect(await outletRow(outlet.slug)).toEqual({ name: outlet.name, country: 'US', homepage: 'https://example.com/' });
  });

  it("leaves an existing outlet's missing country and other stories' generations alone", async () => {
    const outlet = uniqueOutlet();
    const first = await makeStory();
    await ingest(first, { outlet: outlet.name, text: sampleArticle('first') });
    const firstBefore = await storyState(first);
    const second = await makeStory();
    const article = await record(second, { ...outlet, country: 'DE', homepage: null }, 'second');

    await expect(ingestArticle(createDb(faultyD1(env.DB, isInsertInto('evidence'))), article)).rejects.toThrow();
    expect(await outletRow(outlet.slug)).toEqual({ name: outlet.name, country: null, homepage: null });
    expect(await storyState(first)).toEqual(firstBefore);
    expect((await storyState(second)).articles).toBe(0);
  });

  it('answers 500 JSON through the route, stores nothing, and the same request then succeeds', async () => {
    const slug = await makeStory();
    const outlet = uniqueOutlet();
    const body = JSON.stringify({ outlet: { name: outlet.name, country: 'GB' }, text: sampleArticle('route') });
    const init = { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' }, body };
    const log = newLog();
    const res = await sendFaulty(`/api/stories/${slug}/articles`, init, isInsertInto('quotes'), log);
    expect(res.status).toBe(500);
    expect(await json(res)).toEqual({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
    expect(log.failed).toHaveLength(1);
    expect(await storyState(slug)).toEqual({ revision: 0, generation: 0, articles: 0 });
    expect(await outletRow(outlet.slug)).toBeNull();

    const retry = await write('POST', `/api/stories/${slug}/articles`, body);
    expect(retry.status).toBe(201);
    expect((await getStory(slug)).articles.map((a) => a.label)).toEqual([outlet.name]);
  });
});

describe('delete under an injected failure', () => {
  it.each([
    ['the article delete (after the revision bump)', (s: BatchStatement) => s.sql.startsWith('delete from "articles"')],
    ['the revision bump (before the delete)', (s: BatchStatement) => s.sql.startsWith('update "stories"')],
  ])('keeps the article, every child row and the revision when %s fails', async (_label, shouldFail) => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { outlet: 'Keeper', text: sampleArticle('keeper') });
    const before = { story: await storyState(slug), article: await articleRow(id), children: await childRows(id) };
    expect(before.children.evidence!.length).toBeGreaterThan(0);
    const log = newLog();

    await expect(deleteArticle(createDb(faultyD1(env.DB, shouldFail, log)), id)).rejects.toThrow(/FOREIGN KEY/);
    expect(log.failed).toHaveLength(1);
    expect({ story: await storyState(slug), article: await articleRow(id), children: await childRows(id) }).toEqual(before);

    const res = await sendFaulty(`/api/articles/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }, shouldFail, newLog());
    expect(res.status).toBe(500);
    expect({ story: await storyState(slug), article: await articleRow(id), children: await childRows(id) }).toEqual(before);

    expect((await write('DELETE', `/api/articles/${id}`)).status).toBe(200);
    expect(await articleRow(id)).toBeNull();
    expect(await storyState(slug)).toEqual({ ...before.story, revision: before.story.revision + 1, articles: 0 });
  });
});

describe('re-analysis under an injected failure', () => {
  /** Makes the article look as if an older analyser had stored it (stale columns and rows). */
  async function makeOutdated(id: number): Promise<void> {
    await env.DB.batch([
      env.DB.prepare("update articles set analyzer_version = '0.9.0', word_count = 1 where id = ?").bind(id),
      env.DB.prepare('update metrics set count = 99 where article_id = ?').bind(id),
      env.DB.prepare("insert into citations (article_id, outlet, start, end, text, rule_id) values (?, 'Stale Outlet', 0, 1, 's', 'old.rule')").bind(id),
    ]);
  }

  it('keeps the old rows, columns and generation when an insert fails after the deletes, and reports the article as failed', async () => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { outlet: 'Stale', text: sampleArticle('stale') });
    await makeOutdated(id);
    const before = { story: await storyState(slug), article: await articleRow(id), children: await childRows(id) };
    // Fail this article's evidence insert: it comes after the six deletes of its old rows.
    const shouldFail = firstOf((s) => s.sql.startsWith('insert into "evidence"') && s.params.at(-1) === id);
    const log = newLog();

    const res = await sendFaulty('/api/admin/reanalyze', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ limit: 100 }),
    }, shouldFail, log);
    expect(res.status).toBe(200);
    expect((await json<{ failed: number[] }>(res)).failed).toEqual([id]);
    expect(log.failed).toHaveLength(1);
    const batch = log.batches.find((sqls) => sqls.length === log.failed[0]!.size)!;
    expect(batch.slice(0, 6).every((sql) => sql.startsWith('delete from'))).toBe(true);
    expect(log.failed[0]!.index).toBeGreaterThan(6);

    const after = { story: await storyState(slug), article: await articleRow(id), children: await childRows(id) };
    expect(after).toEqual(before);
    expect(after.children.citations!.some((c) => (c as { outlet: string }).outlet === 'Stale Outlet')).toBe(true);

    // Healthy again: the article is re-analysed and the story's generation moves on.
    for (let i = 0; i < 20; i++) {
      const body = await json<{ remaining: number }>(await write('POST', '/api/admin/reanalyze', { limit: 100 }));
      if (body.remaining === 0) break;
    }
    expect(await articleRow(id)).toMatchObject({ analyzer_version: analyze({ text: 'x' }).analyzerVersion });
    expect((await storyState(slug)).generation).toBe(before.story.generation + 1);
    expect((await childRows(id)).citations!.some((c) => (c as { outlet: string }).outlet === 'Stale Outlet')).toBe(false);
  });
});
