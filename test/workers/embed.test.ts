/**
 * GET /embed/:slug/:chart — widget pages: one per chart kind, with the Worker's parts filled in
 * (title, headings, theme, oEmbed discovery) as escaped text; 400 pages for bad options and 404
 * pages for unknown stories, revisions and charts, both without scripts; framable by any site;
 * ETag and 304.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_CSP } from '../../worker/lib/security-headers';
import { ingest, request, sampleArticle } from './helpers';
import { HOSTILE_TITLE, makeWidgetStory, type WidgetStory } from './widget-fixtures';

let story: WidgetStory;
beforeAll(async () => {
  story = await makeWidgetStory();
});

const ESCAPED_TITLE = 'Votes &quot;delayed&quot; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;again&#39;';

/** The text of the first element with this id (HTML entities left as they are). */
function elementText(html: string, id: string): string | undefined {
  return new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('widget pages', () => {
  it.each([
    ['profile', 'Framing profile: markers per 1,000 words'],
    ['metric/hedging', 'Hedging per 1,000 words'],
    ['metric/anonymousSources', 'Anonymous sources per 1,000 words'],
    ['sourcing', 'Anonymous and named sources'],
    ['citations', 'Who cites whom'],
    ['headlines', 'Headlines compared'],
  ])('serves the %s widget with its heading, the story title as text, and the widget script', async (chart, heading) => {
    const res = await request(`/embed/${story.slug}/${chart}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(elementText(html, 'widget-title')).toBe(heading.replace(/'/g, '&#39;'));
    const storyText = elementText(html, 'widget-story');
    expect(storyText && unescapeHtml(storyText)).toBe(HOSTILE_TITLE);
    expect(html).toContain(`<title>${heading} · ${ESCAPED_TITLE.replace(/&quot;/g, '"').replace(/&#39;/g, "'")} · Framelens</title>`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/embed-[\w-]+\.js"><\/script>/);
    expect(html).toContain('<html lang="en" data-theme="auto">');
  });

  it('puts the theme on <html> and marks static widgets', async () => {
    const html = await (await request(`/embed/${story.slug}/profile?theme=dark&static=1`)).text();
    expect(html).toContain('<html lang="en" data-theme="dark" data-static="">');
    const voiced = await (await request(`/embed/${story.slug}/metric/hedging?voice=quoted`)).text();
    expect(elementText(voiced, 'widget-title')).toBe('Hedging per 1,000 words, in quoted speech');
  });

  it('links the oEmbed endpoint for its canonical URL (no id), with the widget title', async () => {
    const html = await (await request(`/embed/${story.slug}/metric/hedging?id=box-1&outlets=rt,cnn&rev=2&theme=light`)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/.exec(html);
    expect(link).not.toBeNull();
    const href = new URL(unescapeHtml(link![1]!));
    expect(`${href.origin}${href.pathname}`).toBe('https://framelens.test/oembed');
    expect(href.searchParams.get('format')).toBe('json');
    expect(href.searchParams.get('url')).toBe(`https://framelens.test/embed/${story.slug}/metric/hedging?rev=2&theme=light&outlets=rt,cnn`);
    expect(unescapeHtml(link![2]!)).toBe(`Hedging per 1,000 words · ${HOSTILE_TITLE} · Framelens`);
    const oembed = await request(`${href.pathname}${href.search}`);
    expect(oembed.status).toBe(200);
  });

  it('may be framed by any site and carries an ETag; If-None-Match gets 304', async () => {
    const path = `/embed/${story.slug}/sourcing?theme=light`;
    const res = await request(path);
    expect(res.headers.get('Content-Security-Policy')).toBe(WIDGET_CSP);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBe('public, no-cache');
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await request(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await request(`/embed/${story.slug}/sourcing?theme=dark`, { headers: { 'If-None-Match': etag! } });
    expect(other.status).toBe(200);
    expect(other.headers.get('ETag')).not.toBe(etag);
  });

  it('serves a pinned revision, and 404 for one the story has not reached', async () => {
    expect((await request(`/embed/${story.slug}/profile?rev=1`)).status).toBe(200);
    const res = await request(`/embed/${story.slug}/profile?rev=4`);
    expect(res.status).toBe(404);
    expect(elementText(await res.text(), 'widget-summary')).toContain('This story has no revision 4 (its latest is 3).');
  });

  it('accepts outlets that exist at the pinned revision, "unattributed" included', async () => {
    expect((await request(`/embed/${story.slug}/profile?outlets=unattributed,cnn`)).status).toBe(200);
    const res = await request(`/embed/${story.slug}/profile?outlets=rt&rev=1`);
    expect(res.status).toBe(400);
    expect(unescapeHtml(elementText(await res.text(), 'widget-summary') ?? '')).toContain('this story has no "rt" at revision 1; its outlets are cnn.');
  });
});

describe('widget error pages', () => {
  it.each([
    ['theme=blue', 'theme must be light, dark or auto (got "blue").'],
    ['voice=loud', 'voice must be outlet or quoted (got "loud").'],
    ['static=2', 'static must be 1 or 0 (got "2").'],
    ['rev=-1', 'rev must be a story revision number such as 3 (got "-1").'],
    ['rev=1.5', 'rev must be a story revision number such as 3 (got "1.5").'],
    ['id=has%20space', 'id must be 1 to 64 letters, digits, "-", "_", "." or ":".'],
    ['outlets=', 'outlets must be a comma-separated list with no empty entries (got "").'],
    ['outlets=cnn,,rt', 'outlets must be a comma-separated list with no empty entries (got "cnn,,rt").'],
    ['outlets=Fox%20News', 'outlets must list outlet slugs such as "cnn" or "unattributed" (got "Fox News").'],
    ['outlets=fox-news', 'outlets: this story has no "fox-news" at revision 3; its outlets are cnn, rt, unattributed.'],
    ['metric=hedging,nope', 'metric must list metric keys'],
    ['theme=dark&theme=light', 'theme is given 2 times; give it once.'],
  ])('answers 400 for ?%s, naming the option', async (query, message) => {
    const res = await request(`/embed/${story.slug}/profile?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('Content-Security-Policy')).toBe(WIDGET_CSP);
    const html = await res.text();
    expect(elementText(html, 'widget-title')).toBe('This chart’s address has a problem');
    expect(unescapeHtml(elementText(html, 'widget-summary') ?? '')).toContain(message);
    expect(html).not.toMatch(/<script|modulepreload|id="widget-stage"/);
  });

  it.each([
    ['sourcing?voice=quoted', 'voice applies to the profile and metric charts only'],
    ['citations?metric=hedging', 'metric applies to the profile chart only'],
  ])('answers 400 for options a chart does not take (%s)', async (path, message) => {
    const res = await request(`/embed/${story.slug}/${path}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(message);
  });

  it('escapes option values it repeats', async () => {
    const res = await request(`/embed/${story.slug}/profile?theme=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each([
    ['/embed/no-such-story/profile', 'There is no story "no-such-story".'],
    ['/embed/{slug}/pie', 'There is no chart at this address.'],
    ['/embed/{slug}/metric/nope', 'There is no chart at this address.'],
    ['/embed/{slug}/metric', 'There is no chart at this address.'],
    ['/embed/{slug}/profile/extra', 'There is no chart at this address.'],
    ['/embed/{slug}', 'There is no chart at this address.'],
    ['/embed/Not_A_Slug/profile', 'There is no chart at this address.'],
  ])('answers 404 for %s', async (path, message) => {
    const res = await request(path.replace('{slug}', story.slug));
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Security-Policy')).toBe(WIDGET_CSP);
    const html = await res.text();
    expect(elementText(html, 'widget-title')).toBe('Chart not found');
    expect(unescapeHtml(elementText(html, 'widget-summary') ?? '')).toContain(message);
    expect(html).not.toContain('<script');
  });

  it('checks outlets against the articles of the revision shown, not later ones', async () => {
    const { slug } = await makeWidgetStory('Later outlets');
    await ingest(slug, { outlet: 'Mothership', text: sampleArticle('later') });
    expect((await request(`/embed/${slug}/profile?outlets=mothership`)).status).toBe(200);
    expect((await request(`/embed/${slug}/profile?outlets=mothership&rev=3`)).status).toBe(400);
  });
});
