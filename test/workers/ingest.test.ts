import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { analyze, ANALYZER_VERSION, LEXICON_VERSION } from '../../worker/analysis';
import cnnText from '../../demo/stories/xi-biden-election-2024/cnn.txt?raw';
import indiaTodayText from '../../demo/stories/xi-biden-election-2024/india-today.txt?raw';
import mothershipText from '../../demo/stories/xi-biden-election-2024/mothership.txt?raw';
import rtText from '../../demo/stories/xi-biden-election-2024/rt.txt?raw';
import unattributedText from '../../demo/stories/xi-biden-election-2024/unattributed.txt?raw';
import { sha256Hex } from '../../worker/lib/hash';
import { errorOf, getArticle, getStory, ingest, makeStory, sampleArticle, write } from './helpers';

async function countRows(table: string, articleId: number): Promise<number> {
  const row = await env.DB.prepare(`select count(*) as n from ${table} where article_id = ?`).bind(articleId).first<{ n: number }>();
  return row?.n ?? -1;
}

describe('POST /api/stories/:slug/articles — round trip', () => {
  it('stores exactly what the analyser returns for the CNN demo text', async () => {
    const slug = await makeStory();
    const url = 'https://bismarckherald.com/exclusive-xi-promised-biden-china-wouldnt-interfere-in-2024-election/';
    const res = await ingest(slug, { outlet: { name: 'CNN', country: 'US' }, url, published: '2024-01-30', text: cnnText });
    expect(res.status).toBe(201);
    expect(res.created).toBe(true);

    const expected = analyze({ text: cnnText, outlet: 'CNN', url });
    const { article, evidence, people, quotes, sources, citations } = await getArticle(slug, res.id);
    expect(article.text).toBe(expected.text);
    expect(article.headline).toBe('Exclusive: Xi promised Biden China wouldn’t interfere in 2024 election');
    expect(article.headlineSpan).toEqual(expected.headlineSpan);
    expect(article.wordCount).toBe(expected.wordCount);
    expect(article.words).toEqual(expected.words);
    expect(article.quotedShare).toBe(expected.quotedShare);
    expect(article.bylines).toEqual(expected.bylines);
    expect(article.url).toBe(url);
    expect(article.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(article.lexiconVersion).toBe(LEXICON_VERSION);
    expect(expected.quotes.length * expected.sources.length * expected.people.length).toBeGreaterThan(0);
    expect(evidence).toEqual(expected.evidence);
    expect(people).toEqual(expected.people);
    expect(quotes).toEqual(expected.quotes);
    expect(sources).toEqual(expected.sources);
    expect(citations).toEqual(expected.citations);
    for (const m of expected.metrics) {
      expect(article.metrics[m.metric][m.voice], `${m.metric}/${m.voice}`).toEqual({ count: m.count, per1k: m.per1k });
    }
    // Every span's text is the slice of the stored text it points to.
    for (const e of evidence) expect(article.text.slice(e.start, e.end)).toBe(e.text);

    // The rows themselves: one metrics row per metric × voice, one evidence row per span.
    expect(await countRows('metrics', res.id)).toBe(expected.metrics.length);
    expect(expected.metrics.length).toBe(20);
    expect(await countRows('evidence', res.id)).toBe(expected.evidence.length);
    expect(expected.evidence.length).toBeGreaterThan(20);
    const stored = await env.DB.prepare('select raw_text, content_hash, raw_format from articles where id = ?').bind(res.id).first<{
      raw_text: string;
      content_hash: string;
      raw_format: string;
    }>();
    expect(stored).toEqual({ raw_text: cnnText, content_hash: await sha256Hex(expected.text), raw_format: 'text' });
  });

  it.each([
    ['India Today', indiaTodayText],
    ['Mothership', mothershipText],
    ['RT', rtText],
    [null, unattributedText],
  ])('stores people, quotes, sources and citations of the %s demo text as analysed', async (outlet, text) => {
    const slug = await makeStory();
    const { id } = await ingest(slug, outlet ? { outlet, text } : { text });
    const expected = analyze({ text, outlet });
    const detail = await getArticle(slug, id);
    expect(detail.people).toEqual(expected.people);
    expect(detail.quotes).toEqual(expected.quotes);
    expect(detail.sources).toEqual(expected.sources);
    expect(detail.citations).toEqual(expected.citations);
    expect(detail.evidence).toEqual(expected.evidence);
    expect(detail.article.people).toEqual(expected.people.map(({ name, role }) => ({ name, role })));
    expect(detail.article.citations).toEqual(expected.citations.map((c) => ({ outlet: c.outlet })));
    for (const table of ['people', 'quotes', 'sources', 'citations'] as const) {
      expect(await countRows(table, id), table).toBe(expected[table].length);
    }
    expect(expected.people.length).toBeGreaterThan(0);
  });

  it('keeps evidence counts equal to the metric counts', async () => {
    const slug = await makeStory();
    const { id } = await ingest(slug, { text: sampleArticle() });
    const { article, evidence } = await getArticle(slug, id);
    for (const [metric, voices] of Object.entries(article.metrics)) {
      for (const [voice, cell] of Object.entries(voices)) {
        expect(evidence.filter((e) => e.metric === metric && e.voice === voice).length, `${metric}/${voice}`).toBe(cell.count);
      }
    }
    expect(evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining(['so-called', '“reform”', 'allegedly', 'claimed', 'possibly']),
    );
  });
});

describe('POST /api/stories/:slug/articles — idempotency', () => {
  it('returns 201 then 200 with the same id, without duplicating rows or bumping the revision', async () => {
    const slug = await makeStory();
    const text = sampleArticle('idempotent');
    const first = await ingest(slug, { outlet: 'CNN', text });
    const second = await ingest(slug, { outlet: 'CNN', text });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.id).toBe(first.id);
    expect(await countRows('metrics', first.id)).toBe(20);
    expect(await countRows('evidence', first.id)).toBe(analyze({ text, outlet: 'CNN' }).evidence.length);
    expect((await getStory(slug)).story).toMatchObject({ revision: 1, articleCount: 1 });
  });

  it('treats texts that clean to the same thing as the same article', async () => {
    const slug = await makeStory();
    const text = sampleArticle('spacing');
    const first = await ingest(slug, { text });
    const second = await ingest(slug, { text: `${text}\n\n\n` });
    expect(second).toMatchObject({ status: 200, id: first.id });
  });

  it('stores the same text separately in two different stories', async () => {
    const text = sampleArticle('two-stories');
    const a = await ingest(await makeStory(), { text });
    const b = await ingest(await makeStory(), { text });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.id).not.toBe(b.id);
  });
});

