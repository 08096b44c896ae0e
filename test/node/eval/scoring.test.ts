import { describe, expect, it } from 'vitest';
import { binaryCounts, matchSpans, overlaps, prevalenceAdjusted, prf } from '../../../scripts/eval/scoring';

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = prf({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.6);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });

  it('gives null, not 0, for a zero denominator', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: null });
  });

  it('gives F1 0 when precision and recall are both 0', () => {
    expect(prf({ tp: 0, fp: 2, fn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('prevalenceAdjusted', () => {
  it('re-weights TPR 0.6 / FPR 0.2 to 22.7% prevalence (hand-computed: P 0.1362/0.2908)', () => {
    const a = prevalenceAdjusted({ tp: 600, fp: 200, fn: 400 }, 1000, 0.227);
    expect(a.tpr).toBe(0.6);
    expect(a.fpr).toBe(0.2);
    expect(a.recall).toBe(0.6);
    expect(a.precision).toBeCloseTo(0.468363, 6);
    expect(a.f1).toBeCloseTo(0.526072, 6);
  });

  it('keeps precision 1 when there are no false positives', () => {
    const a = prevalenceAdjusted({ tp: 5, fp: 0, fn: 5 }, 10, 0.227);
    expect(a.precision).toBe(1);
    expect(a.f1).toBeCloseTo(2 / 3, 12);
  });

  it('is undefined without negatives or positives', () => {
    expect(prevalenceAdjusted({ tp: 1, fp: 0, fn: 0 }, 0, 0.227).precision).toBeNull();
    expect(prevalenceAdjusted({ tp: 0, fp: 1, fn: 0 }, 4, 0.227).recall).toBeNull();
  });
});

describe('overlaps', () => {
  it('needs at least one shared character (half-open ranges)', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 2, end: 5 })).toBe(true);
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(overlaps({ start: 4, end: 4 }, { start: 0, end: 9 })).toBe(false);
  });
});

describe('matchSpans', () => {
  it('matches each gold and each predicted span at most once', () => {
    const m = matchSpans([{ start: 0, end: 5 }], [{ start: 0, end: 3 }, { start: 2, end: 5 }]);
    expect(m.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
    const wide = matchSpans([{ start: 0, end: 5 }, { start: 6, end: 10 }], [{ start: 0, end: 10 }]);
    expect(wide.counts).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('finds the maximum matching where a greedy first-come choice would not', () => {
    // gold 0 overlaps predictions 0 and 1; gold 1 overlaps only prediction 0.
    const gold = [{ start: 0, end: 10 }, { start: 2, end: 4 }];
    const predicted = [{ start: 0, end: 3 }, { start: 7, end: 9 }];
    const m = matchSpans(gold, predicted);
    expect(m.pairs).toEqual([[0, 1], [1, 0]]);
    expect(m.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts everything unmatched when nothing overlaps', () => {
    expect(matchSpans([{ start: 0, end: 2 }], [{ start: 5, end: 7 }, { start: 8, end: 9 }]).counts).toEqual({ tp: 0, fp: 2, fn: 1 });
    expect(matchSpans([], []).counts).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('binaryCounts', () => {
  it('counts the confusion matrix', () => {
    const c = binaryCounts([
      { gold: true, predicted: true },
      { gold: true, predicted: false },
      { gold: false, predicted: true },
      { gold: false, predicted: false },
      { gold: false, predicted: false },
    ]);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1, tn: 2 });
  });
});
