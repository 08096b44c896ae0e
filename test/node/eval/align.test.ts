import { describe, expect, it } from 'vitest';
import { alignTexts, toSourceSpan } from '../../../scripts/eval/align';

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