describe('POST /api/stories/:slug/articles — fields', () => {
  it('upserts outlets by slugified name and fills in missing country and homepage', async () => {
    const slug = await makeStory();
    const outletName = `India Today ${crypto.randomUUID().slice(0, 6)}`;
    await ingest(slug, { outlet: outletName, text: sampleArticle('it-1') });
    await ingest(slug, { outlet: { name: `  ${outletName.toLowerCase()} `, country: 'IN', homepage: 'https://www.indiatoday.in/' }, text: sampleArticle('it-2') });
    const payload = await getStory(slug);
    expect(payload.outlets).toHaveLength(1);
    expect(payload.outlets[0]).toMatchObject({ name: outletName, country: 'IN', homepage: 'https://www.indiatoday.in/' });
    expect(payload.outlets[0]?.slug).toMatch(/^india-today-[a-z0-9]+$/);
    expect(payload.story.outletCount).toBe(1);
  });

  it('stores a text without an outlet as unattributed', async () => {
    const slug = await makeStory();
    const { article } = await ingest(slug, { text: sampleArticle() });
    expect(article.outlet).toBeNull();
    expect(article.label).toBe('Unattributed');
  });

  it('analyses a headline the text lacks as its first paragraph', async () => {
    const slug = await makeStory();
    const body = 'Officials said on Tuesday that the vote could slip to March.';
    const { id } = await ingest(slug, { headline: 'Vote may slip', text: body });
    const { article, evidence } = await getArticle(slug, id);
    expect(article.text).toBe(`Vote may slip\n\n${body}`);
    expect(article.headline).toBe('Vote may slip');
    expect(article.headlineSpan).toEqual({ start: 0, end: 13 });
    expect(evidence.find((e) => e.text === 'may')).toMatchObject({ start: 5, end: 8, metric: 'hedging' });
    expect(article.headlineEvidence).toEqual([expect.objectContaining({ text: 'may', start: 5, end: 8 })]);
  });

  it('does not repeat a headline the text already starts with', async () => {
    const slug = await makeStory();
    const text = sampleArticle();
    const { id } = await ingest(slug, { headline: 'Officials may delay the vote', text });
    const { article } = await getArticle(slug, id);
    expect(article.text).toBe(analyze({ text }).text);
    expect(article.text.indexOf('Officials may delay the vote', 1)).toBe(analyze({ text }).text.indexOf('Officials may delay the vote', 1));
  });

  it('lets a given published date override the one in the text, and keeps the detected one otherwise', async () => {
    const slug = await makeStory();
    const text = 'Vote delayed\n\nJanuary 31, 2024\n\nThe council may delay the vote, officials said.';
    const detected = analyze({ text }).published;
    expect(detected).toBe('2024-01-31');
    const given = await ingest(slug, { published: '2024-02-02', text });
    expect(given.article.published).toBe('2024-02-02');
    const other = await makeStory();
    expect((await ingest(other, { text })).article.published).toBe('2024-01-31');
  });

  it('turns HTML into text: no markup is stored or served', async () => {
    const slug = await makeStory();
    const html =
      '<html><head><style>p{}</style><script>window.pwned=1</script></head><body><h1>Vote &amp; delay</h1>' +
      '<p>Officials <b>may</b> delay the vote, two people familiar with the matter said.</p><img src=x onerror=alert(1)></body></html>';
    const { id } = await ingest(slug, { html });
    const { article } = await getArticle(slug, id);
    expect(article.text).toBe(analyze({ html }).text);
    expect(article.text).toContain('Vote & delay');
    expect(article.text).toContain('Officials may delay the vote');
    expect(article.text).not.toMatch(/[<>]|pwned|onerror/);
    const raw = await env.DB.prepare('select raw_format from articles where id = ?').bind(id).first<{ raw_format: string }>();
    expect(raw?.raw_format).toBe('html');
  });

  it('answers 422 when HTML holds no text at all', async () => {
    const slug = await makeStory();
    const res = await write('POST', `/api/stories/${slug}/articles`, { html: '<script>alert(1)</script><style>p{}</style>' });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toBe('html: contains no article text after cleaning');
  });

  it('answers 404 for an unknown story', async () => {
    const res = await write('POST', '/api/stories/no-such-story-here/articles', { text: 'Some text.' });
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toEqual({ code: 'not_found', message: 'No story "no-such-story-here".' });
  });
});
