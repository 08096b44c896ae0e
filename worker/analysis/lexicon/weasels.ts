/**
 * Vague attribution ("weasel words", after Wikipedia's Manual of Style, MOS:WEASEL): a claim
 * credited to an unnamed, unbounded group or to nobody at all ("some say", "critics argue", "many
 * believe", "it is thought", "is widely regarded as", "has been described as", "studies show").
 * Counted as anonymous sourcing: like "a source said", the reader cannot check who holds the
 * view. Written from the style guide's examples and from reading news, not from any test corpus.
 * See `detect/weasels.ts` for how the pieces combine.
 */
import type { TermList } from './types';

export const WEASEL_OBJECT_MARKERS: TermList = {
  id: 'weasels.object-marker',
  pattern: ['after', 'with', 'without', 'for', 'of', 'on', 'in', 'to', 'given', 'upon', 'from', 'by', 'gave', 'give', 'gives', 'took', 'take', 'needs', 'need', 'needed', 'than', 'like', 'among'],
  rationale: 'A quantifier after a preposition or verb is an object ("after some thought", "for many"), not a group holding a view.',
  examples: ['After some thought, she agreed.'],
};

export const WEASEL_QUANTIFIERS: TermList = {
  id: 'weasels.quantifier',
  pattern: ['some', 'many', 'most', 'others', 'several', 'few', 'numerous', 'various', 'countless', 'a number of', 'a few', 'plenty of', 'not a few', 'some of them', 'many of them'],
  rationale: 'Quantifiers that stand for an unbounded group of people: "some say", "many believe", "some experts argue".',
  examples: ['Some say the deal is dead.', 'Many believe the vote was rigged.'],
};

export const WEASEL_EVALUATORS: TermList = {
  id: 'weasels.evaluator',
  pattern: ['observers', 'critics', 'experts', 'analysts', 'scholars', 'historians', 'commentators', 'pundits', 'scientists', 'researchers', 'economists', 'academics', 'skeptics', 'sceptics', 'opponents', 'detractors', 'supporters', 'proponents', 'advocates', 'insiders', 'watchers'],
  rationale: 'Groups whose judgement a claim borrows without naming anyone: "critics argue", "experts believe", "observers fear".',
  examples: ['Critics argue the plan is unworkable.', 'Experts fear a second wave.'],
};

export const WEASEL_GROUPS: TermList = {
  id: 'weasels.group',
  pattern: ['people', 'voices', 'writers', 'authors', 'fans', 'residents', 'americans', 'voters', 'conservatives', 'liberals', 'progressives', 'activists', 'diplomats', 'officials', 'sources', 'others', 'members'],
  rationale: 'Plural groups that make a vague attribution only after a quantifier ("some people say", "many voters believe"); bare, they are usually the people the story is about.',
  examples: ['Many voters believe the race is close.'],
};

export const WEASEL_GROUP_MODIFIERS: TermList = {
  id: 'weasels.group-modifier',
  pattern: ['independent', 'outside', 'other', 'legal', 'political', 'western', 'foreign', 'military', 'security', 'health', 'industry', 'market', 'intelligence', 'climate', 'leading', 'prominent', 'top', 'senior', 'local', 'international', 'regional', 'his', 'her', 'their', 'its', 'democratic', 'republican', 'conservative', 'liberal', 'many', 'some', 'most'],
  rationale: 'Words that may stand before a vague group without naming it ("legal experts say", "his critics argue"); they are part of the evidence span.',
  examples: ['Legal experts say the ruling will be appealed.'],
};

export const WEASEL_VERBS: TermList = {
  id: 'weasels.opinion-verb',
  pattern: ['say', 'said', 'argue', 'argued', 'believe', 'believed', 'claim', 'claimed', 'contend', 'contended', 'suggest', 'suggested', 'feel', 'felt', 'think', 'thought', 'maintain', 'maintained', 'insist', 'insisted', 'assert', 'asserted', 'allege', 'alleged', 'speculate', 'speculated', 'fear', 'feared', 'worry', 'worried', 'warn', 'warned', 'suspect', 'expect', 'expected', 'predict', 'predicted', 'doubted', 'wonder', 'wondered', 'questioned', 'noted', 'point out', 'pointed out', 'consider', 'see', 'described', 'called', 'complain', 'complained', 'agree that', 'agreed that', 'reckon'],
  rationale:
    'Verbs of saying and opinion that credit a claim to the plural group before them. Only base and past forms (the ' +
    'subject is plural), and none that reads as a plural noun after a quantifier ("some questions", "many calls").',
  examples: ['Others contend that the law is clear.'],
};

