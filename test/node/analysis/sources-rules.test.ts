import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';

const sources = (text: string): [string, string][] => analyze({ text, passage: true }).sources.map((s) => [s.kind, s.text]);

describe('source rules on hand-written sentences', () => {
  it('counts an unnamed collective after "according to" as anonymous but not documents', () => {
    expect(sources('The plan stalled, according to US intelligence officials.')).toEqual([['anonymous', 'US intelligence officials']]);
    expect(sources('The plan stalled, according to public US intelligence reports.')).toEqual([]);
  });

  it('keeps an unnamed spokesperson anonymous across a short affiliation', () => {
    expect(sources('A spokesperson for the firm said it rejects the claims.')).toEqual([['anonymous', 'A spokesperson']]);
  });

  it('needs a qualifier or a number before generic "people" count as sources', () => {
    expect(sources('People said the market was busy.')).toEqual([]);
    expect(sources('Two people told CNN the deal was close.')).toEqual([['anonymous', 'Two people']]);
    expect(sources('People familiar with the talks said the deal was close.')).toEqual([['anonymous', 'People familiar with the talks']]);
  });

  it('does not count "source of" or an official followed by a name as anonymous', () => {
    expect(sources('Tourism is a major source of revenue, the report said.')).toEqual([]);
    expect(sources('The adviser Jake Sullivan said the talks went well.')).toEqual([['named', 'Jake Sullivan said']]);
  });

  it('credits a named organisation speaking on record', () => {
    expect(analyze({ text: 'The Chinese Foreign Ministry said in a statement that it opposed the move.', passage: true }).sources.map((s) => s.name)).toEqual([
      'Chinese Foreign Ministry',
    ]);
  });

  it('makes "Reporting by" and "Editing by" credits contributors', () => {
    const a = analyze({ text: 'Officials said the vote would go ahead.\n\n(Reporting by Mary Smith; Editing by Tom Brown)', passage: true });
    expect(a.people.map((p) => [p.name, p.role])).toEqual([['Mary Smith', 'contributor'], ['Tom Brown', 'contributor']]);
  });
});
