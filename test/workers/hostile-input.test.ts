/**
 * Hostile and malformed writes: each gets the right 4xx with a JSON error naming the problem, and
 * nothing is stored.
 */
import { createExecutionContext, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker';
import { MAX_ARTICLE_CHARS } from '../../worker/lib/limits';
import { ADMIN_TOKEN, errorOf, makeStory, request, write } from './helpers';

const KB = 1024;

async function articleCount(slug: string): Promise<number> {
  const row = await env.DB.prepare('select count(*) as n from articles a join stories s on s.id = a.story_id where s.slug = ?')
    .bind(slug)
    .first<{ n: number }>();
  return row?.n ?? -1;
}

function streamOf(bytes: Uint8Array, chunk = 16 * KB): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunk));
      offset += chunk;
    },
  });
}

describe('auth on writes', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer wrong-token'],
    ['a token that is a prefix of the right one', `Bearer ${ADMIN_TOKEN.slice(0, -1)}`],
    ['the right token with a different scheme', `Basic ${ADMIN_TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 JSON for %s', async (_label, authorization) => {
    const slug = await makeStory();
    const res = await request(`/api/stories/${slug}/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify({ text: 'Officials may delay the vote.' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="framelens"');
    expect((await errorOf(res)).code).toBe('unauthorized');
    expect(await articleCount(slug)).toBe(0);
  });

  it('checks the token before reading the body: malformed or oversized bodies still get 401', async () => {
    const malformed = await request('/api/stories', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
    expect(malformed.status).toBe(401);
    const huge = await request('/api/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x'.repeat(300 * KB),
    });
    expect(huge.status).toBe(401);
  });

  it('accepts the scheme case-insensitively', async () => {
    const res = await request('/api/stories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ slug: `lower-${crypto.randomUUID().slice(0, 8)}`, title: 't' }),
    });
    expect(res.status).toBe(201);
  });
});

