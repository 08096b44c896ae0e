/**
 * All lexicon and rule data in one object: what the methodology page renders, what
 * `LEXICON_VERSION` hashes, and the only place the matchers take terms from.
 */
import { LOADED_VERBS, NEUTRAL_VERBS } from './attribution-verbs';
import { BOOSTERS } from './boosters';
import * as documentTerms from './document';
import { HEDGING } from './hedging';
import * as outlets from './outlets';
import * as people from './people';
import * as quotes from './quotes';
import { RULES } from './rules';
import { SKEPTICISM } from './skepticism';
import * as sources from './sources';
import type { LexiconEntry } from './types';
import * as weasels from './weasels';

/** Lexical rules that produce evidence directly (hedging, skepticism, boosters, attribution verbs). */
export const LEXICAL_RULES: readonly LexiconEntry[] = [...HEDGING, ...SKEPTICISM, ...BOOSTERS, ...NEUTRAL_VERBS, ...LOADED_VERBS];

export const LEXICON = {
  lexical: LEXICAL_RULES,
  rules: RULES,
  sources: {
    heads: sources.SOURCE_HEADS,
    personHeads: sources.PERSON_HEADS,
    qualifiers: sources.SOURCE_QUALIFIERS,
    anonymityModifiers: sources.ANONYMITY_MODIFIERS,
    determiners: sources.SOURCE_DETERMINERS,
    numbers: sources.SOURCE_NUMBERS,
    modifiers: sources.SOURCE_MODIFIERS,
    introducers: sources.SOURCE_INTRODUCERS,
    speechVerbs: sources.SPEECH_VERBS,
    auxiliaries: sources.AUXILIARIES,
    eventVerbs: sources.EVENT_VERBS,
    eventObjectStops: sources.EVENT_OBJECT_STOPS,
    headPrepositions: sources.HEAD_PREPOSITIONS,
    headBlockers: sources.HEAD_BLOCKERS,
    phraseJoiners: sources.PHRASE_JOINERS,
    extensionStops: sources.EXTENSION_STOPS,
    namedIntroducers: sources.NAMED_INTRODUCERS,
    articles: sources.ARTICLES,
    weasels: {
      quantifiers: weasels.WEASEL_QUANTIFIERS,
      evaluators: weasels.WEASEL_EVALUATORS,
      groups: weasels.WEASEL_GROUPS,
      groupModifiers: weasels.WEASEL_GROUP_MODIFIERS,
      verbs: weasels.WEASEL_VERBS,
      auxiliaries: weasels.WEASEL_AUXILIARIES,
      impersonalSubjects: weasels.WEASEL_IMPERSONAL_SUBJECTS,
      beForms: weasels.WEASEL_BE_FORMS,
      vagueAdverbs: weasels.WEASEL_VAGUE_ADVERBS,
      impersonalParticiples: weasels.WEASEL_IMPERSONAL_PARTICIPLES,
      impersonalThatParticiples: weasels.WEASEL_IMPERSONAL_THAT_PARTICIPLES,
      impersonalFollowers: weasels.WEASEL_IMPERSONAL_FOLLOWERS,
      reputationParticiples: weasels.WEASEL_REPUTATION_PARTICIPLES,
      asParticiples: weasels.WEASEL_AS_PARTICIPLES,
      as: weasels.WEASEL_AS,
      objectMarkers: weasels.WEASEL_OBJECT_MARKERS,
      labelParticiples: weasels.WEASEL_LABEL_PARTICIPLES,
      labelStops: weasels.WEASEL_LABEL_STOPS,
      perfectAuxiliaries: weasels.WEASEL_PERFECT_AUXILIARIES,
      vagueAgents: weasels.WEASEL_VAGUE_AGENTS,
      phrases: weasels.WEASEL_PHRASES,
    },
  },
  citations: {
    outlets: outlets.OUTLETS,
    verbs: outlets.CITATION_VERBS,
    adverbs: outlets.CITATION_ADVERBS,
    possessed: outlets.CITATION_OBJECTS,
    introducers: outlets.CITATION_INTRODUCERS,
    anaphors: outlets.OUTLET_ANAPHORS,
    headlineCreditMarks: outlets.HEADLINE_CREDIT_MARKS,
    aliasFunctionWords: outlets.OUTLET_FUNCTION_WORDS,
  },
  quotes: {
    distancingMarkers: quotes.DISTANCING_BEFORE_QUOTE,
    attributionVerbs: quotes.QUOTE_ATTRIBUTION_VERBS,
    loadedFrames: quotes.QUOTE_LOADED_FRAMES,
  },
  people: {
    titles: people.TITLES,
    nameTitles: people.NAME_TITLES,
    firstNames: people.FIRST_NAMES,
    organisationWords: people.ORGANISATION_WORDS,
    placeWords: people.PLACE_WORDS,
    descriptors: people.DESCRIPTORS,
    nonNameWords: people.NON_NAME_WORDS,
    nameParticles: people.NAME_PARTICLES,
    pronouns: people.PRONOUNS,
    contributorCues: sources.CONTRIBUTOR_CUES,
  },
  document: {
    iconStrip: documentTerms.ICON_STRIP,
    breadcrumbMarks: documentTerms.BREADCRUMB_MARKS,
    tailChrome: documentTerms.TAIL_CHROME,
    tailSectionStarts: documentTerms.TAIL_SECTION_STARTS,
    bylineMarks: documentTerms.BYLINE_MARKS,
    datelineMarks: documentTerms.DATELINE_MARKS,
    months: documentTerms.MONTHS,
    captionConnectors: documentTerms.CAPTION_CONNECTORS,
    abbreviations: documentTerms.ABBREVIATIONS,
    terminalPunctuation: documentTerms.TERMINAL_PUNCTUATION,
    bylineJoiners: documentTerms.BYLINE_JOINERS,
    bylinePunctuation: documentTerms.BYLINE_PUNCTUATION,
  },
} as const;

export type Lexicon = typeof LEXICON;
