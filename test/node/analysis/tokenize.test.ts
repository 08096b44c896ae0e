import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { ALL_CAPS, borrowTokens, CAPITALISED, NUMBER, POSSESSIVE, PUNCT, tokenize, WORD, type Tokens } from '../../../worker/analysis/nlp/tokenize';
import { wordId } from '../../../worker/analysis/nlp/vocabulary';
import { demoText } from './demo';

/** Each token as [text slice, kind, lowercase form, flags]. */
const rows = (t: Tokens): [string, number, string, number][] =>
  Array.from({ length: t.count }, (_, k) => [t.text.slice(t.start[k], t.end[k]), t.kind[k]!, t.lower(k), t.flags[k]!]);

/**
 * The tokenizer's rules restated as plainly as possible, for the boundaries and kinds only: a word
 * runs over letters, digits and marks, over a joiner (' ’ - ‐ ‑) followed by one of them, and over
 * "," or "." between digits; a lone letter followed by two or more letter-dot pairs is a dotted
 * abbreviation; every other character but a space is punctuation.
 */
function reference(text: string): [number, number, number][] {
  const wordChar = /[\p{L}\p{Nd}\p{M}]/u;
  const isWord = (i: number): boolean => i < text.length && wordChar.test(String.fromCodePoint(text.codePointAt(i)!));
  const isLetter = (i: number): boolean => i < text.length && /\p{L}/u.test(String.fromCodePoint(text.codePointAt(i)!));
  const isDigit = (i: number): boolean => i < text.length && /\p{Nd}/u.test(String.fromCodePoint(text.codePointAt(i)!));
  const width = (i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);
  const out: [number, number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/u.test(text[i]!) && !(text.codePointAt(i)! > 0xffff)) {
      i++;
      continue;
    }
    if (!isWord(i)) {
      out.push([i, i + width(i), PUNCT]);
      i += width(i);
      continue;
    }
    const s = i;
    let dotted = s;
    while (isLetter(dotted) && width(dotted) === 1 && text[dotted + 1] === '.') dotted += 2;
    if (dotted - s >= 4 && !isWord(dotted)) {
      out.push([s, dotted, WORD]);
      i = dotted;
      continue;
    }
    let letters = false;
    let lastDigit = false;
    while (i < text.length) {
      if (isWord(i)) {
        letters ||= !isDigit(i);
        lastDigit = isDigit(i);
        i += width(i);
      } else if ("'’-‐‑".includes(text[i]!) && isWord(i + 1)) i++;
      else if ((text[i] === ',' || text[i] === '.') && lastDigit && isDigit(i + 1)) i++;
      else break;
    }
    out.push([s, i, letters ? WORD : NUMBER]);
  }
  return out;
}

const boundaries = (t: Tokens): [number, number, number][] => Array.from({ length: t.count }, (_, k) => [t.start[k]!, t.end[k]!, t.kind[k]!]);

describe('tokenize', () => {
  it('reads ASCII words, curly apostrophes, non-ASCII letters and punctuation with UTF-16 offsets', () => {
    const t = tokenize('“So-called” Official’s U.S.-made naïve l’École 1,000.5 😀 FBI ‑ O’Brien’s.');
    expect(rows(t)).toEqual([
      ['“', PUNCT, '“', 0],
      ['So-called', WORD, 'so-called', CAPITALISED],
      ['”', PUNCT, '”', 0],
      ['Official’s', WORD, "official's", CAPITALISED | POSSESSIVE],
      ['U.S.', WORD, 'u.s.', CAPITALISED | ALL_CAPS],
      ['-', PUNCT, '-', 0],
      ['made', WORD, 'made', 0],
      ['naïve', WORD, 'naïve', 0],
      ['l’École', WORD, "l'école", 0],
      ['1,000.5', NUMBER, '1,000.5', 0],
      ['😀', PUNCT, '😀', 0],
      ['FBI', WORD, 'fbi', CAPITALISED | ALL_CAPS],
      ['‑', PUNCT, '-', 0],
      ['O’Brien’s', WORD, "o'brien's", CAPITALISED | POSSESSIVE],
      ['.', PUNCT, '.', 0],
    ]);
    // ids are the vocabulary's; the base form drops the possessive
    expect(wordId('official')).toBeGreaterThanOrEqual(0);
    expect([t.ids[3], t.baseIds[3]]).toEqual([wordId("official's"), wordId('official')]);
    expect([t.ids[1], t.baseIds[1]]).toEqual([wordId('so-called'), wordId('so-called')]);
  });

  it('keeps offsets in step after lone surrogates and astral characters', () => {
    const t = tokenize('a\ud800b \udfffc 𝐀d e');
    expect(boundaries(t)).toEqual(reference(t.text));
    expect(rows(t).map((r) => r[0])).toEqual(['a', '\ud800', 'b', '\udfff', 'c', '𝐀d', 'e']);
  });

  it('agrees with the plain restatement of its rules on arbitrary text', () => {
    const pieces = ['a', 'B', '0', '9', ' ', '.', ',', '-', "'", '’', '‐', '‑', '“', 'é', 'É', '\u0301', '😀', '𝐀', '\ud800', '\udc00', 'U.S.', "'s", '\u00a0', '١', 'ß', 'İ'];
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(boundaries(tokenize(s))).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('borrowed tokens equal copied ones, and are empty once given back', () => {
    const text = demoText('cnn');
    const own = tokenize(text);
    const borrowed = borrowTokens(text);
    expect(rows(borrowed)).toEqual(rows(own));
    expect(borrowed.baseIds.subarray(0, borrowed.count)).toEqual(own.baseIds.subarray(0, own.count));
    borrowed.giveBack();
    expect(borrowed.count).toBe(0);
    // the next text reuses the columns: the tokens made before are untouched
    const next = borrowTokens(demoText('rt'));
    expect(rows(own)).toEqual(rows(tokenize(text)));
    next.giveBack();
  });

  it('analyze results keep nothing of the borrowed columns', () => {
    const cnn = analyze({ text: demoText('cnn'), outlet: 'CNN' });
    const before = JSON.stringify(cnn);
    analyze({ text: demoText('rt'), outlet: 'RT' });
    expect(JSON.stringify(cnn)).toBe(before);
  });
});