export const WEASEL_AUXILIARIES: TermList = {
  id: 'weasels.auxiliary',
  pattern: ['have', 'has', 'had', 'would', 'will', 'may', 'might', 'also', 'often', 'long', 'still', 'now', 'even', 'do', 'does', 'did', 'privately', 'publicly', 'openly', 'already', 'increasingly', 'have long', 'have also'],
  rationale: 'Words allowed between the group and its verb ("some have argued", "many would say", "critics have long complained").',
  examples: ['Some have argued that the rule is unfair.'],
};

export const WEASEL_IMPERSONAL_SUBJECTS: TermList = {
  id: 'weasels.impersonal-subject',
  pattern: ['it', "it's"],
  rationale: 'The dummy subject of an agentless report: "it is said", "it is believed", "it\'s rumoured".',
  examples: ['It is believed that the ship sank.'],
};

export const WEASEL_BE_FORMS: TermList = {
  id: 'weasels.be-form',
  pattern: ['is', 'was', 'are', 'were', 'has been', 'have been', 'had been', 'is being', 'was being', 'is now', 'is also', 'was also', 'has long been', 'have long been', 'had long been', 'is still', 'has also been', 'have also been'],
  rationale: 'Forms of "be" that make the following participle an agentless passive.',
  examples: ['It has been suggested that the figures are wrong.'],
};

export const WEASEL_VAGUE_ADVERBS: TermList = {
  id: 'weasels.vague-adverb',
  pattern: ['widely', 'often', 'generally', 'commonly', 'sometimes', 'frequently', 'popularly', 'increasingly', 'largely', 'broadly', 'universally', 'occasionally', 'traditionally', 'long', 'once'],
  rationale: 'Adverbs that imply a crowd of unnamed holders: "widely regarded", "often described", "commonly believed".',
  examples: ['He is widely regarded as the favourite.'],
};

export const WEASEL_IMPERSONAL_PARTICIPLES: TermList = {
  id: 'weasels.impersonal-participle',
  pattern: ['said', 'believed', 'thought', 'claimed', 'argued', 'suggested', 'reported', 'rumored', 'rumoured', 'alleged', 'speculated', 'feared', 'understood'],
  rationale: 'Participles of saying and believing after an impersonal "it is …": a claim with nobody behind it ("it is said", "it is understood").',
  examples: ['It is understood that talks will resume.', 'It was feared the dam would fail.'],
};

export const WEASEL_IMPERSONAL_THAT_PARTICIPLES: TermList = {
  id: 'weasels.impersonal-that-participle',
  pattern: ['assumed', 'held', 'felt', 'expected', 'hoped', 'estimated', 'known', 'accepted', 'agreed', 'considered', 'noted', 'recognized', 'recognised', 'acknowledged', 'suspected', 'presumed'],
  rationale: 'Participles that make an agentless report only before "that" ("it is widely accepted that"); "it was considered a success" is about a thing.',
  examples: ['It is widely accepted that the figures are low.'],
};

export const WEASEL_IMPERSONAL_FOLLOWERS: TermList = {
  id: 'weasels.impersonal-follower',
  pattern: ['that'],
  rationale: 'The complementiser that makes "it is known" an agentless report of a proposition.',
  examples: ['It is known that the ship sank.'],
};

export const WEASEL_REPUTATION_PARTICIPLES: TermList = {
  id: 'weasels.reputation-participle',
  pattern: ['regarded', 'considered', 'seen', 'viewed', 'described', 'believed', 'thought', 'acknowledged', 'recognized', 'recognised', 'accepted', 'cited', 'credited', 'praised', 'criticized', 'criticised', 'blamed', 'reported', 'rumored', 'rumoured', 'touted', 'hailed', 'labelled', 'labeled', 'dubbed', 'branded', 'characterized', 'characterised', 'perceived', 'deemed', 'billed', 'derided', 'dismissed', 'portrayed', 'depicted'],
  rationale:
    'Participles that give a subject a reputation; with a vague adverb ("widely regarded") or a vague agent ("considered by ' +
    'many") the reputation is nobody\'s in particular. Naming verbs ("commonly known as", "often called") are left out: ' +
    'they report a name, not a claim.',
  examples: ['The plan is widely seen as a gamble.', 'She is considered by many to be the favourite.'],
};

