/**
 * Which story a teaching page shows: `/stories/:slug/classroom` (and `/exercise`, `/handout`), or
 * `?story=slug` on the built page's own path; and the addresses of the teaching pages.
 */
import { storyPath, storySlugFrom } from '../lib/route';

export type TeachingView = 'classroom' | 'exercise' | 'handout';

export function teachingSlugFrom(pathname: string, search = ''): string | null {
  const match = /^(\/stories\/[^/]+)\/(?:classroom|exercise|handout)\/?$/.exec(pathname);
  return storySlugFrom(match?.[1] ?? pathname, search);
}

/** "/stories/xi-biden-election-2024/classroom". */
export function teachingPath(slug: string, view: TeachingView): string {
  return `${storyPath(slug)}/${view}`;
}
