/**
 * The teaching pages' pretty URLs (issue 5): classroom slides, the "spot the marker" exercise and the
 * printable handout of a story, the in-browser analyser at /try and the methodology at /method. Each
 * serves the page Vite built (fetched from ASSETS, as the pages router does); a story page for an
 * unknown story gets the 404 page with status 404.
 */
import { Hono } from 'hono';
import { findStory } from '../db/stories';
import type { AppEnv } from '../types';
import { isStorySlug, servePage } from './pages';

/** The story views, each the name of its built page. */
const STORY_VIEWS = ['classroom', 'exercise', 'handout'] as const;

export const teachingPagesRouter = new Hono<AppEnv>();

for (const view of STORY_VIEWS) {
  teachingPagesRouter.get(`/stories/:slug/${view}`, async (c) => {
    const slug = c.req.param('slug');
    const story = isStorySlug(slug) ? await findStory(c.var.db, slug) : null;
    return story ? servePage(c, `/${view}`) : servePage(c, '/404', 404);
  });
}

teachingPagesRouter.get('/try', (c) => servePage(c, '/try'));
teachingPagesRouter.get('/method', (c) => servePage(c, '/method'));
