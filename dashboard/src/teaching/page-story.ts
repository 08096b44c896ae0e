/** The story a teaching page's URL names, loaded; or a problem message in the page instead. */
import { loadTeachingStory } from './load';
import { showLoadProblem, showProblem } from './problem';
import { teachingSlugFrom } from './route';
import type { TeachingStory } from './types';

export async function loadPageStory(root: HTMLElement): Promise<{ slug: string; story: TeachingStory } | null> {
  const slug = teachingSlugFrom(location.pathname, location.search);
  if (!slug) {
    showProblem(root, 'No story here', 'This address does not name a story.');
    return null;
  }
  try {
    return { slug, story: await loadTeachingStory(slug) };
  } catch (error) {
    showLoadProblem(root, error);
    return null;
  }
}
