import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../worker/analysis';
import type { StoryListResponse, StorySummary } from '../../worker/api-types';
import { errorOf, getStory, ingest, json, makeStory, request, sampleArticle, uniqueSlug, write } from './helpers';

describe('POST /api/stories', () => {
  it('creates a story at revision 0 and points to it', async () => {
    const slug = uniqueSlug();
    const res = await write('POST', '/api/stories', {
      slug,
      title: 'Xi promised Biden',
      summary: 'Line one.\nLine two.',
      eventDate: '2024-01-30',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe(`/api/stories/${slug}`);
    const story = await json<StorySummary>(res);
    expect(story).toMatchObject({
      slug,
      title: 'Xi promised Biden',
      summary: 'Line one.\nLine two.',
      eventDate: '2024-01-30',
      revision: 0,
      articleCount: 0,
      outletCount: 0,
    });
    expect(story.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('answers 409 for a slug that exists, and keeps the first title', async () => {
    const slug = await makeStory({ title: 'First' });
    const res = await write('POST', '/api/stories', { slug, title: 'Second' });
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toEqual({ code: 'conflict', message: `A story with slug "${slug}" already exists.` });
    expect((await getStory(slug)).story.title).toBe('First');
  });

  it.each([
    ['Upper-Case', 'lowercase letters and digits'],
    ['double--hyphen', 'lowercase letters and digits'],
    ['-leading', 'lowercase letters and digits'],
    ['a'.repeat(81), 'at most 80 characters'],
  ])('rejects the slug %j with 422', async (slug, message) => {
    const res = await write('POST', '/api/stories', { slug, title: 't' });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('slug: ');
    expect(error.message).toContain(message);
  });

  it('accepts a slug of exactly 80 characters', async () => {
    const slug = `s${crypto.randomUUID().replace(/-/g, '')}`.padEnd(80, 'x');
    expect((await write('POST', '/api/stories', { slug, title: 't' })).status).toBe(201);
  });

  it('rejects a title with a line break and an impossible event date, naming both fields', async () => {
    const res = await write('POST', '/api/stories', { slug: uniqueSlug(), title: 'a\nb', eventDate: '2024-02-30' });
    expect(res.status).toBe(422);
    const { message } = await errorOf(res);
    expect(message).toContain('title: must not contain control characters or line breaks');
    expect(message).toContain('eventDate: must be a real calendar date');
  });
});

describe('GET /api/stories', () => {
  it('lists stories with article and outlet counts (an unattributed text adds no outlet)', async () => {
    const slug = await makeStory();
    await ingest(slug, { outlet: 'CNN', text: sampleArticle('one') });
    await ingest(slug, { outlet: 'cnn', text: sampleArticle('two') });
    await ingest(slug, { text: sampleArticle('three') });
    const res = await request('/api/stories');
    expect(res.status).toBe(200);
    const { stories } = await json<StoryListResponse>(res);
    expect(stories.find((s) => s.slug === slug)).toMatchObject({ articleCount: 3, outletCount: 1, revision: 3 });
  });
});

describe('GET /api/stories/:slug', () => {
  it('returns the story, its outlets and every article with all metric cells', async () => {
    const slug = await makeStory({ eventDate: '2024-01-30' });
    const rt = await ingest(slug, { outlet: { name: 'RT', country: 'RU' }, text: sampleArticle('rt') });
    const cnn = await ingest(slug, { outlet: { name: 'CNN', country: 'US', homepage: 'https://edition.cnn.com/' }, text: sampleArticle('cnn') });
    const anon = await ingest(slug, { text: sampleArticle('anon') });

    const payload = await getStory(slug);
    expect(payload.revision).toBe(3);
    expect(payload.story).toMatchObject({ slug, revision: 3, articleCount: 3, outletCount: 2, eventDate: '2024-01-30' });
    expect(payload.outlets).toEqual([
      { slug: 'cnn', name: 'CNN', country: 'US', homepage: 'https://edition.cnn.com/' },
      { slug: 'rt', name: 'RT', country: 'RU', homepage: null },
    ]);
    expect(payload.articles.map((a) => [a.id, a.label, a.addedRevision])).toEqual([
      [rt.id, 'RT', 1],
      [cnn.id, 'CNN', 2],
      [anon.id, 'Unattributed', 3],
    ]);
    expect(payload.articles[2]?.outlet).toBeNull();
    for (const article of payload.articles) {
      expect(Object.keys(article.metrics)).toEqual([...METRIC_KEYS]);
      expect(article.metrics.hedging.outlet.count).toBe(5);
      expect(article.metrics.skepticism.outlet.count).toBe(3);
      expect(article.headline).toMatch(/^Officials may delay the vote/);
      expect(article.bylines).toEqual(['Jane Reporter']);
    }
    expect(payload.metrics.map((m) => m.key)).toEqual([...METRIC_KEYS]);
    expect(payload.metrics[0]).toMatchObject({ key: 'hedging', label: 'Hedging' });
  });

  it('gives headline evidence with offsets relative to the headline', async () => {
    const slug = await makeStory();
    const { article } = await ingest(slug, { text: sampleArticle() });
    // Headline "Officials may delay the vote": the hedge "may" is at 10–13 of the headline.
    expect(article.headlineEvidence).toEqual([
      { metric: 'hedging', start: 10, end: 13, text: 'may', ruleId: 'hedging.modal-may', voice: 'outlet' },
    ]);
  });

  it('pins a revision with ?rev=N: only articles added at or before it', async () => {
    const slug = await makeStory();
    const first = await ingest(slug, { outlet: 'A', text: sampleArticle('a') });
    await ingest(slug, { outlet: 'B', text: sampleArticle('b') });

    const pinned = await getStory(slug, '?rev=1');
    expect(pinned.revision).toBe(1);
    expect(pinned.articles.map((a) => a.id)).toEqual([first.id]);
    expect(pinned.outlets.map((o) => o.name)).toEqual(['A']);
    expect(pinned.story).toMatchObject({ revision: 2, articleCount: 1, outletCount: 1 });

    expect((await getStory(slug, '?rev=0')).articles).toEqual([]);
    expect((await getStory(slug, '?rev=2')).articles).toHaveLength(2);
  });

  it('answers 404 for a revision the story has not reached and 422 for a malformed one', async () => {
    const slug = await makeStory();
    await ingest(slug, { text: sampleArticle() });
    const tooHigh = await request(`/api/stories/${slug}?rev=2`);
    expect(tooHigh.status).toBe(404);
    expect(await errorOf(tooHigh)).toEqual({ code: 'not_found', message: `Story "${slug}" has no revision 2 (its latest is 1).` });
    for (const rev of ['abc', '-1', '1.5', '']) {
      const res = await request(`/api/stories/${slug}?rev=${rev}`);
      expect(res.status, rev).toBe(422);
      expect((await errorOf(res)).message).toContain('rev: must be a non-negative integer');
    }
  });

  it('ignores unrelated query parameters such as cache busters', async () => {
    const slug = await makeStory();
    expect((await request(`/api/stories/${slug}?v=123&utm_source=x`)).status).toBe(200);
  });

  it('answers 404 JSON for an unknown story and for a path that cannot be a slug', async () => {
    for (const path of ['/api/stories/no-such-story', '/api/stories/Not_A_Slug', `/api/stories/${'a'.repeat(5000)}`, '/api/stories/%E0%A4%A', '/api/stories/%00']) {
      const res = await request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect((await errorOf(res)).code).toBe('not_found');
    }
  });

  it('reflects the revision the story row stores', async () => {
    const slug = await makeStory();
    await ingest(slug, { text: sampleArticle() });
    const row = await env.DB.prepare('select revision from stories where slug = ?').bind(slug).first<{ revision: number }>();
    expect(row?.revision).toBe(1);
  });
});
