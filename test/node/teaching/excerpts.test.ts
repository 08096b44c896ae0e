import { describe, expect, it } from 'vitest';
import { chooseExcerpts, rankParagraphs } from '../../../dashboard/src/teaching/excerpts';
import { countWords, wordTokens } from '../../../dashboard/src/teaching/words';
import { demoArticles } from './demo-story';
import { detailed, filler } from './fixtures';

describe('wordTokens', () => {
  it('keeps hyphenated words and apostrophes together and skips punctuation and quote marks', () => {
    const text = 'The so-called “collusion” – wouldn’t it?';
    expect(wordTokens(text).map((w) => [w.index, w.text, text.slice(w.start, w.end)])).toEqual([
      [0, 'The', 'The'],
      [1, 'so-called', 'so-called'],
      [2, 'collusion', 'collusion'],
      [3, 'wouldn’t', 'wouldn’t'],
      [4, 'it', 'it'],
    ]);
  });

  it('gives offsets into the whole text when given a range', () => {
    const text = 'First one.\n\nSecond paragraph here.';
    const words = wordTokens(text, { start: 12, end: text.length });
    expect(words.map((w) => [w.text, w.start])).toEqual([['Second', 12], ['paragraph', 19], ['here', 29]]);
    expect(countWords(text)).toBe(5);
  });
});

describe('excerpts from the demo story', () => {
  const articles = demoArticles();

  it('chooses the three densest paragraphs from three different outlets', () => {
    const chosen = chooseExcerpts(articles, 3);
    expect(chosen.map((e) => [e.label, e.paragraph, e.words, e.markers])).toEqual([
      ['RT', 4, 84, 7],
      ['Mothership', 8, 25, 2],
      ['CNN', 14, 47, 3],
    ]);
    const rt = articles[3]!.detail.article.text;
    const first = chosen[0]!;
    expect(rt.slice(first.range.start, first.range.end)).toMatch(/^Ever since the election of Donald Trump in 2016/);
    // 'claimed' and 'supposed' are each matched by two rules: nine evidence items, seven marked spans.
    expect(first.evidence.map((e) => e.text)).toEqual([
      'claimed', 'claimed', '“interfering”', 'claims', 'unsubstantiated', 'so-called', '“collusion”', 'supposed', 'supposed',
    ]);
    expect(first.density).toBeCloseTo((7 / 84) * 100, 5);
  });

  it('skips the headline and paragraphs too short or too long to show', () => {
    const rt = articles[3]!;
    const ranked = rankParagraphs(rt);
    expect(ranked.every((e) => e.words >= 25 && e.words <= 130)).toBe(true);
    // The 15-word standfirst ("… reportedly pressed Beijing on alleged meddling …") is denser but too short.
    expect(rankParagraphs(rt, { minWords: 10 })[0]?.paragraph).toBe(1);
    expect(ranked.some((e) => e.paragraph === 1)).toBe(false);
  });

  it('asks for fewer, or more excerpts than there are outlets with markers', () => {
    expect(chooseExcerpts(articles, 1).map((e) => e.label)).toEqual(['RT']);
    expect(chooseExcerpts(articles, 10).map((e) => e.label)).toEqual(['RT', 'Mothership', 'CNN', 'India Today', 'Unattributed']);
    expect(chooseExcerpts(articles, 0)).toEqual([]);
  });
});

describe('excerpt choice edge cases', () => {
  it('takes one excerpt per outlet even when one outlet has the densest paragraphs', () => {
    const para = (hedges: number) => `${Array.from({ length: hedges }, () => 'may').join(' ')} ${filler(30 - hedges)}`;
    const marks = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => ({ metric: 'hedging' as const, text: 'may', nth: offset + i }));
    const articles = detailed(
      { outlet: 'A', text: `${para(5)}\n\n${para(4)}`, marks: [...marks(5), ...marks(4, 5)] },
      { outlet: 'B', text: para(1), marks: marks(1) },
    );
    expect(chooseExcerpts(articles, 2).map((e) => [e.label, e.paragraph, e.markers])).toEqual([['A', 1, 5], ['B', 1, 1]]);
  });

  it('returns nothing for a story without markers or articles', () => {
    expect(chooseExcerpts(detailed({ outlet: 'A', text: filler(40) }))).toEqual([]);
    expect(chooseExcerpts([])).toEqual([]);
  });

  it('breaks density ties towards more markers, then the earlier article', () => {
    const articles = detailed(
      { outlet: 'A', text: `may ${filler(29)}`, marks: [{ metric: 'hedging', text: 'may' }] },
      { outlet: 'B', text: `may may ${filler(58)}`, marks: [{ metric: 'hedging', text: 'may' }, { metric: 'hedging', text: 'may', nth: 1 }] },
      { outlet: 'C', text: `may ${filler(29)}`, marks: [{ metric: 'hedging', text: 'may' }] },
    );
    expect(chooseExcerpts(articles, 3).map((e) => e.label)).toEqual(['B', 'A', 'C']);
  });
});
