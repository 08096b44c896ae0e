import { describe, expect, it } from 'vitest';
import { paragraphRanges, segmentHighlights } from '../../../dashboard/src/data/highlights';
import { evidence } from './fixtures';

const summarize = (segments: ReturnType<typeof segmentHighlights>) =>
  segments.map((s) => [s.text, s.evidence.map((e) => e.metric)]);

describe('segmentHighlights', () => {
  const headline = 'Xi gave Biden promise on 2024 election ‘interference’ – CNN';

  it('cuts a headline around its scare quote and citation, covering every character once', () => {
    const start = headline.indexOf('‘');
    const scare = evidence('scareQuotes', start, start + '‘interference’'.length, headline);
    const cnn = evidence('citations', headline.length - 3, headline.length, headline);
    const segments = segmentHighlights(headline, [cnn, scare]);
    expect(summarize(segments)).toEqual([
      ['Xi gave Biden promise on 2024 election ', []],
      ['‘interference’', ['scareQuotes']],
      [' – ', []],
      ['CNN', ['citations']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(headline);
  });

  it('splits nested spans and lists the innermost evidence first', () => {
    const text = '“Wang reportedly said so,” he said.';
    const quote = evidence('directQuotes', 0, 26, text);
    const hedge = evidence('skepticism', 6, 16, text);
    expect(summarize(segmentHighlights(text, [quote, hedge]))).toEqual([
      ['“Wang ', ['directQuotes']],
      ['reportedly', ['skepticism', 'directQuotes']],
      [' said so,”', ['directQuotes']],
      [' he said.', []],
    ]);
  });

  it('splits partially overlapping spans into three runs', () => {
    const text = 'abcdefghij';
    const segments = segmentHighlights(text, [evidence('hedging', 1, 6, text), evidence('boosters', 4, 9, text)]);
    expect(summarize(segments)).toEqual([
      ['a', []],
      ['bcd', ['hedging']],
      ['ef', ['hedging', 'boosters']],
      ['ghi', ['boosters']],
      ['j', []],
    ]);
  });

  it('keeps identical spans from two rules together on one run', () => {
    const text = 'so-called collusion';
    const a = evidence('skepticism', 0, 9, text, 'skepticism.so-called');
    const b = evidence('scareQuotes', 0, 9, text, 'quotes.scare');
    const [first] = segmentHighlights(text, [a, b]);
    expect(first?.text).toBe('so-called');
    expect(first?.evidence.map((e) => e.ruleId)).toEqual(['skepticism.so-called', 'quotes.scare']);
  });

  it('clips evidence to a paragraph range and ignores empty, reversed and out-of-range spans', () => {
    const text = 'First para.\n\nSecond para here.';
    const crossing = evidence('directQuotes', 6, 20, text);
    const bogus = [
      { ...evidence('hedging', 3, 3, text) },
      { ...evidence('hedging', 8, 2, text) },
      { ...evidence('hedging', 40, 50, text) },
    ];
    const segments = segmentHighlights(text, [crossing, ...bogus], { start: 13, end: text.length });
    expect(summarize(segments)).toEqual([
      ['Second ', ['directQuotes']],
      ['para here.', []],
    ]);
    expect(segments[0]?.start).toBe(13);
  });

  it('returns one plain run for text without evidence and nothing for an empty range', () => {
    expect(summarize(segmentHighlights('plain', []))).toEqual([['plain', []]]);
    expect(segmentHighlights('', [])).toEqual([]);
  });
});

describe('paragraphRanges', () => {
  it('finds trimmed paragraphs separated by one or more line breaks, with offsets into the text', () => {
    const text = 'Headline\n\n  First line.\nSecond line. \n\n\nLast';
    const ranges = paragraphRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Headline', 'First line.', 'Second line.', 'Last']);
  });
});
