/**
 * The body of each classroom slide, large and plain: headlines with their markers, the words-to-watch
 * table, who cites whom, an excerpt, and what a count cannot tell you. Charts are in slide-charts.ts.
 * Untrusted text (headlines, outlet names, article text) goes in as text only.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import { formatIsoDate } from '../data/format';
import { metricLabel } from '../data/metrics';
import { h } from '../lib/dom';
import { renderHighlighted } from '../story/highlight-render';
import { renderExcerpt } from '../teaching/excerpt-view';
import { teachingPath } from '../teaching/route';
import type { TeachingStory } from '../teaching/types';
import { profileSlide, sourcingSlide, type SlideBody } from './slide-charts';
import type { Slide } from './slides';

export interface SlideContext {
  story: TeachingStory;
  slug: string;
  /** Id of the slide's finding sentence (charts are described by it). */
  findingId: string;
}

const label = (story: TeachingStory) => (key: MetricKey) => metricLabel(key, story.payload.metrics);

function headlines(story: TeachingStory): HTMLElement {
  return h('ul', { class: 'cl-headlines', dataset: { count: String(story.articles.length) } },
    story.articles.map(({ article, label: outlet }) =>
      h('li', { class: 'cl-headline' }, [
        h('p', { class: 'cl-headline__outlet', text: outlet }),
        article.headline
          ? h('p', { class: 'cl-headline__text' }, renderHighlighted(article.headline, article.headlineEvidence))
          : h('p', { class: 'cl-headline__text cl-muted', text: 'No headline in this text' }),
      ]),
    ),
  );
}

function words(story: TeachingStory, slide: Extract<Slide, { kind: 'words' }>): HTMLElement {
  if (slide.terms.length === 0) return h('p', { class: 'cl-muted', text: 'No outlet uses these markers in its own voice.' });
  const name = label(story);
  const contrast = slide.contrast;
  const table = h('table', { class: 'cl-table' }, [
    h('caption', { text: 'How often each outlet uses a word in its own voice' }),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { text: 'Word', attrs: { scope: 'col' } }),
        ...story.articles.map((a) => h('th', { text: a.label, attrs: { scope: 'col' } })),
      ]),
    ]),
    h('tbody', {},
      slide.terms.map((use) => {
        const key = contrast && use.term === contrast.term && use.metric === contrast.metric;
        return h('tr', { class: key ? 'is-key' : undefined, dataset: { term: use.term } }, [
          h('th', { attrs: { scope: 'row' } }, [
            h('span', { class: 'cl-term', text: `‘${use.term}’` }),
            h('span', { class: 'cl-term__metric', text: name(use.metric), dataset: { metric: use.metric } }),
          ]),
          ...use.counts.map((count) => h('td', { text: count ? String(count) : '—', dataset: { value: String(count) } })),
        ]);
      }),
    ),
  ]);
  return h('div', { class: 'cl-scroll', attrs: { role: 'region', tabindex: 0, 'aria-label': 'Words to watch, per outlet' } }, [table]);
}

function citations(slide: Extract<Slide, { kind: 'citations' }>): HTMLElement {
  return h('ol', { class: 'cl-cites' },
    slide.graph.rows.map((row) =>
      h('li', { class: 'cl-cite' }, [
        h('span', { class: 'cl-cite__from', text: row.label }),
        h('span', { class: 'cl-cite__arrow', text: row.cited.length ? 'credits' : 'credits no outlet' }),
        row.cited.length
          ? h('ul', { class: 'cl-cite__to', attrs: { 'aria-label': `Outlets ${row.label} credits` } },
              row.cited.map((c) => h('li', { class: 'cl-chip', text: c.count > 1 ? `${c.outlet} ×${c.count}` : c.outlet })))
          : null,
      ]),
    ),
  );
}

function closing(slide: Extract<Slide, { kind: 'closing' }>, slug: string): HTMLElement {
  return h('div', { class: 'cl-closing' }, [
    h('ul', { class: 'cl-limits' },
      slide.limitations.map((l) => h('li', {}, [h('strong', { text: l.title }), ' ', h('span', { text: l.detail })]))),
    h('p', { class: 'cl-next' }, [
      'Next: ',
      h('a', { text: 'spot the marker yourself', attrs: { href: teachingPath(slug, 'exercise') } }),
      ' · ',
      h('a', { text: 'how every number is made', attrs: { href: '/method' } }),
    ]),
  ]);
}

/** The slide's body for its kind; chart slides draw when first shown. */
export function renderSlideBody(slide: Slide, ctx: SlideContext): SlideBody {
  const { story } = ctx;
  switch (slide.kind) {
    case 'opening':
      return {
        root: h('div', { class: 'cl-opening' }, [
          slide.date ? h('p', { class: 'cl-eyebrow', text: `News of ${formatIsoDate(slide.date)}` }) : null,
          h('ul', { class: 'cl-outlets', attrs: { 'aria-label': 'Articles' } }, slide.labels.map((l) => h('li', { class: 'cl-chip', text: l }))),
        ]),
      };
    case 'headlines':
      return { root: headlines(story) };
    case 'profile':
      return profileSlide(story, slide.metrics, label(story), ctx.findingId);
    case 'words':
      return { root: words(story, slide) };
    case 'sourcing':
      return sourcingSlide(story, ctx.findingId);
    case 'citations':
      return { root: citations(slide) };
    case 'evidence': {
      const article = story.articles.find((a) => a.article.id === slide.excerpt.articleId);
      return { root: article ? renderExcerpt(article, slide.excerpt) : h('p', { text: 'Excerpt unavailable.' }) };
    }
    case 'closing':
      return { root: closing(slide, ctx.slug) };
  }
}
