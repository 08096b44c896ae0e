/**
 * The methodology page's view of the analyser's data (pure): LEXICON cut into sections by metric,
 * each with its lexical entries, structural rules and supporting term lists, so every term and rule
 * the analyser uses appears exactly once, rendered from the same data the analyser matches with.
 */
import { LEXICON } from '../../../worker/analysis/lexicon';
import type { RuleDoc } from '../../../worker/analysis/lexicon/rules';
import type { Guard, HedgeCategory } from '../../../worker/analysis/lexicon/types';
import type { MetricKey } from '../../../worker/analysis/types';

/** A lexicon entry or term list as the page shows it. */
export interface TermEntry {
  id: string;
  /** Outlet entries carry the outlet's canonical name. */
  name?: string;
  metric?: MetricKey;
  category?: HedgeCategory;
  terms: readonly string[];
  rationale?: string;
  examples: readonly string[];
  counterExamples: readonly string[];
  guards: readonly Guard[];
}

export interface LexiconSection {
  id: string;
  title: string;
  /** The metrics whose definitions and rules this section holds (none for supporting vocabulary). */
  metrics: MetricKey[];
  /** Lexical entries: each term counts towards its metric unless a guard cancels it. */
  entries: TermEntry[];
  /** Structural rules: evidence from a combination of terms (quotes, sources, citations). */
  rules: RuleDoc[];
  /** The term lists structural rules combine. */
  lists: TermEntry[];
}

interface SectionSpec {
  id: string;
  title: string;
  metrics: MetricKey[];
  data: unknown[];
}

const SPECS: readonly SectionSpec[] = [
  { id: 'hedging', title: 'Hedging', metrics: ['hedging'], data: [] },
  { id: 'skepticism', title: 'Skepticism and distancing', metrics: ['skepticism'], data: [] },
  { id: 'quotes', title: 'Scare quotes and direct quotes', metrics: ['scareQuotes', 'directQuotes'], data: [LEXICON.quotes] },
  { id: 'boosters', title: 'Boosters', metrics: ['boosters'], data: [] },
  { id: 'verbs', title: 'Attribution verbs', metrics: ['loadedVerbs', 'neutralVerbs'], data: [] },
  { id: 'sources', title: 'Anonymous and named sources', metrics: ['anonymousSources', 'namedSources'], data: [LEXICON.sources] },
  { id: 'citations', title: 'Outlet citations', metrics: ['citations'], data: [LEXICON.citations] },
  { id: 'people', title: 'People (named sources, quote speakers, who names whom)', metrics: [], data: [LEXICON.people] },
  { id: 'cleaning', title: 'Cleaning scraped pages', metrics: [], data: [LEXICON.document] },
];

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function toEntry(node: Record<string, unknown>): TermEntry {
  return {
    id: String(node.id),
    name: typeof node.name === 'string' ? node.name : undefined,
    metric: typeof node.metric === 'string' ? (node.metric as MetricKey) : undefined,
    category: typeof node.category === 'string' ? (node.category as HedgeCategory) : undefined,
    terms: strings(node.pattern),
    rationale: typeof node.rationale === 'string' ? node.rationale : undefined,
    examples: strings(node.examples),
    counterExamples: strings(node.counterExamples),
    guards: Array.isArray(node.guards) ? (node.guards as Guard[]) : [],
  };
}

/** Every object with an id and a pattern list under `data` (term lists, outlet entries). */
function termLists(data: unknown, out: TermEntry[] = []): TermEntry[] {
  if (Array.isArray(data)) for (const item of data) termLists(item, out);
  else if (data && typeof data === 'object') {
    const node = data as Record<string, unknown>;
    if (typeof node.id === 'string' && Array.isArray(node.pattern)) out.push(toEntry(node));
    else for (const value of Object.values(node)) termLists(value, out);
  }
  return out;
}

export function lexiconSections(): LexiconSection[] {
  return SPECS.map((spec) => ({
    id: spec.id,
    title: spec.title,
    metrics: spec.metrics,
    entries: LEXICON.lexical
      .filter((entry) => spec.metrics.includes(entry.metric))
      .map((entry) => toEntry(entry as unknown as Record<string, unknown>)),
    rules: LEXICON.rules.filter((rule) => spec.metrics.includes(rule.metric)),
    lists: spec.data.flatMap((data) => termLists(data)),
  }));
}

/** Every term in a section as rendered: entry and list terms, and the terms and skips of guards. */
export function sectionTerms(section: LexiconSection): Set<string> {
  const terms = new Set<string>();
  for (const entry of [...section.entries, ...section.lists]) {
    for (const term of entry.terms) terms.add(term);
    for (const guard of entry.guards) {
      if ('terms' in guard) for (const term of guard.terms) terms.add(term);
      if ('skip' in guard) for (const term of guard.skip ?? []) terms.add(term);
    }
  }
  return terms;
}

/** What a guard does, in words ("Not when followed by"). */
export function guardLabel(guard: Guard): string {
  switch (guard.kind) {
    case 'notFollowedBy':
      return 'Not when the next word is';
    case 'notPrecededBy':
      return 'Not when the previous word is';
    case 'onlyFollowedBy':
      return 'Only when the next word is';
    case 'notInSentenceWith':
      return 'Not in a sentence with';
    case 'notCapitalisedMidSentence':
      return 'Not when capitalised mid-sentence';
    case 'notFollowedByNumber':
      return 'Not when a number follows';
    case 'notAtSentenceStart':
      return 'Not at the start of a sentence';
    case 'notPrecededWithin':
      return `Not within ${guard.window} words after`;
    case 'notFollowedWithin':
      return `Not within ${guard.window} words before`;
  }
}
