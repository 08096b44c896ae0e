/**
 * Attribution verbs: how a reported statement is introduced. "said" and "told" are the neutral
 * default of news writing (AP style); "claimed", "insisted", "admitted", "conceded" and the other
 * "words to watch" of Wikipedia's MOS:SAID add the writer's judgement (doubt, concession or
 * presupposed truth) to the report.
 */
import { DETERMINERS, PASSIVE_USE, SENTENCE_PUNCTUATION } from './guards';
import type { LexiconEntry } from './types';

export const NEUTRAL_VERBS: readonly LexiconEntry[] = [
  {
    id: 'neutralVerbs.say-tell',
    metric: 'neutralVerbs',
    pattern: ['said', 'says', 'say', 'saying', 'told', 'tells', 'telling'],
    rationale: '"said" and "told" attribute without judging the statement.',
    examples: ['"We oppose it," the ministry said.', 'Wray told lawmakers.'],
    counterExamples: ['That said, the doors remain open.'],
    guards: [
      {
        id: 'guard.that-said-idiom',
        kind: 'notPrecededBy',
        terms: ['that', 'having'],
        rationale: '"That said," and "having said that" are discourse connectives, not attribution.',
        examples: ['That said, relations remain fraught.'],
      },
    ],
  },
  {
    id: 'neutralVerbs.state-write',
    metric: 'neutralVerbs',
    pattern: ['stated', 'states that', 'wrote', 'writes', 'reported', 'reports that', 'announced', 'according to'],
    rationale: 'Neutral reporting verbs and "according to" attribute without evaluating.',
    examples: ['CNN reported on Tuesday.', 'President Biden has stated that Xi was unaware.'],
    counterExamples: ['the previously reported cases', 'the stated goal'],
    guards: [
      {
        id: 'guard.reporting-verb-adjective',
        kind: 'notPrecededBy',
        terms: ['the', 'a', 'an', 'previously', 'widely', 'recently', 'its', 'their', 'his', 'her', 'self'],
        rationale: 'After a determiner or an adverb of this kind the participle is an adjective ("the stated goal", "widely reported cases").',
        examples: ['the stated goal of the talks'],
      },
    ],
  },
  {
    id: 'neutralVerbs.add',
    metric: 'neutralVerbs',
    pattern: ['added', 'adds'],
    rationale: '"added" attributes a further statement by the same speaker.',
    examples: ['He added that he looks forward to the talks.', '"It will hold," she added.'],
    counterExamples: ['The team added five players.'],
    guards: [
      {
        id: 'guard.add-as-speech',
        kind: 'onlyFollowedBy',
        terms: ['that', ...SENTENCE_PUNCTUATION],
        rationale: 'Only "added that …" or a clause-final "added" introduces speech; "added five players" does not.',
        examples: ['The league added two teams.'],
      },
    ],
  },
];

export const LOADED_VERBS: readonly LexiconEntry[] = [
  {
    id: 'loadedVerbs.claim',
    metric: 'loadedVerbs',
    pattern: ['claimed', 'claiming', 'claim that', 'claims that', 'claims to', 'alleged that', 'alleges', 'alleging', 'contended', 'contends', 'asserted', 'asserts', 'purported to'],
    rationale: 'Verbs of claiming cast doubt on what follows (MOS:CLAIM).',
    examples: ['Officials have repeatedly claimed that foreign powers interfere.', 'CNN claimed.'],
    counterExamples: ['The group claimed responsibility.'],
    guards: [
      {
        id: 'guard.claim-acquisition-verb',
        kind: 'notFollowedBy',
        terms: ['responsibility', 'credit', 'victory', 'title', 'titles', 'lives', 'life', 'seat', 'seats', 'prize', 'crown', 'record', 'medal', 'win', 'land', 'territory', 'throne', 'championship', 'asylum', 'benefits', 'compensation', 'damages', 'refund', 'ownership'],
        skip: DETERMINERS,
        rationale: '"claimed responsibility/victory/the title" is taking something, not speaking.',
        examples: ['She claimed the title in 2019.'],
      },
    ],
  },
  {
    id: 'loadedVerbs.insist',
    metric: 'loadedVerbs',
    pattern: ['insisted', 'insists', 'insisting', 'maintained that', 'maintains that', 'boasted', 'boasts', 'touted', 'bragged', 'complained', 'whined', 'lamented'],
    rationale: 'These verbs characterise the speaker\'s manner or motive (stubborn, boastful, aggrieved).',
    examples: ['The ministry insisted it had done nothing wrong.'],
  },
  {
    id: 'loadedVerbs.concede',
    metric: 'loadedVerbs',
    pattern: ['admitted', 'admits', 'admitting', 'conceded', 'concedes', 'conceding', 'acknowledged', 'acknowledges', 'confessed', 'confesses'],
    rationale: 'Verbs of concession imply the statement is an embarrassing truth drawn out of the speaker.',
    examples: ['The official admitted the agency had not seen signs of meddling.'],
    counterExamples: ['He was admitted to hospital.', 'The team conceded a goal.'],
    guards: [
      PASSIVE_USE,
      {
        id: 'guard.concede-non-speech',
        kind: 'notFollowedBy',
        terms: ['to hospital', 'to the hospital', 'into hospital', 'defeat', 'goal', 'goals', 'points', 'penalty', 'ground', 'race', 'election'],
        skip: DETERMINERS,
        rationale: '"admitted to hospital", "conceded defeat/a goal" are not speech.',
        examples: ['He conceded the race on Tuesday.'],
      },
    ],
  },
  {
    id: 'loadedVerbs.reveal',
    metric: 'loadedVerbs',
    pattern: ['revealed', 'reveals', 'pointed out', 'points out', 'denied', 'denies', 'denying'],
    rationale: '"revealed" and "pointed out" presuppose that the statement is true; "denied" frames it as a rebuttal of an accusation (MOS:SAID).',
    examples: ['Beijing has repeatedly denied meddling.'],
    counterExamples: ['She was denied entry.'],
    guards: [
      PASSIVE_USE,
      {
        id: 'guard.deny-access',
        kind: 'notFollowedBy',
        terms: ['entry', 'access', 'bail', 'permission', 'visa', 'visas', 'request', 'requests', 'service'],
        skip: DETERMINERS,
        rationale: '"denied entry/access/bail" is a refusal, not a statement.',
        examples: ['The court denied bail.'],
      },
    ],
  },
];