export const WEASEL_AS_PARTICIPLES: TermList = {
  id: 'weasels.as-participle',
  pattern: ['seen', 'viewed', 'perceived', 'regarded', 'described', 'characterized', 'characterised', 'portrayed', 'depicted'],
  rationale: 'Participles that carry a reputation only with "as" ("widely seen as a gamble"); "often seen spinning pens" is literal.',
  examples: ['The deal is often described as a giveaway.'],
};

export const WEASEL_AS: TermList = {
  id: 'weasels.as',
  pattern: ['as'],
  rationale: 'The word that turns "seen", "described" into a reputation ("seen as").',
  examples: ['He is widely seen as the heir.'],
};

export const WEASEL_LABEL_PARTICIPLES: TermList = {
  id: 'weasels.label-participle',
  pattern: ['described', 'called', 'labelled', 'labeled', 'dubbed', 'branded', 'hailed', 'touted', 'characterized', 'characterised', 'billed', 'criticized', 'criticised', 'praised', 'derided'],
  rationale: 'Labels pinned on a subject in the agentless perfect passive ("has been described as", "has been called") without saying by whom.',
  examples: ['The reform has been described as a power grab.'],
};

export const WEASEL_LABEL_STOPS: TermList = {
  id: 'weasels.label-stop',
  pattern: ['off', 'up', 'for', 'on', 'in', 'back', 'out', 'into', 'to', 'upon', 'by', 'at', 'over', 'away', 'down', 'before', 'after', 'during', 'with', 'from', 'since', 'when', '.', ',', ';', ':'],
  rationale: 'After these the participle is not a label: "has been called off", "has been described in detail", "has been criticized by Amnesty" (a named agent).',
  examples: ['The match has been called off.'],
};

export const WEASEL_PERFECT_AUXILIARIES: TermList = {
  id: 'weasels.perfect-be',
  pattern: ['has been', 'have been', 'had been', 'has long been', 'have long been', 'has often been', 'have often been', 'has also been', 'have also been', 'has sometimes been', 'have sometimes been'],
  rationale: 'The perfect passive that carries a label without its author ("has been called").',
  examples: ['The law has been called draconian.'],
};

export const WEASEL_VAGUE_AGENTS: TermList = {
  id: 'weasels.vague-agent',
  pattern: ['many', 'some', 'most', 'others', 'critics', 'observers', 'experts', 'analysts', 'commentators', 'scholars', 'historians', 'opponents', 'detractors', 'supporters', 'skeptics', 'sceptics', 'some critics', 'many critics', 'some observers', 'many observers', 'some experts', 'many experts', 'some analysts', 'many analysts', 'some people', 'many people', 'his critics', 'her critics', 'their critics'],
  rationale: 'An agent after "by" that names nobody: "considered by many", "described by critics as".',
  examples: ['The deal was described by critics as a giveaway.'],
};

export const WEASEL_PHRASES: TermList = {
  id: 'weasels.phrase',
  pattern: ['some say', 'some would say', 'many would argue', 'some would argue', 'there are those who', 'there are some who', 'studies show', 'studies have shown', 'studies suggest', 'research shows', 'research has shown', 'research suggests', 'science says', 'experts agree', 'legend has it', 'by some accounts', 'by many accounts', 'by most accounts', 'by all accounts', 'according to some', 'according to many', 'according to others', 'some argue', 'it is widely held', 'conventional wisdom', 'the received wisdom', 'word has it', 'rumour has it', 'rumor has it'],
  rationale: 'Fixed vague attributions listed as "words to watch" (MOS:WEASEL) and common in news.',
  examples: ['By some accounts, the talks nearly collapsed.', 'Studies show the policy works.'],
};
