import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { LEXICAL_RULES } from '../../../worker/analysis/lexicon';
import { hits } from './helpers';

describe('hedging precision guards', () => {
  it('cancels every guarded entry on each of its guard’s own examples', () => {
    for (const entry of LEXICAL_RULES) {
      for (const guard of entry.guards ?? []) {
        for (const example of guard.examples) {
          const ids = analyze({ text: example, passage: true }).evidence.map((e) => e.ruleId);
          expect(ids, `${guard.id}: ${example}`).not.toContain(entry.id);
        }
      }
    }
  });

  it('does not count "would" reporting a promise or statement, before or after it', () => {
    expect(hits('Xi promised Biden that China would not interfere in the election.', 'hedging')).toEqual([]);
    expect(hits('Officials said the talks would resume on Monday.', 'hedging')).toEqual([]);
    expect(hits('Beijing would not interfere, the ministry said.', 'hedging')).toEqual([]);
    expect(hits('Xi promised Biden China wouldn’t interfere.', 'hedging')).toEqual([]);
    expect(hits('China would not interfere in the election.', 'hedging')).toEqual(['would']);
    expect(hits('A ban would hurt exports.', 'hedging')).toEqual(['would']);
  });

  it('does not count narrative, habitual or refusing "would"', () => {
    expect(hits('He would later serve two terms.', 'hedging')).toEqual([]);
    expect(hits('Years later the court would reverse the ruling.', 'hedging')).toEqual([]);
    expect(hits('Travellers would often stop at the inn.', 'hedging')).toEqual([]);
    expect(hits('The spokesman would not comment on the report.', 'hedging')).toEqual([]);
    expect(hits('She would rather resign.', 'hedging')).toEqual([]);
  });

  it('does not count "as if", "if and only if", "if any" or a title’s "If"', () => {
    expect(hits('They acted as if the vote had been won.', 'hedging')).toEqual([]);
    expect(hits('A set is closed if and only if it contains its limits.', 'hedging')).toEqual([]);
    expect(hits('There was little, if any, progress.', 'hedging')).toEqual([]);
    expect(hits('Their hit “If You Leave” charted in 1986.', 'hedging')).toEqual([]);
    expect(hits('Even if China refrains, others will not.', 'hedging')).toEqual(['Even if']);
  });

  it('does not count "possible" meaning feasible', () => {
    expect(hits('They will meet as soon as possible.', 'hedging')).toEqual([]);
    expect(hits('The grant made it possible to build the school.', 'hedging')).toEqual([]);
    expect(hits('It is possible to vote by mail.', 'hedging')).toEqual([]);
    expect(hits('Boarding is possible at two stations.', 'hedging')).toEqual([]);
    expect(hits('Police are examining a possible motive.', 'hedging')).toEqual(['possible']);
  });

  it('does not count "could" of purpose', () => {
    expect(hits('They left early so that they could vote.', 'hedging')).toEqual([]);
    expect(hits('The dispute could delay the vote.', 'hedging')).toEqual(['could']);
  });

  it('does not count trust, thought as a noun, or idioms with think', () => {
    expect(hits('She believes in the project.', 'hedging')).toEqual([]);
    expect(hits('I’ll believe it when I see it.', 'hedging')).toEqual([]);
    expect(hits('She studied Chinese political thought.', 'hedging')).toEqual([]);
    expect(hits('The plan was well thought out.', 'hedging')).toEqual([]);
    expect(hits('The think tank published a report.', 'hedging')).toEqual([]);
    expect(hits('The ship was long thought lost.', 'hedging')).toEqual(['thought']);
    expect(hits('It can be thought of as a tax.', 'hedging')).toEqual(['thought of as']);
  });

  it('does not count deliberation or esteem as belief', () => {
    expect(hits('Consider the case of Ohio.', 'hedging')).toEqual([]);
    expect(hits('The board will consider the proposal.', 'hedging')).toEqual([]);
    expect(hits('Three judges were considered for the vacancy.', 'hedging')).toEqual([]);
    expect(hits('She is a highly regarded economist.', 'hedging')).toEqual([]);
    expect(hits('Turnout was higher than expected.', 'hedging')).toEqual([]);
  });

  it('does not count taking on a role, the accused, or “supposed to”', () => {
    expect(hits('She assumed office in January.', 'hedging')).toEqual([]);
    expect(hits('The pledge assumes significance ahead of the vote.', 'hedging')).toEqual([]);
    expect(hits('Many assumed the deal was done.', 'hedging')).toEqual(['assumed']);
    expect(hits('The accused was released on bail.', 'hedging')).toEqual([]);
    expect(hits('The talks are supposed to resume in March.', 'hedging')).toEqual([]);
    expect(hits('He is supposed to have paid a ransom.', 'hedging')).toEqual(['supposed to have']);
  });
});
