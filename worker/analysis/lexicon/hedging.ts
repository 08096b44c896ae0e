/**
 * Hedging: the writer marks a proposition as possible, probable or second-hand rather than asserted.
 * Designed from the epistemic-modality literature (Hyland 1998, "Hedging in Scientific Research
 * Articles"; Farkas et al. 2010, CoNLL-2010 shared task) and from cue frequencies in the WikiWeasel
 * dev corpus, where e.g. "may" (84% of its uses are cues), "probably" (99%), "likely" (90%),
 * "seems" (97%), "suggests" (81%) are reliable, while "would" (30%), "can" (5%), "will" (10%),
 * "appeared" (4%) are not. Conditionals ("if", "whether") are deliberately left out: a conditional
 * frames a hypothetical, not the outlet's confidence in a reported claim.
 */
import { DETERMINERS, NEGATED_MODAL } from './guards';
import type { LexiconEntry } from './types';

export const HEDGING: readonly LexiconEntry[] = [
  {
    id: 'hedging.modal-may',
    metric: 'hedging',
    pattern: ['may', 'may or may not'],
    rationale: 'Epistemic "may" presents a claim as possible, not established.',
    examples: ['The breach may have exposed voter data.'],
    counterExamples: ['The summit took place in May.', 'Theresa May said no.'],
    guards: [
      {
        id: 'guard.may-month-capitalised',
        kind: 'notCapitalisedMidSentence',
        rationale: '"May" capitalised inside a sentence is the month or a name (Theresa May), not the modal.',
        examples: ['They met in May.', 'Theresa May resigned.'],
      },
      {
        id: 'guard.may-month-date',
        kind: 'notFollowedByNumber',
        rationale: '"May 5" or "May 2024" is a date, even at the start of a sentence.',
        examples: ['May 5 was the deadline.'],
      },
      {
        id: 'guard.may-month-preposition',
        kind: 'notPrecededBy',
        terms: ['in', 'on', 'since', 'until', 'till', 'early', 'late', 'mid', 'during', 'through', 'of'],
        rationale: 'After a temporal preposition ("in may", "since may", "end of may") the word is the month.',
        examples: ['the talks resumed in may'],
      },
    ],
  },
  {
    id: 'hedging.modal-might',
    metric: 'hedging',
    pattern: ['might', 'might not'],
    rationale: '"might" marks weak possibility (91% of its uses are uncertainty cues in WikiWeasel).',
    examples: ['Beijing might use that access.'],
  },
  {
    id: 'hedging.modal-could',
    metric: 'hedging',
    pattern: ['could'],
    rationale: 'Epistemic "could" ("could disrupt") presents an outcome as possible.',
    examples: ['Any interference could disrupt the talks.'],
    counterExamples: ['Officials could not confirm the report.'],
    guards: [NEGATED_MODAL],
  },
  {
    id: 'hedging.probability-adverb',
    metric: 'hedging',
    pattern: ['probably', 'likely', 'most likely', 'possibly', 'perhaps', 'maybe', 'presumably', 'conceivably', 'potentially', 'unlikely'],
    rationale: 'Probability adverbs and adjectives grade the writer\'s confidence below certainty.',
    examples: ['Those directives likely gave operatives more freedom.', 'It is unlikely to change.'],
  },
  {
    id: 'hedging.evidential-adverb',
    metric: 'hedging',
    pattern: ['apparently', 'seemingly', 'reportedly', 'ostensibly'],
    rationale: 'Evidential adverbs say the claim rests on appearance or on someone else\'s report.',
    examples: ['Xi reportedly told Biden that Beijing would keep out.'],
  },
  {
    id: 'hedging.appearance-verb',
    metric: 'hedging',
    pattern: ['seem', 'seems', 'seemed', 'seeming'],
    rationale: '"seem" presents a conclusion as an impression (96% cue rate in WikiWeasel).',
    examples: ['The risk seems to be weighing on officials.'],
  },
  {
    id: 'hedging.appear-to',
    metric: 'hedging',
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
    pattern: ['suggest', 'suggests', 'suggested', 'suggesting', 'indicate', 'indicates', 'indicating', 'there are indications', 'indications that'],
    rationale: 'Evidential verbs present a conclusion as inferred from evidence rather than established.',
    examples: ['Intelligence reports indicate an uptick in activity.', 'The data suggests a link.'],
  },
  {
    id: 'hedging.belief-passive',
    metric: 'hedging',
    pattern: ['believed', 'believes', 'is thought', 'are thought', 'was thought', 'were thought', 'is said to', 'are said to', 'expected to', 'is expected to', 'are expected to', 'was expected to', 'is considered', 'are considered', 'was considered', 'were considered', 'widely considered', 'is regarded as', 'are regarded as', 'was regarded as', 'widely regarded', 'suspected', 'speculated', 'rumored', 'rumoured', 'presumed', 'reputedly'],
    rationale:
      'Belief, expectation and reputation verbs ("is believed to", "is expected to", "is considered") present a claim as ' +
      'someone\'s belief, often nobody\'s in particular; "believed" alone is a cue in 95% of its WikiWeasel uses.',
    examples: ['The topic is expected to continue to be a theme.', 'The group is believed to be behind the attack.'],
  },
  {
    id: 'hedging.first-person-belief',
    metric: 'hedging',
    pattern: ['i think', 'we think', 'i believe', 'we believe', 'i guess', 'i suspect', 'we suspect', 'i suppose'],
    rationale: 'First-person belief verbs mark the speaker\'s claim as opinion.',
    examples: ['"I think it will hold," she said.'],
    counterExamples: ["I'll believe it when I see it."],
  },
  {
    id: 'hedging.uncertainty-adjective',
    metric: 'hedging',
    pattern: ['unclear', 'uncertain', 'not clear', 'not yet clear', 'open question', 'remains to be seen', 'remain to be seen', 'possibility', 'it is possible', "it's possible", 'possible that', 'no evidence', 'unconfirmed'],
    rationale: 'Explicit statements that something is not known.',
    examples: ['It remains to be seen whether Beijing keeps its promise.', "It's an open question."],
  },
  {
    id: 'hedging.according-to',
    metric: 'hedging',
    pattern: ['according to'],
    rationale: '"according to" makes the claim second-hand: the outlet reports, not asserts.',
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
