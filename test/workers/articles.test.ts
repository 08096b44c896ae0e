/** GET /api/stories/:slug/articles/:id and DELETE /api/articles/:id. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/analysis';
import { ADMIN_TOKEN, errorOf, getArticle, getStory, ingest, makeStory, request, sampleArticle, write } from './helpers';

const CHILD_TABLES = ['metrics', 'evidence', 'people', 'quotes', 'sources', 'citations'] as const;

async function rowsFor(articleId: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CHILD_TABLES) {
    const row = await env.DB.prepare(`select count(*) as n from ${table} where article_id = ?`).bind(articleId).first<{ n: number }>();
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

describe('GET /api/stories/:slug/articles/:id', () => {
  it('returns the cleaned text with quotes, speaker spans and evidence', async () => {
    const slug = await makeStory();
    const text = sampleArticle();
    const { id } = await ingest(slug, { outlet: 'Local Paper', text });
    const detail = await getArticle(slug, id);
    const expected = analyze({ text, outlet: 'Local Paper' });
    expect(detail.article).toMatchObject({ id, label: 'Local Paper', text: expected.text, headlineSpan: { start: 0, end: 28 } });
    expect(detail.quotes).toEqual([
      { start: 115, end: 137, text: 'We will not rush this,', speaker: 'Maria Lopez', speakerSpan: { start: 144, end: 155 } },
    ]);
    expect(detail.article.text.slice(144, 155)).toBe('Maria Lopez');
    expect(detail.evidence).toEqual(expected.evidence);
  });

  it('answers 404 for an article of another story', async () => {
    const a = await makeStory();
    const b = await makeStory();
    const { id } = await ingest(a, { text: sampleArticle() });
    const res = await request(`/api/stories/${b}/articles/${id}`);
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({ code: 'not_found', message: `Story "${b}" has no article ${id}.` });
  });

  it.each(['abc', '0', '-1', '1.5', '99999999999999999999'])('answers 404 for the id %j', async (id) => {
    const slug = await makeStory();
    const res = await request(`/api/stories/${slug}/articles/${id}`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('answers 404 for an id that does not exist', async () => {
    const slug = await makeStory();
    expect((await request(`/api/stories/${slug}/articles/987654321`)).status).toBe(404);
  });
});

describe('DELETE /api/articles/:id', () => {
  it('removes the article, its text and every derived row, and bumps the story revision', async () => {
    const slug = await makeStory();
    const marker = `takedown-${crypto.randomUUID()}`;
    const keep = await ingest(slug, { outlet: 'Keep', text: sampleArticle('keep') });
    const gone = await ingest(slug, { outlet: 'Gone', text: `${sampleArticle()}\n\n${marker}` });
    expect((await rowsFor(gone.id)).metrics).toBe(20);

    const res = await write('DELETE', `/api/articles/${gone.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: gone.id, deleted: true, story: slug, revision: 3 });

    expect(await rowsFor(gone.id)).toEqual({ metrics: 0, evidence: 0, people: 0, quotes: 0, sources: 0, citations: 0 });
    const leftover = await env.DB.prepare("select count(*) as n from articles where raw_text like ? or text like ?")
      .bind(`%${marker}%`, `%${marker}%`)
      .first<{ n: number }>();
    expect(leftover?.n).toBe(0);
    expect((await request(`/api/stories/${slug}/articles/${gone.id}`)).status).toBe(404);

    const payload = await getStory(slug);
    expect(payload.articles.map((a) => a.id)).toEqual([keep.id]);
    expect(payload.story).toMatchObject({ revision: 3, articleCount: 1 });
    expect((await rowsFor(keep.id)).metrics).toBe(20);
  });

  it('answers 404 the second time, without bumping the revision again', async () => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { text: sampleArticle() });
    expect((await write('DELETE', `/api/articles/${id}`)).status).toBe(200);
    const again = await write('DELETE', `/api/articles/${id}`);
    expect(again.status).toBe(404);
    expect(await errorOf(again)).toEqual({ code: 'not_found', message: `No article ${id}.` });
    expect((await getStory(slug)).story.revision).toBe(2);
  });

  it('lets the same text be ingested again after a takedown, as a new article', async () => {
    const slug = await makeStory();
    const text = sampleArticle('again');
    const first = await ingest(slug, { text });
    await write('DELETE', `/api/articles/${first.id}`);
    const second = await ingest(slug, { text });
    expect(second.status).toBe(201);
    expect(second.id).not.toBe(first.id);
    expect(second.article.addedRevision).toBe(3);
  });

  it('needs the admin token', async () => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { text: sampleArticle() });
    const res = await request(`/api/articles/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${ADMIN_TOKEN}x` } });
    expect(res.status).toBe(401);
    expect((await rowsFor(id)).metrics).toBe(20);
  });

  it.each(['abc', '0'])('answers 404 for the id %j', async (id) => {
    expect((await write('DELETE', `/api/articles/${id}`)).status).toBe(404);
  });
});
