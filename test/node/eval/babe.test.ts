import { describe, expect, it } from 'vitest';
import { normalizeWord, parseBabe, parsePythonStringList } from '../../../scripts/eval/readers/babe';

describe('parsePythonStringList', () => {
  it('reads single- and double-quoted items', () => {
    expect(parsePythonStringList(`['claimed', "don't", '"so-called"']`)).toEqual(['claimed', "don't", '"so-called"']);
  });
  it('reads escapes and empty lists', () => {
    expect(parsePythonStringList(String.raw`['it\'s', "a \"b\"", 'c\\d']`)).toEqual(["it's", 'a "b"', 'c\\d']);
    expect(parsePythonStringList('[]')).toEqual([]);
    expect(parsePythonStringList('')).toEqual([]);
    expect(parsePythonStringList(`[ 'x' ,'y' ]`)).toEqual(['x', 'y']);
  });
  it('rejects what is not a list of strings', () => {
    expect(() => parsePythonStringList('claimed')).toThrow(/not a list/);
    expect(() => parsePythonStringList(`['open]`)).toThrow(/unterminated/);
    expect(() => parsePythonStringList(`[1, 2]`)).toThrow(/expected a string/);
  });
});

describe('normalizeWord', () => {
  it('lower-cases, straightens apostrophes and strips edge punctuation', () => {
    expect(normalizeWord('"Held"')).toBe('held');
    expect(normalizeWord('Don\u2019t,')).toBe("don't");
    expect(normalizeWord('anti-police')).toBe('anti-police');
  });
});

describe('parseBabe', () => {
  it('reads rows with quoted newlines and list strings', () => {
    const csv =
      'text,news_link,outlet,topic,type,label_bias,label_opinion,biased_words\n' +
      '"The senator ""claimed"" victory,\nagain.",http://x,Outlet A,t,left,Biased,Expresses opinion,"[\'claimed\', \'again\']"\n' +
      'Plain.,http://y,Outlet B,t,,Non-biased,Entirely factual,[]\n';
    expect(parseBabe(csv)).toEqual([
      { text: 'The senator "claimed" victory,\nagain.', outlet: 'Outlet A', label: 'Biased', biasedWords: ['claimed', 'again'] },
      { text: 'Plain.', outlet: 'Outlet B', label: 'Non-biased', biasedWords: [] },
    ]);
  });
  it('rejects an unknown label', () => {
    expect(() => parseBabe('text,label_bias,biased_words\nx,Maybe,[]')).toThrow(/row 2/);
  });
});
