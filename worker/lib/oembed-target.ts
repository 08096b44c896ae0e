/**
 * Which widget an oEmbed `url` asks for: a widget URL (`/embed/:slug/:chart?…`, options kept) or a
 * story page (`/stories/:slug`, embedded as its framing profile, following the latest revision).
 * Anything else — another site, another page of this one — is not embeddable (404). Pure.
 */
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug';
import { parseWidgetUrl, type WidgetOptions } from '../widgets/options';

export type OembedTarget =
  | { ok: true; options: WidgetOptions }
  | { ok: false; status: 404 | 422; message: string };

const STORY_PAGE = /^\/stories\/([^/]+)\/?$/;

/** A story page's default widget: its framing profile, unpinned. */
export function storyWidgetOptions(slug: string): WidgetOptions {
  return { slug, chart: { kind: 'profile' }, theme: 'auto', outlets: null, metrics: null, voice: 'outlet', static: false, rev: null, id: null };
}

export function oembedTarget(rawUrl: string, origin: string): OembedTarget {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 422, message: 'url: must be an absolute URL of a Framelens story or widget' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, status: 422, message: 'url: must be an http(s) URL' };
  }
  const notOurs = { ok: false, status: 404, message: `url: not a Framelens story or widget on ${origin}` } as const;
  if (url.origin !== origin) return notOurs;
  const story = STORY_PAGE.exec(url.pathname)?.[1];
  if (story !== undefined) {
    return story.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(story) ? { ok: true, options: storyWidgetOptions(story) } : notOurs;
  }
  if (!url.pathname.startsWith('/embed/')) return notOurs;
  const widget = parseWidgetUrl(url.pathname, url.searchParams);
  if (widget.ok) return widget;
  return widget.status === 404 ? notOurs : { ok: false, status: 422, message: `url: ${widget.message}` };
}