describe('article length limit (what keeps analysis within the free plan\'s CPU time)', () => {
  const words = (chars: number): string => 'Officials may delay the vote. '.repeat(Math.ceil(chars / 30)).slice(0, chars);

  it('ingests a text of exactly MAX_ARTICLE_CHARS characters', async () => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, { text: words(MAX_ARTICLE_CHARS) });
    expect(res.status).toBe(201);
    expect(await articleCount(slug)).toBe(1);
  });

  it('answers 413 for one character more, naming both lengths, and stores nothing', async () => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, { text: words(MAX_ARTICLE_CHARS + 1) });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({
      code: 'payload_too_large',
      message: 'text is 49,153 characters long; the analyser takes at most 49,152 (about 8,000 words) in one request. Send a shorter article or split it.',
    });
    expect(await articleCount(slug)).toBe(0);
  });

  it('counts HTML by its text, not its markup', async () => {
    const slug = await makeStory();
    const html = `<article>${words(MAX_ARTICLE_CHARS + 10)}</article>`;
    const res = await write('POST', `/api/stories/${slug}/articles`, { html });
    expect(res.status).toBe(413);
    // (the text of <article> is set apart by line breaks)
    expect((await errorOf(res)).message).toMatch(/^html: its text is 49,166 characters long;/);
    expect(await articleCount(slug)).toBe(0);
  });

  it('applies to POST /api/analyze too', async () => {
    const res = await request('/api/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: words(MAX_ARTICLE_CHARS + 1) }),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });
});

describe('body limits and parsing', () => {
  it('answers 413 for a body over 256 KB with an honest Content-Length', async () => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, { text: 'word '.repeat(60 * KB) });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({ code: 'payload_too_large', message: 'The request body is larger than 256 KB.' });
    expect(await articleCount(slug)).toBe(0);
  });

  it('answers 413 for a streamed body over 256 KB with no Content-Length (counted on the stream)', async () => {
    const slug = await makeStory();
    const bytes = new TextEncoder().encode(JSON.stringify({ text: 'word '.repeat(60 * KB) }));
    const res = await request(`/api/stories/${slug}/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: streamOf(bytes),
    });
    expect(res.status).toBe(413);
    expect(await articleCount(slug)).toBe(0);
  });

  it('answers 413 when Content-Length lies (claims 20 bytes, streams 300 KB)', async () => {
    const slug = await makeStory();
    const bytes = new TextEncoder().encode(JSON.stringify({ text: 'word '.repeat(60 * KB) }));
    // Built by hand and given to the app directly: fetch() itself would not send a lying header.
    const lying = new Request(`https://framelens.test/api/stories/${slug}/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json', 'Content-Length': '20' },
      body: streamOf(bytes),
    });
    expect(lying.headers.get('Content-Length')).toBe('20');
    const res = await app.fetch(lying, env, createExecutionContext());
    expect(res.status).toBe(413);
    expect(await articleCount(slug)).toBe(0);
  });

  it('accepts a body just under the limit whose text is within the article limit (HTML with its markup)', async () => {
    const slug = await makeStory();
    const paragraph = `<p class="${'story-paragraph '.repeat(6)}" data-track="${'x'.repeat(60)}">Officials may delay the vote.</p>\n`;
    const html = paragraph.repeat(Math.floor((250 * KB) / paragraph.length));
    expect(html.length).toBeGreaterThan(240 * KB);
    const res = await write('POST', `/api/stories/${slug}/articles`, { html });
    expect(res.status).toBe(201);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['JSON in another charset', 'application/json; charset=iso-8859-1'],
  ])('answers 415 for %s', async (_label, contentType) => {
    const res = await write('POST', '/api/stories', JSON.stringify({ slug: 'x', title: 't' }), { 'Content-Type': contentType });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('answers 415 when the Content-Type is missing', async () => {
    const res = await request('/api/stories', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: new TextEncoder().encode('{"slug":"x","title":"t"}'),
    });
    expect(res.status).toBe(415);
  });

  it('accepts application/json; charset=utf-8', async () => {
    const res = await write('POST', '/api/stories', { slug: `cs-${crypto.randomUUID().slice(0, 8)}`, title: 't' }, {
      'Content-Type': 'application/json; charset=UTF-8',
    });
    expect(res.status).toBe(201);
  });

  it.each([
    ['truncated JSON', '{"slug": "x", '],
    ['single quotes', "{'slug': 'x'}"],
    ['trailing garbage', '{"slug":"x","title":"t"} extra'],
    ['an empty body', ''],
  ])('answers 400 for %s', async (_label, body) => {
    const res = await write('POST', '/api/stories', body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('malformed_json');
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const res = await request('/api/stories', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('The request body is not valid UTF-8.');
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"text"'],
    ['null', 'null'],
  ])('answers 422 for a JSON body that is %s', async (_label, body) => {
    const res = await write('POST', '/api/stories', body);
    expect(res.status).toBe(422);
  });
});

describe('field validation on ingest (422, naming the field, nothing stored)', () => {
  const cases: [string, unknown, string][] = [
    ['missing text', { outlet: 'CNN' }, 'text: is required (send text or html)'],
    ['empty text', { text: '' }, 'text: must not be empty or whitespace-only'],
    ['whitespace-only text', { text: ' \n\t ' }, 'text: must not be empty or whitespace-only'],
    ['text and html together', { text: 'a', html: '<p>a</p>' }, 'text: send exactly one of text or html, not both'],
    ['a number as text', { text: 42 }, 'text: Invalid input: expected string, received number'],
    ['an unknown field', { text: 'a', heading: 'x' }, 'body: unknown field(s) "heading"'],
    ['an unknown outlet field', { text: 'a', outlet: { name: 'CNN', owner: 'x' } }, 'outlet: unknown field(s) "owner"'],
    ['a too-long outlet name', { text: 'a', outlet: 'x'.repeat(121) }, 'outlet: must be at most 120 characters'],
    ['a too-long headline', { text: 'a', headline: 'x'.repeat(501) }, 'headline: must be at most 500 characters'],
    ['a javascript: URL', { text: 'a', url: 'javascript:alert(1)' }, 'url: must be an absolute http(s) URL'],
    ['an ftp URL', { text: 'a', url: 'ftp://example.com/a' }, 'url: must be an absolute http(s) URL'],
    ['a relative URL', { text: 'a', url: '/news/1' }, 'url: must be an absolute http(s) URL'],
    ['a too-long URL', { text: 'a', url: `https://example.com/${'a'.repeat(2048)}` }, 'url: must be at most 2048 characters'],
    ['a NUL in the text', { text: 'Officials\u0000 may' }, 'text: must not contain NUL or control characters'],
    ['an escape character in the text', { text: 'Officials \u001b[31m may' }, 'text: must not contain NUL or control characters'],
    ['a line break in the headline', { text: 'a', headline: 'two\nlines' }, 'headline: must not contain control characters or line breaks'],
    ['a control character in the outlet', { text: 'a', outlet: 'CN\u0007N' }, 'outlet: must not contain control characters'],
    ['a lone high surrogate', { text: 'bad \ud800 text' }, 'text: must not contain lone surrogates (invalid Unicode)'],
    ['a lone low surrogate in the headline', { text: 'a', headline: 'x\udc00' }, 'headline: must not contain lone surrogates'],
    ['an impossible date', { text: 'a', published: '2023-02-29' }, 'published: must be a real calendar date'],
    ['a date with a time', { text: 'a', published: '2024-01-30T10:00:00Z' }, 'published: must be a date as YYYY-MM-DD'],
    ['a three-letter country', { text: 'a', outlet: { name: 'CNN', country: 'USA' } }, 'outlet.country: must be a two-letter ISO 3166-1 country code'],
    ['a javascript: homepage', { text: 'a', outlet: { name: 'CNN', homepage: 'javascript:alert(1)' } }, 'outlet.homepage: must be an absolute http(s) URL'],
    ['a whitespace-only outlet', { text: 'a', outlet: '   ' }, 'outlet: must not be empty or whitespace-only'],
    ['a number as outlet', { text: 'a', outlet: 5 }, 'outlet: must be an outlet name or { name, country?, homepage? }'],
  ];

  it.each(cases)('rejects %s', async (_label, body, message) => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, body);
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain(message);
    expect(await articleCount(slug)).toBe(0);
  });

  it('accepts a text with tabs, line breaks and astral characters (emoji) intact', async () => {
    const slug = await makeStory();
    const text = 'Vote delayed 🗳️\n\nOfficials\tmay delay the vote, officials said.\r\n\r\nMore text follows.';
    const res = await write('POST', `/api/stories/${slug}/articles`, { text });
    expect(res.status).toBe(201);
  });

  it('sends lone surrogates written as JSON escapes to 422 too', async () => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, '{"text":"bad \\ud83d text"}');
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toContain('lone surrogates');
  });
});
