/**
 * Boosters: the writer closes off doubt ("clearly", "undoubtedly", "one thing is certain").
 * A subset of Hyland's (1998, 2005) booster list chosen for precision in news prose: bare
 * "certain" ("certain officials" = some), "sure" and "will" are left out because they are
 * mostly not certainty markers in news.
 */
import type { LexiconEntry } from './types';

export const BOOSTERS: readonly LexiconEntry[] = [
  {
    id: 'boosters.certainty-adverb',
    metric: 'boosters',
    pattern: ['clearly', 'undoubtedly', 'certainly', 'definitely', 'obviously', 'surely', 'undeniably', 'unquestionably', 'indisputably', 'doubtless', 'truly', 'plainly'],
    rationale: 'Certainty adverbs present the claim as beyond question.',
    examples: ['The move clearly violated the agreement.'],
    counterExamples: ['It is not clearly established.'],
    guards: [
      {
        id: 'guard.negated-booster',
        kind: 'notPrecededBy',
        terms: ['not', "isn't", "wasn't", "aren't", 'never'],
        rationale: '"not clearly", "not certainly" weaken rather than boost.',
        examples: ['The rule was not clearly explained.'],
      },
    ],
  },
  {
    id: 'boosters.certainty-phrase',
    metric: 'boosters',
    pattern: ['of course', 'without doubt', 'without a doubt', 'no doubt', 'beyond doubt', 'there is no doubt', 'one thing is certain', 'it is clear', "it's clear", 'it is certain', 'is clear that', 'in fact', 'indeed', 'the fact is', 'make no mistake', 'there is no question'],
    rationale: 'Fixed phrases that assert certainty or emphasise a claim as fact.',
    examples: ['One thing is certain: relations remain fraught.', 'There is no doubt the talks failed.'],
  },
  {
    id: 'boosters.proof-verb',
    metric: 'boosters',
    pattern: ['proves', 'proved that', 'proves that', 'demonstrates that', 'demonstrated that', 'shows that', 'showed that', 'confirms that'],
    rationale: 'Verbs of proof present a conclusion as established.',
    examples: ['The memo proves that the plan existed.'],
  },
];
