/** Which story a page shows: `/stories/:slug` (pretty URL) or `?story=slug` (any other path). */

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/i;

export function storySlugFrom(pathname: string, search = ''): string | null {
  const match = /^\/stories\/([^/]+)\/?$/.exec(pathname);
  let candidate: string | null = null;
  if (match?.[1]) {
    try {
      candidate = decodeURIComponent(match[1]);
    } catch {
      candidate = null;
    }
  } else {
    candidate = new URLSearchParams(search).get('story');
  }
  return candidate && SLUG.test(candidate) ? candidate : null;
}

/** The story page's address for a slug. */
export function storyPath(slug: string): string {
  return `/stories/${encodeURIComponent(slug)}`;
}
