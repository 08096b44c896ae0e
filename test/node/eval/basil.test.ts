import { describe, expect, it } from 'vitest';
import {
  type BasilSpan,
  flattenArticle,
  locateSpan,
  parseBasilAnnotations,
  parseBasilArticle,
} from '../../../scripts/eval/readers/basil';

const article = parseBasilArticle({
  uuid: 'u1',
  source: 'NYT',
  title: 'Mayor Vows Action',
  'body-paragraphs': [['The mayor spoke.', 'She said “we will act.”'], [], ['Critics scoffed.']],
});

const span = (over: Partial<BasilSpan>): BasilSpan => ({
  id: 'p0', start: 0, end: 0, txt: '', bias: 'lex', quote: false, speaker: '', ...over,
});

describe('flattenArticle', () => {
  const flat = flattenArticle(article);
  it('joins title and paragraphs with blank lines and sentences with a space, skipping empty paragraphs', () => {
    expect(flat.text).toBe('Mayor Vows Action\n\nThe mayor spoke. She said “we will act.”\n\nCritics scoffed.');
    expect(flat.sentenceStarts).toEqual([19, 36, 61]);
    expect(article.source).toBe('nyt');
  });

  it('maps pN + offsets to the joined text', () => {
    const at = locateSpan(flat, span({ id: 'p1', start: 9, end: 23, txt: '“we will act.”' }), article.title);
    expect(at).toEqual({ start: 45, end: 59, exact: true });
    expect(flat.text.slice(45, 59)).toBe('“we will act.”');
    expect(locateSpan(flat, span({ id: 'p2', start: 8, end: 15, txt: 'scoffed' }), article.title)).toEqual({ start: 69, end: 76, exact: true });
    expect(locateSpan(flat, span({ id: 'title', start: 6, end: 10, txt: 'Vows' }), article.title)).toEqual({ start: 6, end: 10, exact: true });
  });

  it('finds a span whose offsets are off by searching its sentence, and gives up when it is absent', () => {
    expect(locateSpan(flat, span({ id: 'p0', start: 0, end: 5, txt: 'mayor' }), article.title)).toEqual({ start: 23, end: 28, exact: false });
    expect(locateSpan(flat, span({ id: 'p0', start: 0, end: 5, txt: 'governor' }), article.title)).toBeNull();
    expect(locateSpan(flat, span({ id: 'p9', start: 0, end: 1, txt: 'x' }), article.title)).toBeNull();
  });
});

describe('parseBasilAnnotations', () => {
  it('reads bias, quote and speaker fields', () => {
    const spans = parseBasilAnnotations({
      'phrase-level-annotations': [
        { id: 'p1', start: 9, end: 23, txt: 'x', bias: 'inf', quote: 'yes', speaker: 'Jane_Doe', polarity: 'neg' },
        { id: 'p2', start: 8, end: 15, txt: 'scoffed', bias: 'lex', quote: 'no', speaker: '' },
      ],
    });
    expect(spans).toEqual([
      { id: 'p1', start: 9, end: 23, txt: 'x', bias: 'inf', quote: true, speaker: 'Jane_Doe' },
      { id: 'p2', start: 8, end: 15, txt: 'scoffed', bias: 'lex', quote: false, speaker: '' },
    ]);
    expect(() => parseBasilAnnotations({ 'phrase-level-annotations': [{ bias: 'other' }] })).toThrow(/bias/);
  });
});
