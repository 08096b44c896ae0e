/**
 * What each metric means, for the methodology page and chart legends.
 */
import { METRIC_KEYS, type MetricKey } from './types';

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  shortLabel: string;
  description: string;
}

const DEFINITIONS: Record<MetricKey, Omit<MetricDefinition, 'key'>> = {
  hedging: {
    label: 'Hedging',
    shortLabel: 'Hedges',
    description: 'Words that present a claim as uncertain rather than asserted: possible or probable (may, might, could, likely, unclear), second-hand or inferred (reportedly, allegedly, seems, suggests, according to), someone\'s belief or expectation (is believed, is considered, expected to), conditional (if, unless, hypothetical would) or an open question (whether).',
  },
  skepticism: {
    label: 'Skepticism / distancing',
    shortLabel: 'Distancing',
    description: 'Words with which the outlet keeps a reported claim at arm\'s length or discredits it: "so-called", "claims"/"claimed", "alleged(ly)", "supposed(ly)", "purported", "unsubstantiated", "debunked". Legal uses of "alleged" and "claimed responsibility/victory" do not count.',
  },
  scareQuotes: {
    label: 'Scare quotes',
    shortLabel: 'Scare quotes',
    description: 'Short quoted words (1–4, no sentence inside) that nobody is credited with saying, or that follow "so-called" or a loaded verb: quotation marks used to distance, not to quote.',
  },
  boosters: {
    label: 'Boosters',
    shortLabel: 'Boosters',
    description: 'Words that close off doubt: "clearly", "undoubtedly", "certainly", "of course", "one thing is certain", "in fact".',
  },
  anonymousSources: {
    label: 'Anonymous sources',
    shortLabel: 'Anonymous',
    description: 'References to unnamed sources: "two people familiar with the conversations", "one of the sources", "a senior … official told reporters", "citing two unnamed sources", "according to US intelligence officials"; and vague attribution (weasel words): "some say", "critics argue", "it is believed", "is widely regarded as", "studies show".',
  },
  namedSources: {
    label: 'Named sources',
    shortLabel: 'Named',
    description: 'Attributions to a named person or organisation: "Wray told lawmakers", "said Chris Krebs", "The Chinese Foreign Ministry said".',
  },
  directQuotes: {
    label: 'Direct quotes',
    shortLabel: 'Quotes',
    description: 'Quotations credited to a speaker or of sentence length, including short partial quotes whose source the sentence names. Words inside them form the "quoted" voice.',
  },
  loadedVerbs: {
    label: 'Loaded attribution verbs',
    shortLabel: 'Loaded verbs',
    description: 'Attribution verbs that judge the statement they report: claimed, insisted, admitted, conceded, acknowledged, denied, revealed (Wikipedia MOS:SAID "words to watch").',
  },
  neutralVerbs: {
    label: 'Neutral attribution verbs',
    shortLabel: 'Neutral verbs',
    description: 'Attribution without judgement: said, told, stated, wrote, reported, added, according to.',
  },
  citations: {
    label: 'Outlet citations',
    shortLabel: 'Citations',
    description: 'Other news outlets credited as the origin of the reporting: "CNN reported", "told CNN", "– CNN" at the end of a headline, "Reuters reported". An outlet citing itself does not count.',
  },
};

export const METRIC_DEFINITIONS: readonly MetricDefinition[] = METRIC_KEYS.map((key) => ({ key, ...DEFINITIONS[key] }));
