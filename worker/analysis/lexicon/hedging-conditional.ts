/**
 * Conditional and investigation hedges: the proposition holds only under a condition or in a
 * hypothetical ("if", "unless", hypothetical "would"), or is an open question being asked
 * ("whether"). Szarvas et al. (2012) class these as hypothetical uncertainty; they are the most
 * frequent cues in the WikiWeasel dev file after "may" ("if" 77% cue rate, "whether" 73%,
 * "unless" 74%). "would" is a cue in only 30% of its WikiWeasel uses, because most uses report a
 * future seen from the past ("he said he would resign", "she would later marry"): those are
 * guarded, and what remains is the hypothetical "would".
 */
import type { LexiconEntry } from './types';

/** Verbs of saying and commitment after which "would" reports a future, not a hypothetical. */
const REPORTED_FUTURE = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'announced', 'announces', 'announcing', 'promised', 'promises', 'promising', 'pledged', 'pledges',
  'vowed', 'vows', 'assured', 'assures', 'agreed', 'agrees', 'decided', 'decides', 'confirmed', 'confirms', 'stated', 'states', 'declared', 'insisted',
  'insists', 'added', 'noted', 'warned', 'warns', 'indicated', 'signaled', 'signalled', 'hinted', 'knew', 'planned', 'intended', 'guaranteed',
  'ensured', 'ensuring', 'ensure', 'ensures', 'assuring', 'reiterated', 'wrote', 'writes', 'reported', 'revealed', 'disclosed', 'determined', 'ruled', 'hoped', 'claimed', 'claims', 'argued', 'predicted',
  'so that', 'in order that', 'promise', 'pledge', 'assurance', 'assurances', 'commitment',
];

export const CONDITIONAL: readonly LexiconEntry[] = [
  {
    id: 'hedging.conditional-if',
    metric: 'hedging',
    category: 'conditional',
    pattern: ['if', 'even if', 'unless', 'in the event that', 'provided that'],
    rationale: 'A condition makes the proposition hypothetical: it holds only if the condition does (77% of "if" in WikiWeasel are cues).',
    examples: ['If the talks fail, sanctions will follow.', 'The deal holds unless Congress objects.'],
    counterExamples: ['He spoke as if nothing had happened.', 'The set is closed if and only if it contains its limits.'],
    guards: [
      {
        id: 'guard.as-if',
        kind: 'notPrecededBy',
        terms: ['as', 'and only'],
        rationale: '"as if" compares, and the second "if" of "if and only if" belongs to a definition: neither makes the sentence conditional.',
        examples: ['They acted as if the vote had been won.'],
      },
      {
        id: 'guard.if-idiom',
        kind: 'notFollowedBy',
        terms: ['and only if', 'any', 'anything', 'ever', 'only', 'possible', 'necessary', 'needed', 'applicable'],
        rationale: '"if and only if" (a definition), "little, if any", "if anything", "if only briefly", "if possible", "if necessary" are idioms, not conditions on a claim.',
        examples: ['There was little, if any, progress.'],
      },
      {
        id: 'guard.if-title',
        kind: 'notCapitalisedMidSentence',
        rationale: 'A capitalised "If" inside a sentence starts a title ("the song If You Leave"), not a condition.',
        examples: ['Their hit "If You Leave" charted in 1986.'],
      },
    ],
  },
  {
    id: 'hedging.hypothetical-would',
    metric: 'hedging',
    category: 'conditional',
    pattern: ['would', "wouldn't"],
    rationale:
      'Hypothetical "would" ("a ban would hurt exports", "it would be a mistake") presents an outcome that depends on ' +
      'something not (yet) the case.',
    examples: ['A ban would hurt exports.', 'Such a move would be a mistake.'],
    counterExamples: ['Xi promised Biden that China would not interfere.', 'She would later become mayor.', 'The ministry would not comment.'],
    guards: [
      {
        id: 'guard.would-reported-future',
        kind: 'notPrecededWithin',
        terms: REPORTED_FUTURE,
        window: 20,
        rationale:
          'After a verb of saying or commitment in the same sentence ("promised … that China would not interfere", ' +
          '"said he would resign") "would" reports a future intention: the future of the past, not a hypothetical.',
        examples: ['Officials said the talks would resume on Monday.'],
      },
      {
        id: 'guard.would-reported-after',
        kind: 'notFollowedWithin',
        terms: ['said', 'says', 'told', 'added', 'according to', 'stated', 'insisted', 'promised', 'pledged', 'vowed', 'assured', 'announced'],
        window: 25,
        rationale: '"China would stay out of the vote, he said": the attribution after the clause makes "would" a reported future.',
        examples: ['Beijing would not interfere, the ministry said.'],
      },
      {
        id: 'guard.would-narrative-future',
        kind: 'notFollowedBy',
        terms: ['later', 'eventually', 'go on', 'soon', 'subsequently', 'never', 'ultimately', 'become', 'remain', 'continue', 'rather', 'like', 'often', 'usually', 'sometimes', 'always', 'typically', 'frequently', 'regularly', 'also', 'not comment', 'not say', 'not elaborate', 'not discuss', 'not disclose', 'not confirm', 'not reveal', 'not identify', 'not name', 'decline'],
        rationale:
          '"would later become", "would go on to win" narrate a past future, "would often stop" a past habit; "would not ' +
          'comment", "would rather", "would like" state a refusal or a preference: none is a hypothetical.',
        examples: ['He would later serve two terms.', 'The spokesman would not comment on the report.'],
      },
      {
        id: 'guard.would-narrative-time',
        kind: 'notPrecededWithin',
        terms: ['later', 'years later', 'eventually', 'afterwards', 'thereafter'],
        window: 4,
        rationale: '"Years later the board would cite it", "eventually it would collapse": a narrated future, not a hypothetical.',
        examples: ['Years later the court would reverse the ruling.'],
      },
    ],
  },
  {
    id: 'hedging.investigation-whether',
    metric: 'hedging',
    category: 'investigation',
    pattern: ['whether', 'whether or not'],
    rationale: '"whether" frames the proposition as an open question under examination (73% of its WikiWeasel uses are cues).',
    examples: ['Investigators are examining whether the fire was set.'],
  },
];
