import { describe, expect, it } from 'vitest';
import { groupedLayout } from '../../../dashboard/src/charts/group-titles';
import { describeBar } from '../../../dashboard/src/charts/profile-chart';
import { describeSegment, sourcingHeight, sourcingLabel } from '../../../dashboard/src/charts/sourcing-chart';

describe('groupedLayout (profile chart sizes for 1 to 12 outlets)', () => {
  it('sizes six metrics × five outlets with room for each group title', () => {
    const layout = groupedLayout(6, 5, 13);
    // Band per metric: 5 bars × 16 px + a 26 px title + 12 px gap = 118 px.
    expect(layout.categoryPercentage).toBeCloseTo(80 / 118, 5);
    expect(layout.paddingTop).toBe(9);
    expect(layout.height).toBe(6 * 118 + 9 + 56);
  });

  it('keeps a title’s room between groups whatever the number of outlets', () => {
    for (const outlets of [1, 2, 5, 6, 7, 12]) {
      const { categoryPercentage, height } = groupedLayout(6, outlets, 13);
      const band = (height - 56 - groupedLayout(6, outlets, 13).paddingTop) / 6;
      expect(categoryPercentage).toBeGreaterThan(0);
      expect(categoryPercentage).toBeLessThan(1);
      // The free space between two groups' bars holds the title (20 px text + 6 px gap).
      expect(band * (1 - categoryPercentage)).toBeGreaterThanOrEqual(26);
    }
  });

  it('uses thinner bars from seven outlets on, so twelve outlets stay on about two screens', () => {
    expect(groupedLayout(6, 12, 13).height).toBe(6 * (12 * 14 + 26 + 12) + 9 + 56);
    expect(groupedLayout(6, 1, 13).height).toBeLessThan(groupedLayout(6, 2, 13).height);
  });

  it('grows titles with the font (projector slides)', () => {
    expect(groupedLayout(6, 5, 28).height).toBeGreaterThan(groupedLayout(6, 5, 13).height);
  });
});

describe('keyboard descriptions', () => {
  const model = {
    metrics: [{ key: 'hedging' as const, label: 'Hedging' }, { key: 'skepticism' as const, label: 'Skepticism / distancing' }],
    series: [{ articleId: 4, label: 'RT', values: [27.3, 34.13] }],
    view: { voice: 'outlet' as const, measure: 'per1k' as const },
  };

  it('names outlet, metric, value and voice of a profile bar', () => {
    expect(describeBar(model, 0, 1)).toBe('RT, Skepticism / distancing: 34.1 per 1,000 words (own voice).');
    expect(describeBar({ ...model, view: { voice: 'quoted', measure: 'count' } }, 0, 0)).toBe('RT, Hedging: 27 (quoted voice).');
    expect(describeBar(model, 3, 0)).toBe('');
  });

  it('names a sourcing segment and labels rows without colour', () => {
    const row = { articleId: 4, label: 'RT', anonymous: 2, named: 0, total: 2, anonymousShare: 1 };
    expect(describeSegment(row, 'anonymousSources')).toBe('RT: 2 anonymous source references of 2.');
    expect(describeSegment({ ...row, named: 1, total: 3 }, 'namedSources')).toBe('RT: 1 named source reference of 3.');
    expect(sourcingLabel(row)).toBe('2 anonymous · 0 named');
    expect(sourcingLabel({ ...row, anonymous: 0, total: 0, anonymousShare: null })).toBe('no sources');
  });

  it('gives sourcing charts a height for 1 to 12 rows', () => {
    expect(sourcingHeight(1)).toBe(160);
    expect(sourcingHeight(5)).toBe(5 * 38 + 91);
    expect(sourcingHeight(12)).toBe(12 * 30 + 91);
  });
});
