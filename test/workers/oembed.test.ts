/**
 * GET /oembed against the oEmbed 1.0 spec (https://oembed.com/): a `rich` response with every
 * required field and the right types, `html` an iframe whose attribute values are escaped, sizes
 * within maxwidth/maxheight, 404 for URLs that are not Framelens stories or widgets here, 501 for
 * XML, 422 for a missing or malformed url or size. Also discovery on widget pages and caching.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { API_CSP } from '../../worker/lib/security-headers';
import { LATEST_CACHE_AGE, PINNED_CACHE_AGE } from '../../worker/routes/oembed';
import { defaultWidgetHeight, WIDGET_DEFAULT_WIDTH } from '../../worker/widgets/layout';
import { errorOf, json, request } from './helpers';
import { HOSTILE_TITLE, makeWidgetStory, type WidgetStory } from './widget-fixtures';

const ORIGIN = 'https://framelens.test';

interface Oembed {
  type: string;
  version: string;
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

let story: WidgetStory;
beforeAll(async () => {
  story = await makeWidgetStory();
});

const oembed = (url: string, extra = '') => request(`/oembed?url=${encodeURIComponent(url)}${extra}`);

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The iframe's attributes, read the way an HTML parser would (quoted values, entities decoded). */
function iframeAttributes(html: string): Record<string, string> {
  const tag = /^<iframe ([^>]*)><\/iframe>/.exec(html)?.[1];
  if (tag === undefined) throw new Error(`no iframe at the start of ${html}`);
  const attributes: Record<string, string> = {};
  const rest = tag.replace(/([a-z-]+)(?:="([^"]*)")?\s*/g, (_all, name: string, value: string | undefined) => {
    attributes[name] = unescapeHtml(value ?? '');
    return '';
  });
  expect(rest).toBe('');
  return attributes;
}

