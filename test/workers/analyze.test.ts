/** POST /api/analyze: analysis without storage. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/analysis';
import type { ArticleAnalysis } from '../../worker/analysis/types';
import { errorOf, json, request, sampleArticle } from './helpers';

function post(body: unknown): Promise<Response> {
  return request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

async function articleTotal(): Promise<number> {
  return (await env.DB.prepare('select count(*) as n from articles').first<{ n: number }>())?.n ?? -1;
}

describe('POST /api/analyze', () => {
  it('returns what analyze() returns, without a token, and stores nothing', async () => {
    const before = await articleTotal();
    const text = sampleArticle();
    const res = await post({ text, outlet: 'CNN' });
    expect(res.status).toBe(200);
    expect(await json<ArticleAnalysis>(res)).toEqual(analyze({ text, outlet: 'CNN' }));
    expect(await articleTotal()).toBe(before);
  });

  it('analyses HTML and bare passages', async () => {
    const html = '<p>Officials <i>may</i> delay the vote.</p>';
    expect(await json<ArticleAnalysis>(await post({ html }))).toEqual(analyze({ html }));
    const passage = 'The so-called reform allegedly stalled.';
    const result = await json<ArticleAnalysis>(await post({ text: passage, passage: true }));
    expect(result.headline).toBeNull();
    expect(result.evidence.map((e) => [e.metric, e.text])).toEqual([
      ['skepticism', 'so-called'],
      ['hedging', 'allegedly'],
      ['skepticism', 'allegedly'],
    ]);
  });

  it.each([
    [{}, 'text: is required (send text or html)'],
    [{ text: '   ' }, 'text: must not be empty or whitespace-only'],
    [{ text: 'a', passage: 'yes' }, 'passage: Invalid input: expected boolean, received string'],
    [{ text: 'a', extra: 1 }, 'body: unknown field(s) "extra"'],
  ])('answers 422 for %j', async (body, message) => {
    const res = await post(body);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toBe(message);
  });

  it('answers 415 for a form post and 400 for malformed JSON', async () => {
    const form = await request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'text=a' });
    expect(form.status).toBe(415);
    const bad = await request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":' });
    expect(bad.status).toBe(400);
  });
});
