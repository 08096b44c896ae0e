/**
 * Evidential hedges: the claim rests on appearance, on inference from evidence, or on someone
 * else's report (hearsay), so the writer does not vouch for it. Hearsay words that also distance
 * ("allegedly", "supposedly") count here as uncertainty and, separately, under skepticism.
 */
import { DETERMINERS, SUPPOSED_TO } from './guards';
import type { LexiconEntry } from './types';

export const EVIDENTIAL: readonly LexiconEntry[] = [
  {
    id: 'hedging.evidential-adverb',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['apparently', 'seemingly', 'reportedly', 'ostensibly'],
    rationale: 'Evidential adverbs say the claim rests on appearance or on someone else\'s report.',
    examples: ['Xi reportedly told Biden that Beijing would keep out.'],
  },
  {
    id: 'hedging.hearsay',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['allegedly', 'alleged', 'allege', 'alleges', 'alleging', 'allegation', 'allegations', 'purportedly', 'purported', 'supposedly', 'reputedly', 'is said to', 'are said to', 'was said to', 'were said to', 'supposed to have'],
    rationale:
      'Hearsay words present a proposition as what someone alleges or is said to have done, not as established ' +
      '(WikiWeasel marks "alleged" and "allegedly" as cues in all of their uses, "accused" in 93%). In crime ' +
      'reporting "alleged" is required wording, but the charge is still unproven, so it still counts as hedging ' +
      '(it does not count as the outlet\'s skepticism there: see guard.alleged-legal).',
    examples: ['The senator allegedly took bribes.', 'The bridge is said to date from Roman times.'],
  },
  {
    id: 'hedging.accusation',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['accused', 'accuse', 'accuses', 'accusing', 'accusation', 'accusations'],
    rationale: 'An accusation reports a charge someone makes, not an established fact (93% of "accused" in WikiWeasel are cues).',
    examples: ['He was accused of leaking the memo.', 'Beijing accuses Washington of meddling.'],
    counterExamples: ['The accused spoke to the court.'],
    guards: [
      {
        id: 'guard.the-accused',
        kind: 'notPrecededBy',
        terms: DETERMINERS,
        rationale: '"the accused" is a person (a defendant), not a report of a charge.',
        examples: ['The accused was released on bail.'],
      },
    ],
  },
  {
    id: 'hedging.supposed',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['supposed'],
    rationale: 'Attributive "supposed" ("the supposed meeting") presents the thing as claimed, not established.',
    examples: ['Nobody has seen the supposed memo.'],
    counterExamples: ['The talks are supposed to resume in March.'],
    guards: [SUPPOSED_TO],
  },
  {
    id: 'hedging.appearance-verb',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['seem', 'seems', 'seemed', 'seeming'],
    rationale: '"seem" presents a conclusion as an impression (96% cue rate in WikiWeasel).',
    examples: ['The risk seems to be weighing on officials.'],
  },
  {
    id: 'hedging.appear-to',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['appear', 'appears', 'appeared', 'appearing'],
    rationale: '"appear to" / "appears that" hedge like "seem"; other uses ("appeared in court") do not.',
    examples: ['He also appeared to stress his willingness to cooperate.'],
    counterExamples: ['She appeared in court on Monday.'],
    guards: [
      {
        id: 'guard.appear-literal',
        kind: 'onlyFollowedBy',
        terms: ['to', 'that', 'likely', 'unlikely', 'as if', 'as though'],
        rationale: 'Only "appear to/that" is evidential; "appeared on TV", "appeared in court" are literal.',
        examples: ['The minister appeared on television.'],
      },
    ],
  },
  {
    id: 'hedging.evidential-verb',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['suggest', 'suggests', 'suggested', 'suggesting', 'indicate', 'indicates', 'indicating', 'there are indications', 'indications that', 'imply', 'implies', 'implied', 'implying'],
    rationale: 'Evidential verbs present a conclusion as inferred from evidence rather than established.',
    examples: ['Intelligence reports indicate an uptick in activity.', 'The data suggests a link.', 'The memo implies that he knew.'],
  },
  {
    id: 'hedging.according-to',
    metric: 'hedging',
    category: 'evidential',
    pattern: ['according to'],
    rationale:
      '"according to" makes the claim second-hand: the outlet reports, not asserts. (The Szeged annotators do not ' +
      'mark it; it is kept because attribution is how news hedges, and the validity report shows the figures without it.)',
    examples: ['according to one of the sources'],
    counterExamples: ['Everything went according to plan.'],
    guards: [
      {
        id: 'guard.according-to-plan',
        kind: 'notFollowedBy',
        terms: ['plan', 'plans', 'schedule', 'rules', 'tradition', 'custom', 'protocol', 'instructions'],
        skip: DETERMINERS,
        rationale: '"according to plan/schedule" describes conformity, not a source.',
        examples: ['The launch went according to plan.'],
      },
    ],
  },
];