describe('GET /oembed', () => {
  it('answers a pinned widget URL with every required field of a rich response, typed as the spec says', async () => {
    const url = `${ORIGIN}/embed/${story.slug}/metric/hedging?rev=3`;
    const res = await oembed(url, '&format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = await json<Oembed>(res);
    expect(Object.keys(body).sort()).toEqual(['cache_age', 'height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
    expect(body.type).toBe('rich');
    expect(body.version).toBe('1.0');
    expect(body.title).toBe(`Hedging per 1,000 words · ${HOSTILE_TITLE} · Framelens`);
    expect(body.provider_name).toBe('Framelens');
    expect(body.provider_url).toBe(`${ORIGIN}/`);
    expect(body.cache_age).toBe(PINNED_CACHE_AGE);
    expect(body.width).toBe(WIDGET_DEFAULT_WIDTH);
    expect(body.height).toBe(defaultWidgetHeight({ kind: 'metric', metric: 'hedging' }, 3));
    for (const size of [body.width, body.height, body.cache_age]) expect(Number.isInteger(size)).toBe(true);
  });

  it('embeds an iframe with escaped attributes, a title, the widget id and the host script', async () => {
    const body = await json<Oembed>(await oembed(`${ORIGIN}/embed/${story.slug}/profile?rev=2&theme=dark&outlets=rt,cnn`));
    expect(body.html).toMatch(/^<iframe [^<]*><\/iframe><script async src="https:\/\/framelens\.test\/embed\.js"><\/script>$/);
    expect(body.html).not.toContain('<script>alert');
    expect(body.html).toContain('&quot;delayed&quot; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;again&#39;');
    const attributes = iframeAttributes(body.html);
    expect(attributes).toEqual({
      src: `${ORIGIN}/embed/${story.slug}/profile?rev=2&theme=dark&outlets=rt,cnn&id=framelens-${story.slug}-profile`,
      title: `Framing profile: markers per 1,000 words · ${HOSTILE_TITLE} · Framelens`,
      width: '100%',
      height: String(defaultWidgetHeight({ kind: 'profile' }, 2)),
      frameborder: '0',
      loading: 'lazy',
      'data-framelens': '',
    });
    expect(body.html).toContain('&amp;theme=dark&amp;outlets=rt,cnn');
    expect(body.height).toBe(Number(attributes.height));
  });

  it('keeps an id the widget URL already has', async () => {
    const body = await json<Oembed>(await oembed(`${ORIGIN}/embed/${story.slug}/sourcing?id=sidebar-2`));
    expect(iframeAttributes(body.html).src).toBe(`${ORIGIN}/embed/${story.slug}/sourcing?id=sidebar-2`);
  });

  it('embeds a story page as its framing profile, following the latest revision', async () => {
    const body = await json<Oembed>(await oembed(`${ORIGIN}/stories/${story.slug}`));
    expect(iframeAttributes(body.html).src).toBe(`${ORIGIN}/embed/${story.slug}/profile?id=framelens-${story.slug}-profile`);
    expect(body.cache_age).toBe(LATEST_CACHE_AGE);
    expect(body.height).toBe(defaultWidgetHeight({ kind: 'profile' }, 3));
  });

  it('sizes the embed to fit maxwidth and maxheight, never above them, never above its own size', async () => {
    const url = `${ORIGIN}/embed/${story.slug}/sourcing`;
    const natural = defaultWidgetHeight({ kind: 'sourcing' }, 3);
    const narrow = await json<Oembed>(await oembed(url, '&maxwidth=320&maxheight=200'));
    expect([narrow.width, narrow.height]).toEqual([320, 200]);
    expect(iframeAttributes(narrow.html)).toMatchObject({ width: '320', height: '200' });
    const roomy = await json<Oembed>(await oembed(url, '&maxwidth=2000&maxheight=5000'));
    expect([roomy.width, roomy.height]).toEqual([WIDGET_DEFAULT_WIDTH, natural]);
    expect(iframeAttributes(roomy.html)).toMatchObject({ width: String(WIDGET_DEFAULT_WIDTH), height: String(natural) });
    const onlyHeight = await json<Oembed>(await oembed(url, `&maxheight=${natural - 1}`));
    expect(onlyHeight.height).toBe(natural - 1);
    expect(iframeAttributes(onlyHeight.html).width).toBe('100%');
  });

  it.each([
    ['another site', 'https://example.com/stories/{slug}'],
    ['another scheme on this host', 'http://framelens.test/stories/{slug}'],
    ['an unknown story', `${ORIGIN}/stories/no-such-story`],
    ['a widget of an unknown story', `${ORIGIN}/embed/no-such-story/profile`],
    ['an unknown chart', `${ORIGIN}/embed/{slug}/pie`],
    ['an unknown metric', `${ORIGIN}/embed/{slug}/metric/nope`],
    ['a revision the story has not reached', `${ORIGIN}/embed/{slug}/profile?rev=9`],
    ['an API URL', `${ORIGIN}/api/stories/{slug}`],
    ['the home page', `${ORIGIN}/`],
  ])('answers 404 JSON for %s', async (_what, template) => {
    const res = await oembed(template.replace('{slug}', story.slug));
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('answers 501 for format=xml (and any format but json)', async () => {
    for (const format of ['xml', 'yaml']) {
      const res = await oembed(`${ORIGIN}/embed/${story.slug}/profile`, `&format=${format}`);
      expect(res.status).toBe(501);
      expect(await errorOf(res)).toEqual({ code: 'not_implemented', message: `format=${format} is not offered; use format=json.` });
    }
  });

  it.each([
    ['a missing url', '/oembed', 'url: is required'],
    ['an empty url', '/oembed?url=', 'url: is required'],
    ['a relative url', `/oembed?url=${encodeURIComponent('/stories/x')}`, 'url: must be an absolute URL'],
    ['a javascript: url', `/oembed?url=${encodeURIComponent('javascript:alert(1)')}`, 'url: must be an http(s) URL'],
    ['a non-integer maxwidth', '/oembed?url=https%3A%2F%2Fframelens.test%2F&maxwidth=abc', 'maxwidth: must be a positive whole number'],
    ['a fractional maxheight', '/oembed?url=https%3A%2F%2Fframelens.test%2F&maxheight=1.5', 'maxheight: must be a positive whole number'],
    ['a zero maxwidth', '/oembed?url=https%3A%2F%2Fframelens.test%2F&maxwidth=0', 'maxwidth: must be a positive whole number'],
    ['a negative maxheight', '/oembed?url=https%3A%2F%2Fframelens.test%2F&maxheight=-3', 'maxheight: must be a positive whole number'],
  ])('answers 422 for %s', async (_what, path, message) => {
    const res = await request(path);
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain(message);
  });

  it('answers 422 for a widget URL with a bad option, naming it', async () => {
    const res = await oembed(`${ORIGIN}/embed/${story.slug}/profile?theme=blue`);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toBe('url: theme must be light, dark or auto (got "blue").');
    const outlets = await oembed(`${ORIGIN}/embed/${story.slug}/profile?outlets=bbc`);
    expect(outlets.status).toBe(422);
    expect((await errorOf(outlets)).message).toContain('url: outlets: this story has no "bbc"');
  });

  it('carries an ETag (304 on If-None-Match), cache headers, the data CSP and CORS for any origin', async () => {
    const path = `/oembed?url=${encodeURIComponent(`${ORIGIN}/embed/${story.slug}/citations`)}`;
    const res = await request(path, { headers: { Origin: 'https://news.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Content-Security-Policy')).toBe(API_CSP);
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await request(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
  });

  it('is discoverable from story pages: a link in the head with the story title, escaped', async () => {
    const res = await request(`/stories/${story.slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // The page is rewritten on the way out: the built file's length must not be claimed for it.
    expect(res.headers.get('Content-Length')).toBeNull();
    const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/g)];
    expect(links).toHaveLength(1);
    const [, href, title] = links[0]!;
    expect(html.indexOf(links[0]![0])).toBeLessThan(html.indexOf('</head>'));
    expect(unescapeHtml(title!)).toBe(HOSTILE_TITLE);
    expect(unescapeHtml(href!)).toBe(`${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/stories/${story.slug}`)}&format=json`);
    const found = await request(new URL(unescapeHtml(href!)).pathname + new URL(unescapeHtml(href!)).search);
    expect((await json<Oembed>(found)).title).toBe(`Framing profile: markers per 1,000 words · ${HOSTILE_TITLE} · Framelens`);
    const etag = res.headers.get('ETag');
    expect(etag).toBeTruthy();
    expect((await request(`/stories/${story.slug}`, { headers: { 'If-None-Match': etag! } })).status).toBe(304);
  });
});
