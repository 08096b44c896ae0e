/**
 * Structural rules: evidence that comes from a combination of terms rather than one lexicon entry
 * (quotes, sources, citations). Each documents a `ruleId` that evidence carries; the terms they
 * combine are the term lists in `quotes.ts`, `sources.ts` and `outlets.ts`.
 */
import type { MetricKey } from '../types';

export interface RuleDoc {
  id: string;
  metric: MetricKey;
  rationale: string;
  examples: readonly string[];
}

const rule = (metric: MetricKey, name: string, rationale: string, ...examples: string[]): RuleDoc => ({ id: `${metric}.${name}`, metric, rationale, examples });

export const RULES: readonly RuleDoc[] = [
  rule('scareQuotes', 'unattributed', 'A quote of 1–4 words, with no sentence inside, that neither its sentence nor the previous one attributes to anyone: the marks signal distance, not quotation.', 'Xi gave Biden promise on 2024 election ‘interference’'),
  rule('scareQuotes', 'distancing-marker', 'A short quote right after "so-called", "supposed" or "alleged" is a scare quote whoever said it.', 'the so-called “collusion”'),
  rule('scareQuotes', 'loaded-frame', 'A short quote in a sentence whose only attribution is a loaded verb (claimed, insisted) is held at a distance.', 'officials have claimed that foreign powers are “interfering”'),
  rule('directQuotes', 'attributed', 'A quotation with its speaker named next to it (before or after the marks).', '“China [has] promised a lot of things,” Wray told lawmakers.'),
  rule('directQuotes', 'sentence', 'A quotation of five or more words, or containing a sentence, even without a named speaker.', 'officials aimed to “intensify efforts to influence US policy,” according to an assessment'),
  rule('directQuotes', 'partial', 'A short quoted fragment whose sentence (or the sentence before) names its source with a neutral verb: a partial quote, not a scare quote.', 'Biden told attendees that Xi was “embarrassed”.'),
  rule('anonymousSources', 'qualified', 'An unnamed source described by access: "familiar with", "privy to", "who was briefed".', 'two people familiar with the conversations told CNN'),
  rule('anonymousSources', 'unnamed', 'A source noun marked "anonymous", "unnamed" or "unidentified".', 'An anonymous source told CNN', 'citing two unnamed sources'),
  rule('anonymousSources', 'introduced', 'An unnamed source noun after "according to" or "citing" (an unnamed collective such as "US intelligence officials" counts; documents do not).', 'according to one of the sources', 'according to US intelligence officials'),
  rule('anonymousSources', 'attributed', 'An unnamed source noun followed by a speech verb.', 'the source said', 'a senior National Security Agency official told reporters'),
  rule('anonymousSources', 'weasel-quantifier', 'Vague attribution (MOS:WEASEL): a claim credited to an unbounded group ("some", "many", "others", optionally "some experts") with a verb of saying or opinion.', 'Many believe the vote was rigged.', 'Many economists believe a recession is near.'),
  rule('anonymousSources', 'weasel-group', 'Vague attribution: an evaluative group with no name ("critics", "experts", "observers") credited with an opinion.', 'Critics argue the plan is unworkable.', 'Legal experts fear the ruling will stand.'),
  rule('anonymousSources', 'weasel-impersonal', 'Vague attribution: an agentless "it is …" report of what is said, believed or understood.', 'It is believed that the ship sank.', 'It has been suggested that the figures are wrong.'),
  rule('anonymousSources', 'weasel-passive', 'Vague attribution: a reputation or label with nobody behind it ("is widely regarded", "has been described as", "is considered by many").', 'He is widely regarded as the favourite.', 'The reform has been described as a power grab.'),
  rule('anonymousSources', 'weasel-phrase', 'Vague attribution in a fixed phrase ("studies show", "by some accounts", "there are those who").', 'By some accounts, the talks nearly collapsed.'),
  rule('namedSources', 'subject', 'A named person as the subject of a speech verb (not when they tell another named person: that is the event).', 'Wray told lawmakers', 'Krebs told CNN'),
  rule('namedSources', 'verb-first', 'A speech verb followed by a named person.', 'said Chris Krebs'),
  rule('namedSources', 'organisation', 'A named organisation (a capitalised name with an organisation word) as the subject of a speech verb.', 'The Chinese Foreign Ministry said in a statement'),
  rule('namedSources', 'according-to', '"according to" followed by a named person.', 'according to Wray'),
  rule('citations', 'outlet-verb', 'An outlet followed by a reporting verb credits it with the information.', 'CNN reported on Tuesday', 'Reuters further reported'),
  rule('citations', 'possessive', 'An outlet\'s source, report or article.', 'CNN’s source said'),
  rule('citations', 'introducer', 'An outlet after "told", "according to", "citing", "reported by".', 'A source told CNN', 'according to Reuters'),
  rule('citations', 'headline-credit', 'A headline ending in "– Outlet" or ": Outlet" credits that outlet with the story.', 'Xi gave Biden promise on 2024 election ‘interference’ – CNN'),
  rule('citations', 'anaphor', '"The news outlet" + a reporting verb refers back to the outlet cited last.', 'The news outlet listed Natasha Bertrand as a contributor.'),
];
