/**
 * The methodology page (/method): what every metric means, every lexicon entry and rule behind it
 * (rendered from the analyser's own data), the analyser and lexicon versions, what a count cannot
 * tell you, and the measured validity per metric (docs/validity.json, imported at build time).
 */
import './method.css';
import { LEXICON_VERSION, ANALYZER_VERSION } from '../../../worker/analysis/version';
import { METRIC_DEFINITIONS } from '../../../worker/analysis/metric-definitions';
import { HEDGE_CATEGORIES } from '../../../worker/analysis/lexicon/types';
import type { ValidityReport } from '../../../scripts/eval/types';
import validityJson from '../../../docs/validity.json';
import { h, replaceChildren } from '../lib/dom';
import { LIMITATIONS } from '../teaching/limitations';
import { entryView, HEDGE_CATEGORY_TEXT, ruleView } from './lexicon-view';
import { lexiconSections, type LexiconSection } from './lexicon-sections';
import { corporaView, describeResult, headlineResult, methodCardView } from './validity-view';

const report = validityJson as ValidityReport;

/** Which lexicon section each method card belongs to. */
const CARD_SECTION: Record<string, string> = {
  hedging: 'hedging',
  uncertainty: 'hedging',
  skepticism: 'skepticism',
  biasMarkers: 'skepticism',
  directQuotes: 'quotes',
  speakerAttribution: 'quotes',
  loadedVerbs: 'verbs',
};

const PIPELINE = [
  'Cleaning: page chrome left by scraping (menus, share icons, related links, a republisher’s notes) is removed, and the headline, bylines and date are found. The rules are under “Cleaning scraped pages”.',
  'Sentences, words and quotations: words inside direct quotations form the quoted voice, so a quoted official’s hedge is not counted as the outlet’s.',
  'Matching: every lexical entry below is matched unless one of its guards cancels it; structural rules combine term lists to find sources, quotes and citations.',
  'Counting: for each metric and voice, the count is the number of matched spans (each highlight on the dashboard is one), and the rate is the count per 1,000 words of that voice.',
];

function section(id: string, title: string, children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'method-section', attrs: { id, 'aria-labelledby': `${id}-title` } }, [
    h('h2', { class: 'method-section__title', text: title, attrs: { id: `${id}-title` } }),
    ...children,
  ]);
}

function measured(sectionId: string): HTMLElement | null {
  const cards = report.cards.filter((card) => CARD_SECTION[card.metric] === sectionId);
  if (cards.length === 0) return null;
  return h('div', { class: 'measured' }, [
    h('p', { class: 'entry__label', text: 'Measured against human annotators' }),
    h('ul', {}, cards.map((card) => {
      const result = headlineResult(card);
      return h('li', {}, [h('a', { text: card.title, attrs: { href: `#card-${card.metric}` } }), result ? `: ${describeResult(report, result)}` : '']);
    })),
  ]);
}

function entries(lexicon: LexiconSection): (HTMLElement | null)[] {
  if (lexicon.entries.length === 0) return [];
  if (lexicon.id !== 'hedging') return [h('h3', { class: 'method-sub', text: 'Word lists' }), ...lexicon.entries.map(entryView)];
  return HEDGE_CATEGORIES.flatMap((category) => {
    const inCategory = lexicon.entries.filter((e) => e.category === category);
    if (inCategory.length === 0) return [];
    return [h('h3', { class: 'method-sub', text: HEDGE_CATEGORY_TEXT[category] }), ...inCategory.map(entryView)];
  });
}

function lexiconSectionView(lexicon: LexiconSection): HTMLElement {
  return section(lexicon.id, lexicon.title, [
    ...lexicon.metrics.map((key) => {
      const definition = METRIC_DEFINITIONS.find((d) => d.key === key);
      return definition
        ? h('div', { class: 'metric-def', attrs: { id: `metric-${key}` }, dataset: { metric: key } }, [
            h('h3', { class: 'metric-def__label' }, [h('span', { class: 'legend__sample', text: 'Aa', attrs: { 'aria-hidden': 'true' } }), ` ${definition.label}`]),
            h('p', { text: definition.description }),
          ])
        : null;
    }),
    measured(lexicon.id),
    ...entries(lexicon),
    lexicon.rules.length ? h('h3', { class: 'method-sub', text: 'Rules' }) : null,
    ...lexicon.rules.map(ruleView),
    lexicon.lists.length ? h('h3', { class: 'method-sub', text: lexicon.metrics.length ? 'Vocabulary the rules combine' : 'Vocabulary' }) : null,
    ...lexicon.lists.map(entryView),
  ]);
}

function main(root: HTMLElement): void {
  const sections = lexiconSections();
  const measuredNow = report.analyzerVersion === ANALYZER_VERSION && report.lexiconVersion === LEXICON_VERSION;
  replaceChildren(root, [
    h('div', { class: 'method-intro' }, [
      h('h1', { class: 'method-intro__title', text: 'How Framelens counts' }),
      h('p', { class: 'method-intro__lede', text: 'Every number on Framelens is a count of words and phrases matched by the rules below, with the exact words behind it. This page is rendered from the analyser’s own data: the definitions, every word list and rule, why each exists, where it does not apply, and how well the counts agree with human annotators.' }),
      h('p', { class: 'method-versions', dataset: { analyzerVersion: ANALYZER_VERSION, lexiconVersion: LEXICON_VERSION } }, [
        'Analyser ', h('code', { text: ANALYZER_VERSION }), ' · lexicon ', h('code', { text: LEXICON_VERSION }),
        '. Every stored article records the versions that analysed it.',
      ]),
    ]),
    h('nav', { class: 'method-toc', attrs: { 'aria-label': 'On this page' } }, [
      h('ol', {}, [
        ['limits', 'What a count cannot tell you'],
        ['pipeline', 'How a text is measured'],
        ...sections.map((s) => [s.id, s.title]),
        ['validity', 'Validity: method cards'],
      ].map(([id, title]) => h('li', {}, [h('a', { text: title ?? '', attrs: { href: `#${id}` } })]))),
    ]),
    section('limits', 'What a count cannot tell you', [
      h('ul', { class: 'limits' }, LIMITATIONS.map((l) => h('li', {}, [h('strong', { text: `${l.title}. ` }), l.detail]))),
    ]),
    section('pipeline', 'How a text is measured', [h('ol', { class: 'pipeline' }, PIPELINE.map((step) => h('li', { text: step })))]),
    ...sections.map(lexiconSectionView),
    section('validity', 'Validity: method cards', [
      h('p', { class: 'method-provenance' }, [
        `Measured ${report.generated} on analyser ${report.analyzerVersion}, lexicon ${report.lexiconVersion}${report.source ? ` (${report.source})` : ''}. `,
        measuredNow
          ? 'These are the versions running now.'
          : `The analyser now runs ${ANALYZER_VERSION} with lexicon ${LEXICON_VERSION}: the figures may have moved since.`,
        ' P is precision (how many of the analyser’s matches the annotators agree with), R recall (how many of the annotators’ marks the analyser finds), F1 their harmonic mean; tp, fp and fn are the true positives, false positives and false negatives behind them. A dash means the figure is undefined for that comparison.',
      ]),
      corporaView(report),
      ...report.cards.map((card) => methodCardView(report, card)),
    ]),
  ]);
}

const root = document.getElementById('main');
if (root) main(root);
