/**
 * Widget pages from the page Vite built (dashboard/embed.html, served by the ASSETS binding at
 * `/embed`): the Worker fills in what it knows before any script runs — the theme, `<title>`, the
 * story and chart titles, the oEmbed discovery link — and the widget's script draws the rest.
 * Error pages (400 bad option, 404 unknown story or chart) come from the same page with its
 * scripts removed and the problem said in words. Every value is set as text (HTMLRewriter escapes it).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../types';
import { widgetPath } from '../widgets/options';
import { withEtag } from './etag-response';
import { oembedDiscoveryLink } from './oembed-discovery';
import type { WidgetTarget } from './widget-target';

/** Widget pages are revalidated on every load: after a deploy they must name the new bundles. */
export const WIDGET_PAGE_CACHE_CONTROL = 'public, no-cache';

async function builtWidgetPage(c: Context<AppEnv>): Promise<Response | null> {
  const asset = await c.env.ASSETS.fetch(new URL('/embed', c.req.url));
  return asset.ok ? asset : null;
}

const notBuilt = (c: Context<AppEnv>) => c.text('The widgets have not been built. Run `npm run build`.', 503);

const setText = (text: string) => ({
  element(element: Element) {
    element.setInnerContent(text);
  },
});

/** The canonical URL of the widget a target describes (no `id`: one widget, one URL). */
export function canonicalWidgetUrl(origin: string, target: WidgetTarget): string {
  const { slug, chart, id: _id, ...query } = target.options;
  return `${origin}${widgetPath(slug, chart, query)}`;
}

export async function widgetPage(c: Context<AppEnv>, target: WidgetTarget): Promise<Response> {
  const asset = await builtWidgetPage(c);
  if (!asset) return notBuilt(c);
  const { options, story } = target;
  const discovery = oembedDiscoveryLink(canonicalWidgetUrl(new URL(c.req.url).origin, target), target.title);
  const html = await new HTMLRewriter()
    .on('html', {
      element(root) {
        root.setAttribute('data-theme', options.theme);
        if (options.static) root.setAttribute('data-static', '');
      },
    })
    .on('title', setText(target.title))
    .on('head', {
      element(head) {
        head.append(discovery, { html: true });
      },
    })
    .on('#widget-story', setText(story.title))
    .on('#widget-title', setText(target.heading))
    .transform(asset)
    .text();
  return withEtag(c, html, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': WIDGET_PAGE_CACHE_CONTROL });
}

const ERROR_TITLES = { 400: 'This chart’s address has a problem', 404: 'Chart not found' } as const;

const remove = {
  element(element: Element) {
    element.remove();
  },
};

/** 400 or 404: the widget page, scriptless, saying what is wrong. */
export async function widgetErrorPage(c: Context<AppEnv>, status: 400 | 404, message: string): Promise<Response> {
  const asset = await builtWidgetPage(c);
  if (!asset) return notBuilt(c);
  const hint =
    status === 400
      ? `${message} Copy the embed code again from the story page, or fix the option in the address.`
      : `${message} The story may have been removed.`;
  const page = new HTMLRewriter()
    .on('script', remove)
    .on('link[rel="modulepreload"]', remove)
    .on('title', setText(`${ERROR_TITLES[status]} · Framelens`))
    .on('#widget', {
      element(main) {
        main.removeAttribute('aria-busy');
        main.setAttribute('data-error', String(status));
      },
    })
    .on('#widget-story', setText('Framelens'))
    .on('#widget-title', setText(ERROR_TITLES[status]))
    .on('#widget-summary', setText(hint))
    .on('#widget-stage', remove)
    .on('#widget-foot', remove)
    .transform(asset);
  return new Response(page.body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
