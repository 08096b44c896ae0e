/**
 * oEmbed discovery (https://oembed.com/, section 4): a `<link rel="alternate"
 * type="application/json+oembed">` in the `<head>` of story and widget pages, so CMSs that are
 * given the page URL find the embed code themselves.
 */
import { oembedUrl } from '../widgets/options';
import { htmlAttributes } from './html-escape';

/** The discovery `<link>`, its attribute values escaped. */
export function oembedDiscoveryLink(pageUrl: string, title: string): string {
  const href = oembedUrl(new URL(pageUrl).origin, pageUrl);
  return `<link ${htmlAttributes({ rel: 'alternate', type: 'application/json+oembed', href, title })}>`;
}

/**
 * An HTML response with the discovery link added to its `<head>` (streamed, via HTMLRewriter);
 * anything else (a 304, an error in plain text) is returned as it is.
 * @example return withOembedDiscovery(page, `${origin}/stories/${story.slug}`, story.title);
 */
export function withOembedDiscovery(response: Response, pageUrl: string, title: string): Response {
  if (!response.body || !/^text\/html/i.test(response.headers.get('Content-Type') ?? '')) return response;
  const link = oembedDiscoveryLink(pageUrl, title);
  return new HTMLRewriter()
    .on('head', {
      element(head) {
        head.append(link, { html: true });
      },
    })
    .transform(response);
}
