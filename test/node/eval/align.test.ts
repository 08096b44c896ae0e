import { describe, expect, it } from 'vitest';
import { alignTexts, foldedText, toSourceSpan } from '../../../scripts/eval/align';
import { placeMarkers } from '../../../scripts/eval/markers';
import { analysisOf } from './fake-analysis';

describe('alignTexts', () => {
  it('maps offsets one to one when the cleaned text is the input', () => {
    const a = alignTexts('It may rain.', 'It may rain.');
    expect(a.identical).toBe(true);
    expect(toSourceSpan(a, 3, 6)).toEqual({ start: 3, end: 6 });
  });

  it('follows collapsed and trimmed whitespace', () => {
    const source = '  The  river\n may   flood.';
    const cleaned = 'The river may flood.';
    const a = alignTexts(source, cleaned);
    expect(toSourceSpan(a, 10, 13)).toEqual({ start: 14, end: 17 });
    expect(source.slice(14, 17)).toBe('may');
    // A span that starts or ends on whitespace is placed by its visible characters.
    expect(toSourceSpan(a, 9, 14)).toEqual({ start: 14, end: 17 });
  });

  it('skips source text the cleaner dropped (an entity) and treats curly and straight quotes alike', () => {
    const source = 'Tom &amp; Jerry said \u201Cmaybe\u201D.';
    const cleaned = 'Tom & Jerry said "maybe".';
    const a = alignTexts(source, cleaned);
    expect(toSourceSpan(a, 6, 11)).toEqual({ start: 10, end: 15 });
    expect(toSourceSpan(a, 17, 24)).toEqual({ start: 21, end: 28 });
    expect(source.slice(21, 28)).toBe('\u201Cmaybe\u201D');
  });

  it('leaves text the cleaner inserted unmapped', () => {
    const a = alignTexts('ab cd', 'ab [x] cd');
    expect(toSourceSpan(a, 3, 6)).toBeNull();
    expect(toSourceSpan(a, 7, 9)).toEqual({ start: 3, end: 5 });
  });
});

describe('placeMarkers', () => {
  const source = 'It  may “rain”.';
  const analysis = analysisOf('It may "rain".', [
    { metric: 'hedging', start: 3, end: 6, text: 'may', ruleId: 'h.may', voice: 'outlet' },
    { metric: 'scareQuotes', start: 7, end: 13, text: '"rain"', ruleId: 's.q', voice: 'outlet' },
    { metric: 'hedging', start: 7, end: 13, text: 'snow', ruleId: 'h.bad', voice: 'outlet' },
  ]);
  const alignment = alignTexts(source, analysis.text);

  it('places the requested metrics on the input text and checks the text landed on', () => {
    const placed = placeMarkers(analysis, ['hedging'], alignment, source);
    expect(placed.markers.map((m) => [m.start, m.end, source.slice(m.start, m.end)])).toEqual([
      [4, 7, 'may'],
      [8, 14, '“rain”'],
    ]);
    expect(placed.mismatched).toBe(1);
    expect(placeMarkers(analysis, ['scareQuotes'], alignment, source).mismatched).toBe(0);
  });

  it('folds whitespace, case and typography for the check', () => {
    expect(foldedText(' “Rain”\u2014now ')).toBe('"rain"-now');
  });
});
