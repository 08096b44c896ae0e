/**
 * Precision guards shared by several lexicon entries. Each guard says in which context a matched
 * term does not count, and why.
 */
import type { Guard } from './types';

/** Determiners and possessives skipped when a guard looks at the next word ("claimed THE title"). */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'];

export const NEGATED_MODAL: Guard = {
  id: 'guard.negated-modal',
  kind: 'notFollowedBy',
  terms: ['not', 'never', 'hardly', 'no longer'],
  rationale:
    '"could not" / "could never" state an impossibility or inability: the writer is certain, not hedging. ' +
    '(Epistemic "may not" and "might not" still express possibility and are not guarded.)',
  examples: ['China could not interfere without being noticed.'],
};

export const PASSIVE_USE: Guard = {
  id: 'guard.passive-not-attribution',
  kind: 'notPrecededBy',
  terms: ['was', 'were', 'been', 'being', 'be', 'is', 'are', "wasn't", "weren't"],
  skip: ['not', 'later', 'then', 'also'],
  rationale: 'In the passive ("was admitted to hospital", "was denied a visa") the verb does not introduce speech.',
  examples: ['He was admitted to hospital on Monday.', 'She was denied entry.'],
};

export const SENTENCE_PUNCTUATION: readonly string[] = [',', '.', ':', ';', '!', '?', '”', '"', '—', '–', ')'];

export const SUPPOSED_TO: Guard = {
  id: 'guard.supposed-to',
  kind: 'notFollowedBy',
  terms: ['to'],
  rationale: '"supposed to" expresses obligation or expectation ("the talks are supposed to resume"), not doubt.',
  examples: ['They were supposed to meet on Monday.'],
};
