/**
 * Epistemic hedges: the writer grades how probable a proposition is (modals, probability adverbs
 * and adjectives, explicit statements that something is not known). Cue rates quoted are from the
 * WikiWeasel dev file (share of a word's uses that annotators marked as an uncertainty cue).
 */
import { NEGATED_MODAL } from './guards';
import type { LexiconEntry } from './types';

export const EPISTEMIC: readonly LexiconEntry[] = [
  {
    id: 'hedging.modal-may',
    metric: 'hedging',
    category: 'epistemic',
    pattern: ['may', 'may or may not', 'may well'],
    rationale: 'Epistemic "may" presents a claim as possible, not established (84% of its WikiWeasel uses are cues).',
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
    category: 'epistemic',
    pattern: ['might', 'might not'],
    rationale: '"might" marks weak possibility (91% of its uses are uncertainty cues in WikiWeasel).',
    examples: ['Beijing might use that access.'],
  },
  {
    id: 'hedging.modal-could',
    metric: 'hedging',
    category: 'epistemic',
    pattern: ['could'],
    rationale: 'Epistemic "could" ("could disrupt") presents an outcome as possible.',
    examples: ['Any interference could disrupt the talks.'],
    counterExamples: ['Officials could not confirm the report.', 'He moved so that his family could live near the sea.'],
    guards: [
      NEGATED_MODAL,
      {
        id: 'guard.could-purpose',
        kind: 'notPrecededWithin',
        terms: ['so that', 'in order that'],
        window: 6,
        rationale: '"so that they could leave" states a purpose (ability), not a possibility the writer is unsure of.',
        examples: ['They left early so that they could vote.'],
      },
    ],
  },
  {
    id: 'hedging.probability-adverb',
    metric: 'hedging',
    category: 'epistemic',
    pattern: ['probably', 'likely', 'most likely', 'possibly', 'perhaps', 'maybe', 'presumably', 'conceivably', 'potentially', 'unlikely', 'almost certainly', 'in all likelihood'],
    rationale: 'Probability adverbs and adjectives grade the writer\'s confidence below certainty.',
    examples: ['Those directives likely gave operatives more freedom.', 'It is unlikely to change.', 'The ship almost certainly sank.'],
  },
  {
    id: 'hedging.possible',
    metric: 'hedging',
    category: 'epistemic',
    pattern: ['possible', 'it is possible', "it's possible", 'possible that', 'probable'],
    rationale:
      '"a possible motive", "it is possible that" present a proposition as a possibility. Other uses are ' +
      'not hedges: "as soon as possible", "made it possible", "possible to" (ability).',
    examples: ['Officials are examining a possible link.', 'It is possible that the data was lost.'],
    counterExamples: ['They will meet as soon as possible.', 'The grant made it possible to build the school.'],
    guards: [
      {
        id: 'guard.possible-not-hedge',
        kind: 'notPrecededBy',
        terms: ['as', 'where', 'wherever', 'whenever', 'if', 'made', 'makes', 'making', 'make', 'made it', 'makes it', 'making it', 'make it', 'every', 'all', 'best', 'maximum', 'highest', 'lowest', 'only', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'always', 'sometimes', 'also', 'quite'],
        rationale: '"as far as possible", "where possible", "made it possible", "every possible" and predicative "is possible" (feasible) say what can be done, not what may be true; "it is possible that" is matched as a whole before this guard applies.',
        examples: ['Turnout was as high as possible.'],
      },
      {
        id: 'guard.possible-to',
        kind: 'notFollowedBy',
        terms: ['to'],
        rationale: '"possible to" states an ability or option ("it is possible to vote by mail").',
        examples: ['It is possible to vote by mail.'],
      },
    ],
  },
  {
    id: 'hedging.uncertainty-adjective',
    metric: 'hedging',
    category: 'epistemic',
    pattern: ['unclear', 'uncertain', 'possibility', 'not clear', 'not yet clear', 'open question', 'remains to be seen', 'remain to be seen', 'no evidence', 'unconfirmed', 'little is known', 'is not known', 'are not known', 'it is not known', 'is unknown', 'are unknown', 'remains unknown', 'remain unknown', 'unknown whether', 'it is not known', 'doubtful', 'no proof', 'cast doubt', 'casts doubt', 'casting doubt', 'cast doubts', 'doubts about', 'doubt that', 'doubt whether', 'into question', 'unverified claims'],
    rationale: 'Explicit statements that something is not known.',
    examples: ['It remains to be seen whether Beijing keeps its promise.', "It's an open question.", 'Little is known about his early life.'],
  },
];
