import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';

/** [metric, text, ruleId] of the quote evidence of a bare passage. */
const quotes = (text: string): [string, string, string][] =>
  analyze({ text, passage: true })
    .evidence.filter((e) => e.metric === 'directQuotes' || e.metric === 'scareQuotes')
    .map((e) => [e.metric, e.text, e.ruleId]);

describe('quotation marks around letters outside the BMP', () => {
  it('reads a letter outside the BMP as one letter, as the tokenizer does', () => {
    // "𝐀" is two UTF-16 units: read unit by unit, the apostrophe after it would follow a non-letter
    // and open a new single quote inside ‘…’
    expect(quotes('Officials called it ‘a𝐀’s claim’ again.')).toEqual([['directQuotes', '‘a𝐀’s claim’', 'directQuotes.partial']]);
    expect(quotes("He said '𝐀bc' was the word.")).toEqual([['directQuotes', "'𝐀bc'", 'directQuotes.partial']]);
  });

  it('finds the same quotes whether a letter is "q" or "𝐪"', () => {
    const pieces = ['“', '”', '"', "'", '‘', '’', '«', '»', ' ', '\n', '.', ',', 'said', 'Wray', 'won’t', 'q', "q's", '’q', 'claimed', 'so-called', 'He'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const astral = quotes(text.replaceAll('q', '𝐪')).map(([m, t, r]) => [m, t.replaceAll('𝐪', 'q'), r]);
        expect(astral).toEqual(quotes(text));
      }),
      { numRuns: 2000 },
    );
  });
});
