/**
 * Source attribution vocabulary: the pieces from which anonymous-source references ("two people
 * familiar with the conversations", "a senior … official told reporters", "citing two unnamed
 * sources") and named attributions ("said Chris Krebs") are recognised. See
 * `detect/sources.ts` for how the pieces combine.
 */
import type { TermList } from './types';

export const SOURCE_HEADS: TermList = {
  id: 'sources.head',
  pattern: ['source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders', 'diplomat', 'diplomats', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesperson', 'spokesman', 'spokeswoman', 'lawmaker', 'lawmakers', 'analyst', 'analysts', 'investigator', 'investigators', 'officer', 'officers', 'experts', 'observers', 'critics', 'insiders'],
  rationale: 'Nouns that name a person or group who supplied information.',
  examples: ['the source said', 'a senior official told reporters'],
};

export const PERSON_HEADS: TermList = {
  id: 'sources.person-head',
  pattern: ['people', 'person', 'persons', 'individuals', 'individual', 'someone'],
  rationale: 'Generic person nouns count only with a qualifier ("people familiar with …") or a number ("two people told CNN").',
  examples: ['two people familiar with the conversations'],
};

export const SOURCE_QUALIFIERS: TermList = {
  id: 'sources.qualifier',
  pattern: ['familiar with', 'privy to', 'briefed on', 'who was briefed', 'who were briefed', 'who had been briefed', 'close to', 'with knowledge of', 'with direct knowledge of', 'knowledgeable about', 'on condition of anonymity', 'on the condition of anonymity', 'who spoke on condition of anonymity', 'who asked not to be named', 'who declined to be named', 'who requested anonymity', 'not authorized to speak', 'not authorised to speak'],
  rationale: 'Phrases describing a source by access rather than name: the hallmark of anonymous sourcing.',
  examples: ['sources privy to the exchange', 'the source who was briefed on the matter'],
};

export const ANONYMITY_MODIFIERS: TermList = {
  id: 'sources.anonymity-modifier',
  pattern: ['anonymous', 'unnamed', 'unidentified'],
  rationale: 'Adjectives that say outright that the source is not named.',
  examples: ['An anonymous source told CNN.', 'citing two unnamed sources'],
};

export const SOURCE_DETERMINERS: TermList = {
  id: 'sources.determiner',
  pattern: ['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'multiple', 'some', 'many', 'other', 'both', 'few', 'these', 'those', 'one of the', 'two of the', 'three of the', 'another', 'numerous', 'various', 'more', 'dozens of', 'a number of', 'a dozen', 'separate'],
  rationale: 'Determiners and quantifiers that open an unnamed-source noun phrase.',
  examples: ['one of the sources', 'two people'],
};

export const SOURCE_NUMBERS: TermList = {
  id: 'sources.number',
  pattern: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple', 'numerous', 'one of the', 'two of the', 'three of the', 'dozens of', 'a number of', 'a dozen'],
  rationale: 'A count before "people" ("two people told CNN") makes the group a set of sources, not the public.',
  examples: ['two people told CNN'],
};

export const SOURCE_MODIFIERS: TermList = {
  id: 'sources.modifier',
  pattern: ['senior', 'former', 'current', 'top', 'high-ranking', 'high-level', 'administration', 'government', 'intelligence', 'security', 'military', 'defense', 'defence', 'national', 'foreign', 'western', 'american', 'chinese', 'russian', 'us', 'u.s.', 'european', 'diplomatic', 'congressional', 'federal', 'state', 'local', 'police', 'party', 'campaign', 'industry', 'company', 'white', 'house', 'official', 'informed', 'knowledgeable', 'well-placed', 'trusted', 'independent', 'additional'],
  rationale: 'Role and affiliation words allowed between determiner and head; they describe but do not name the source.',
  examples: ['a senior National Security Agency official'],
};

export const SOURCE_INTRODUCERS: TermList = {
  id: 'sources.introducer',
  pattern: ['according to', 'citing', 'cited', 'quoting', 'quoted'],
  rationale: 'Phrases that introduce the origin of a claim.',
  examples: ['according to US intelligence officials', 'citing security officials'],
};

export const SPEECH_VERBS: TermList = {
  id: 'sources.speech-verb',
  pattern: ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'stated', 'explained', 'confirmed', 'claimed', 'claims', 'insisted', 'insists', 'admitted', 'acknowledged', 'conceded', 'noted', 'wrote', 'warned', 'argued', 'asserted', 'maintained', 'denied', 'described', 'recalled', 'cautioned', 'estimated', 'predicted', 'revealed', 'disclosed', 'testified', 'stressed', 'emphasized', 'emphasised', 'observed', 'replied', 'responded', 'answered', 'asked', 'complained', 'boasted'],
  rationale: 'Verbs that attribute speech or writing to a subject; used to find speakers and named sources.',
  examples: ['Wray told lawmakers.', 'said Chris Krebs'],
};

export const AUXILIARIES: TermList = {
  id: 'sources.auxiliary',
  pattern: ['has', 'have', 'had', 'also', 'later', 'previously', 'then', 'again', 'repeatedly', 'publicly', 'privately', 'reportedly', 'once'],
  rationale: 'Words allowed between a speaker and the speech verb ("Biden has stated", "Xi reportedly told").',
  examples: ['President Biden has stated that …'],
};

export const CONTRIBUTOR_CUES: TermList = {
  id: 'people.contributor-cue',
  pattern: ['as a contributor', 'as contributor', 'contributed reporting', 'contributed to this report', 'contributed to this story', 'additional reporting by', 'reporting by', 'contributed', 'writing by', 'editing by', 'edited by'],
  rationale: 'Credits that name a contributor to the reporting rather than a source or a subject.',
  examples: ['The news outlet listed Natasha Bertrand as a contributor.', 'Jane Doe contributed reporting.'],
};

export const EVENT_VERBS: TermList = {
  id: 'sources.event-verb',
  pattern: ['told', 'tells', 'tell', 'asked', 'asks'],
  rationale: 'When one named person "told" or "asked" another named person, the exchange is the news event, not a source speaking to the outlet ("Xi told Biden …").',
  examples: ['Xi reportedly told Biden that Beijing would keep out.'],
};

export const HEAD_BLOCKERS: TermList = {
  id: 'sources.head-blocker',
  pattern: ['of', 'code'],
  rationale: '"source of funding", "source code", "one of …": the noun is not a person supplying information.',
  examples: ['a major source of revenue'],
};

export const PHRASE_JOINERS: TermList = {
  id: 'sources.phrase-joiner',
  pattern: ['of'],
  rationale: 'Words allowed inside a source noun phrase ("one of the sources").',
  examples: ['one of the sources said'],
};

export const EXTENSION_STOPS: TermList = {
  id: 'sources.extension-stop',
  pattern: ['who', 'that', 'which'],
  rationale: 'Where the description after "familiar with …" ends and a new clause begins.',
  examples: ['people familiar with the talks who spoke to CNN'],
};

export const NAMED_INTRODUCERS: TermList = {
  id: 'sources.named-introducer',
  pattern: ['according to'],
  rationale: '"according to" + a person\'s name is a named attribution.',
  examples: ['according to Wray'],
};

export const ARTICLES: TermList = {
  id: 'sources.article',
  pattern: ['the'],
  rationale: 'A leading article is not part of a speaker\'s or outlet\'s name ("The Chinese Foreign Ministry said" → "Chinese Foreign Ministry").',
  examples: ['The Chinese Foreign Ministry said'],
};

export const EVENT_OBJECT_STOPS: TermList = {
  id: 'sources.event-object-stop',
  pattern: ['that', 'to', 'about', 'whether', 'if', 'how', 'what', 'why', 'when', '.', ';', ':'],
  rationale: 'Where the addressee of "told"/"asked" ends: a named person before this point makes the exchange an event between principals.',
  examples: ['Biden asked his Chinese counterpart, Xi Jinping, not to interfere.'],
};

export const HEAD_PREPOSITIONS: TermList = {
  id: 'sources.head-preposition',
  pattern: ['for', 'at', 'from', 'with', 'in'],
  rationale: 'A short affiliation after the source noun ("a spokesperson for the firm said") keeps it an unnamed source.',
  examples: ['A spokesperson for the firm said it rejects the claims.'],
};
