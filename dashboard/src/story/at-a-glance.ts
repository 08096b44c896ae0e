/** The story page's "At a glance" panel: each section's finding, linking to the section. */
import { storyFindings } from '../data/glance';
import type { LabelledArticle } from '../data/labels';
import { h } from '../lib/dom';

export function createAtAGlance(articles: readonly LabelledArticle[]): HTMLElement {
  return h('section', { class: 'glance', attrs: { 'aria-labelledby': 'glance-title' } }, [
    h('h2', { class: 'glance__title', text: 'At a glance', attrs: { id: 'glance-title' } }),
    h('ul', { class: 'glance__list' }, storyFindings(articles).map((finding) =>
      h('li', { class: 'glance__item' }, [
        h('a', { class: 'glance__link', attrs: { href: `#${finding.section}` } }, [
          h('span', { class: 'glance__section', text: finding.title }),
          h('span', { class: 'glance__text', text: finding.text }),
        ]),
      ]),
    )),
  ]);
}
