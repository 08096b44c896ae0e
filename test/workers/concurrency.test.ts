/** Concurrent ingests: idempotency and completeness hold without transactions. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { getStory, json, makeStory, sampleArticle, write } from './helpers';

async function count(sql: string, ...binds: unknown[]): Promise<number> {
  return (await env.DB.prepare(sql).bind(...binds).first<{ n: number }>())?.n ?? -1;
}

describe('concurrent ingests', () => {
  it('stores 20 identical concurrent ingests once: one 201, the rest 200, one id, no duplicate rows', async () => {
    const slug = await makeStory();
    const text = sampleArticle('race');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => write('POST', `/api/stories/${slug}/articles`, { outlet: 'CNN', text })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json<{ id: number }>(r)).id)));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await count('select count(*) as n from articles a join stories s on s.id = a.story_id where s.slug = ?', slug)).toBe(1);
    expect(await count('select count(*) as n from metrics where article_id = ?', id)).toBe(20);
    const evidenceRows = await count('select count(*) as n from evidence where article_id = ?', id);
    const metricTotal = await count('select sum(count) as n from metrics where article_id = ?', id);
    expect(evidenceRows).toBe(metricTotal);
    expect((await getStory(slug)).story.revision).toBe(1);
  });

  it('stores 50 distinct concurrent ingests completely, each with evidence matching its counts', async () => {
    const slug = await makeStory();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => write('POST', `/api/stories/${slug}/articles`, { outlet: `Outlet ${i % 5}`, text: sampleArticle(`n${i}`) })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const payload = await getStory(slug);
    expect(payload.articles).toHaveLength(50);
    expect(payload.story.revision).toBe(50);
    expect(new Set(payload.articles.map((a) => a.addedRevision)).size).toBe(50);
    expect(payload.outlets).toHaveLength(5);
    const mismatched = await count(
      `select count(*) as n from articles a join stories s on s.id = a.story_id
       where s.slug = ? and (select count(*) from evidence e where e.article_id = a.id)
                          != (select sum(count) from metrics m where m.article_id = a.id)`,
      slug,
    );
    expect(mismatched).toBe(0);
    expect(await count('select count(*) as n from metrics m join articles a on a.id = m.article_id join stories s on s.id = a.story_id where s.slug = ?', slug)).toBe(1000);
  });
});
