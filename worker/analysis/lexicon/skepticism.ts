/**
 * Skepticism / distancing: words with which the outlet keeps a reported claim at arm's length or
 * discredits it ("so-called", "supposed", "alleged", "claims", "unsubstantiated"). Compare the
 * "words to watch" guidance in Wikipedia's Manual of Style (MOS:CLAIM, MOS:ALLEGED) and the biased
 * words most often marked by BABE's experts ("claim", "claimed", "claims").
 */
import { DETERMINERS, SUPPOSED_TO } from './guards';
import type { Guard, LexiconEntry } from './types';

const LEGAL_CONTEXT: Guard = {
  id: 'guard.alleged-legal',
  kind: 'notInSentenceWith',
  terms: ['charged', 'charges', 'indicted', 'indictment', 'prosecutor', 'prosecutors', 'court', 'trial', 'defendant', 'convicted', 'lawsuit', 'jury', 'police', 'pleaded', 'arrested', 'sued', 'plaintiff'],
  rationale:
    'In crime and court reporting "alleged" is required by the presumption of innocence (house style at ' +
    'every outlet), so it says nothing about the outlet\'s own doubt.',
  examples: ['He was charged with the alleged theft of documents.'],
};

const CLAIM_NOT_SPEECH: Guard = {
  id: 'guard.claim-acquisition',
  kind: 'notFollowedBy',
  terms: ['responsibility', 'credit', 'victory', 'title', 'titles', 'lives', 'life', 'seat', 'seats', 'prize', 'crown', 'record', 'gold', 'silver', 'bronze', 'medal', 'win', 'land', 'territory', 'throne', 'championship', 'asylum', 'benefits', 'compensation', 'damages', 'refund', 'ownership', 'top spot'],
  skip: DETERMINERS,
  rationale:
    '"claimed responsibility", "claimed victory", "claimed the title", "claimed the lives" describe taking ' +
    'or winning something, not a statement the outlet distances itself from.',
  examples: ['The group claimed responsibility for the attack.', 'She claimed the title in 2019.'],
};

const CLAIM_NOUN_TECHNICAL: Guard = {
  id: 'guard.claims-technical-noun',
  kind: 'notPrecededBy',
  terms: ['insurance', 'territorial', 'land', 'maritime', 'sovereignty', 'legal', 'compensation', 'injury', 'patent', 'tax', 'benefit', 'benefits', 'unemployment', 'warranty', 'damage', 'damages', 'asylum', 'wage', 'pension', 'expense', 'expenses', 'jobless'],
  rationale: 'Technical "claims" (insurance, territorial, asylum claims) are filed demands, not disputed statements.',
  examples: ['Jobless claims fell last week.', 'China pressed its territorial claims.'],
};

export const SKEPTICISM: readonly LexiconEntry[] = [
  {
    id: 'skepticism.so-called',
    metric: 'skepticism',
    pattern: ['so-called', 'so called'],
    rationale: '"so-called" signals that the outlet does not endorse the name it reports.',
    examples: ['the so-called collusion'],
  },
  {
    id: 'skepticism.claim',
    metric: 'skepticism',
    pattern: ['claim', 'claims', 'claimed', 'claiming'],
    rationale:
      '"claim" as a reporting word frames a statement as contestable (MOS:CLAIM); it is the word BABE\'s ' +
      'experts mark as biased most often.',
    examples: ['Officials have repeatedly claimed that foreign powers interfere.', 'These claims are often unsubstantiated.'],
    counterExamples: ['The group claimed responsibility for the attack.', 'Jobless claims fell.'],
    guards: [CLAIM_NOT_SPEECH, CLAIM_NOUN_TECHNICAL],
  },
  {
    id: 'skepticism.alleged',
    metric: 'skepticism',
    pattern: ['alleged', 'allegedly', 'purported', 'purportedly', 'supposedly', 'ostensible', 'self-proclaimed', 'self-styled'],
    rationale: 'These adjectives and adverbs present something as claimed by others, not as fact.',
    examples: ['Beijing was pressed on alleged meddling.', 'The exchange supposedly took place in California.'],
    counterExamples: ['He was charged over the alleged theft.', 'the alleged victim'],
    guards: [
      LEGAL_CONTEXT,
      {
        id: 'guard.alleged-crime-noun',
        kind: 'notFollowedBy',
        terms: ['victim', 'victims', 'perpetrator', 'perpetrators', 'attacker', 'attackers', 'assailant', 'killer', 'gunman', 'shooter', 'murder', 'rape', 'assault', 'fraud', 'abuse', 'crime', 'crimes', 'offence', 'offense', 'offences', 'offenses', 'theft', 'bribery', 'misconduct', 'accomplice', 'suspect'],
        rationale: '"the alleged victim", "the alleged assault": legally required wording in crime reports.',
        examples: ['The alleged victim spoke to police.'],
      },
    ],
  },
  {
    id: 'skepticism.supposed',
    metric: 'skepticism',
    pattern: ['supposed'],
    rationale: 'Attributive "supposed" ("supposed efforts") doubts that the thing is real.',
    examples: ['a report into supposed efforts by Russia'],
    counterExamples: ['The talks are supposed to resume in March.'],
    guards: [SUPPOSED_TO],
  },
  {
    id: 'skepticism.discrediting',
    metric: 'skepticism',
    pattern: ['unsubstantiated', 'unfounded', 'baseless', 'unproven', 'unverified', 'debunked', 'dubious', 'spurious', 'discredited'],
    rationale: 'The outlet itself judges a claim to lack support.',
    examples: ['These claims are often unsubstantiated.', 'boosting debunked claims'],
  },
];
