/**
 * How the dashboard talks about each metric: which ones the framing profile shows, fallback labels
 * (the story payload carries the analyser's own labels), and the nouns summaries count with.
 */
import type { MetricKey, Voice } from '../../../worker/analysis/types';
import type { MetricDefinition } from '../../../worker/api-types';

/** The framing metrics the profile chart compares (sourcing and citations have charts of their own). */
export const PROFILE_METRICS: readonly MetricKey[] = [
  'hedging',
  'skepticism',
  'scareQuotes',
  'boosters',
  'loadedVerbs',
  'neutralVerbs',
];

/** Every metric the reader can highlight, in legend order. */
export const READER_METRICS: readonly MetricKey[] = [
  ...PROFILE_METRICS,
  'anonymousSources',
  'namedSources',
  'citations',
  'directQuotes',
];

const FALLBACK_LABELS: Record<MetricKey, string> = {
  hedging: 'Hedging',
  skepticism: 'Skepticism',
  scareQuotes: 'Scare quotes',
  boosters: 'Boosters',
  anonymousSources: 'Anonymous sources',
  namedSources: 'Named sources',
  directQuotes: 'Direct quotes',
  loadedVerbs: 'Loaded verbs',
  neutralVerbs: 'Neutral verbs',
  citations: 'Citations',
};

export interface Noun {
  one: string;
  many: string;
}

/** What one unit of each metric is called in a sentence ("3 scare quotes"). */
export const METRIC_NOUNS: Record<MetricKey, Noun> = {
  hedging: { one: 'hedge', many: 'hedges' },
  skepticism: { one: 'skepticism marker', many: 'skepticism markers' },
  scareQuotes: { one: 'scare quote', many: 'scare quotes' },
  boosters: { one: 'booster', many: 'boosters' },
  anonymousSources: { one: 'anonymous source reference', many: 'anonymous source references' },
  namedSources: { one: 'named source reference', many: 'named source references' },
  directQuotes: { one: 'direct quote', many: 'direct quotes' },
  loadedVerbs: { one: 'loaded attribution verb', many: 'loaded attribution verbs' },
  neutralVerbs: { one: 'neutral attribution verb', many: 'neutral attribution verbs' },
  citations: { one: 'citation of another outlet', many: 'citations of other outlets' },
};

export function nounFor(noun: Noun, count: number): string {
  return count === 1 ? noun.one : noun.many;
}

/** Label for a metric: the analyser's label from the payload when present, else a fallback. */
export function metricLabel(key: MetricKey, definitions: readonly MetricDefinition[] = []): string {
  return definitions.find((d) => d.key === key)?.label ?? FALLBACK_LABELS[key];
}

export const VOICE_LABELS: Record<Voice, string> = {
  outlet: 'Own voice',
  quoted: 'Quoted voice',
};
