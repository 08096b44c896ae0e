/**
 * The dashboard's pretty URLs: `/` and `/stories/:slug` serve the pages Vite built into
 * dist/dashboard, fetched from the ASSETS binding. An unknown story gets the built 404 page with
 * status 404. Security headers (the page CSP) come from the security-headers middleware, like every
 * other response.
 *
 * NOTE: the assets handler's html_handling ("auto-trailing-slash") serves story.html at `/story` and
 * redirects `/story.html` there, so pages are requested without the extension.
 * https://developers.cloudflare.com/workers/static-assets/routing/advanced/html-handling/
 */
import { Hono, type Context } from 'hono';
import { findStory } from '../db/stories';
import { withOembedDiscovery } from '../lib/oembed-discovery';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../lib/slug';
import type { AppEnv } from '../types';

/** A built page; conditional headers are forwarded for 200 pages so browsers can revalidate (304). */
export async function servePage(c: Context<AppEnv>, assetPath: string, status: 200 | 404 = 200): Promise<Response> {
  const url = new URL(assetPath, c.req.url);
  const conditional = status === 200 ? c.req.header('If-None-Match') : undefined;
  const asset = await c.env.ASSETS.fetch(new Request(url, { headers: conditional ? { 'If-None-Match': conditional } : {} }));
  if (asset.status === 304) return new Response(null, { status: 304, headers: asset.headers });
  if (!asset.ok) {
    // A missing build must not turn "no such story" into a server error: the 404 stays a 404.
    if (status === 404) return c.text('Page not found.', 404);
    return c.text('The dashboard has not been built. Run `npm run build`.', 503);
  }
  const headers = new Headers(asset.headers);
  headers.set('Cache-Control', 'public, no-cache');
  if (status !== 200) headers.delete('ETag');
  return new Response(asset.body, { status, headers });
}

export const isStorySlug = (slug: string) => slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);

export const pagesRouter = new Hono<AppEnv>();

pagesRouter.get('/', (c) => servePage(c, '/'));

pagesRouter.get('/stories/:slug', async (c) => {
  const slug = c.req.param('slug');
  const story = isStorySlug(slug) ? await findStory(c.var.db, slug) : null;
  if (story) return withOembedDiscovery(await servePage(c, '/story'), `${new URL(c.req.url).origin}/stories/${slug}`, story.title);
  return servePage(c, '/404', 404);
});
