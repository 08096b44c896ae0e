import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';

/** [quote text (first 20 characters), speaker, text of the speaker span] for a bare passage. */
function speakers(text: string): [string, string | null, string | null][] {
  const a = analyze({ text, passage: true });
  return a.quotes.map((q) => [q.text.slice(0, 20), q.speaker, q.speakerSpan === null ? null : a.text.slice(q.speakerSpan.start, q.speakerSpan.end)]);
}

describe('quote speakers in the forms news writing uses', () => {
  it('resolves "he said" to the person named before, preferring the previous sentence’s subject', () => {
    expect(speakers('Sen. John Smith criticized the bill on Tuesday. “This is a disaster for working families,” he said.')).toEqual([
      ['This is a disaster f', 'John Smith', 'he'],
    ]);
    expect(speakers('John Smith met Barack Obama on Tuesday. “We had a productive meeting,” he said.')).toEqual([
      ['We had a productive ', 'John Smith', 'he'],
    ]);
  });

  it('does not take a name inside the quote for the pronoun’s referent', () => {
    expect(speakers('Maria Lopez spoke last. “Barack Obama is wrong about this whole thing,” she said.')).toEqual([
      ['Barack Obama is wron', 'Maria Lopez', 'she'],
    ]);
  });

  it('reads the speaker after the quote: verb first, appositive, statement, question, "according to"', () => {
    expect(speakers('“We will not rush this,” said Maria Lopez, a spokeswoman for the council.')).toEqual([['We will not rush thi', 'Maria Lopez', 'Maria Lopez']]);
    expect(speakers('“The plan is dead,” Maria Lopez, the council chair, said.')).toEqual([['The plan is dead,', 'Maria Lopez', 'Maria Lopez']]);
    expect(speakers('“The plan is dead,” Maria Lopez said in a statement.')).toEqual([['The plan is dead,', 'Maria Lopez', 'Maria Lopez']]);
    expect(speakers('“Why now?” Maria Lopez asked.')).toEqual([['Why now?', 'Maria Lopez', 'Maria Lopez']]);
    expect(speakers('“The plan is dead,” according to Maria Lopez.')).toEqual([['The plan is dead,', 'Maria Lopez', 'Maria Lopez']]);
  });

  it('lets a quote with no attribution continue the speaker of the quote before it', () => {
    expect(speakers('“We will fight,” Maria Lopez said. “And we will win this fight in the end.”')).toEqual([
      ['We will fight,', 'Maria Lopez', 'Maria Lopez'],
      ['And we will win this', 'Maria Lopez', 'Maria Lopez'],
    ]);
    expect(speakers('“We will fight,” Maria Lopez said.\n\n“And we will win this fight in the end.”')).toEqual([
      ['We will fight,', 'Maria Lopez', 'Maria Lopez'],
      ['And we will win this', 'Maria Lopez', 'Maria Lopez'],
    ]);
  });

  it('gives a paragraph-opening quote to the speaker named in the sentence before it', () => {
    expect(speakers('Maria Lopez told reporters on Monday:\n\n“We will not back down on this matter at all.”')).toEqual([
      ['We will not back dow', 'Maria Lopez', 'Maria Lopez'],
    ]);
    expect(speakers('Maria Lopez said the plan was flawed.\n\n“It will fail because nobody has funded it properly.”')).toEqual([
      ['It will fail because', 'Maria Lopez', 'Maria Lopez'],
    ]);
    expect(speakers('The plan was flawed from the start.\n\n“It will fail because nobody has funded it properly.”')).toEqual([
      ['It will fail because', null, null],
    ]);
  });

  it('reads a quote continued over paragraphs (no closing mark) as one speaker’s, in the quoted voice', () => {
    const text = '“The first part of a long quote that goes on.\n\n“And the second part of it, which ends here,” Maria Lopez said.';
    expect(speakers(text)).toEqual([
      ['The first part of a ', 'Maria Lopez', 'Maria Lopez'],
      ['And the second part ', 'Maria Lopez', 'Maria Lopez'],
    ]);
    const a = analyze({ text, passage: true });
    expect(a.evidence.filter((e) => e.metric === 'directQuotes').map((e) => e.text)).toEqual([
      '“The first part of a long quote that goes on.',
      '“And the second part of it, which ends here,”',
    ]);
    expect(a.words).toEqual({ outlet: 3, quoted: 19 });
  });

  it('ignores an unmatched opening mark when the next paragraph does not continue the quote', () => {
    const a = analyze({ text: 'He said “this is a typo without an end.\n\nThe next paragraph is plain.', passage: true });
    expect(a.quotes).toEqual([]);
  });
});
