import { describe, expect, it } from 'vitest';
import { selectProfile, summarizeMetric, summarizeProfile } from '../../../dashboard/src/data/profile';
import { PROFILE_METRICS } from '../../../dashboard/src/data/metrics';
import { article, labelled, outletRate } from './fixtures';

const own = { voice: 'outlet', measure: 'per1k' } as const;

describe('selectProfile', () => {
  it('picks per-1k values of the chosen voice, one per metric, in metric order', () => {
    const rt = article({
      outlet: 'RT',
      metrics: { skepticism: { outlet: { per1k: 9.8, count: 5 }, quoted: { per1k: 2, count: 1 } }, hedging: { outlet: { per1k: 1.5, count: 1 } } },
    });
    const [series] = selectProfile(labelled(rt), ['hedging', 'skepticism'], own);
    expect(series).toEqual({ articleId: rt.id, label: 'RT', values: [1.5, 9.8] });
    expect(selectProfile(labelled(rt), ['skepticism'], { voice: 'quoted', measure: 'per1k' })[0]?.values).toEqual([2]);
    expect(selectProfile(labelled(rt), ['skepticism'], { voice: 'outlet', measure: 'count' })[0]?.values).toEqual([5]);
  });

  it('keeps an unattributed article as "Unattributed" with zero values intact', () => {
    const series = selectProfile(labelled(article({ outlet: 'CNN' }), article({ outlet: null })), PROFILE_METRICS, own);
    expect(series.map((s) => s.label)).toEqual(['CNN', 'Unattributed']);
    expect(series[1]?.values).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('lays out 12 outlets, and makes repeated outlet labels unique', () => {
    const articles = Array.from({ length: 12 }, (_, i) => article({ outlet: i === 11 ? 'Outlet 1' : `Outlet ${i + 1}` }));
    const series = selectProfile(labelled(...articles), PROFILE_METRICS, own);
    expect(series).toHaveLength(12);
    expect(series[11]?.label).toBe('Outlet 1 (2)');
    expect(new Set(series.map((s) => s.label)).size).toBe(12);
  });
});

describe('summarizeMetric', () => {
  const entries = (values: [string, number][]) => values.map(([label, value]) => ({ label, value }));

  it('names the leader and its ratio to the next outlet', () => {
    expect(summarizeMetric(entries([['CNN', 0], ['RT', 9.8], ['Mothership', 3.2]]), 'skepticism', own)).toBe(
      'RT used 9.8 skepticism markers per 1,000 words, 3.1× the next outlet (Mothership, 3.2).',
    );
  });

  it('says when one outlet is the only one to use a marker', () => {
    expect(summarizeMetric(entries([['CNN', 0], ['RT', 2.5]]), 'scareQuotes', own)).toBe(
      'RT was the only outlet to use scare quotes: 2.5 scare quotes per 1,000 words.',
    );
  });

  it('reports ties at the top instead of picking one outlet', () => {
    expect(summarizeMetric(entries([['CNN', 2], ['RT', 2], ['Mothership', 1]]), 'hedging', own)).toBe(
      'CNN and RT tied for the most hedges: 2.0 hedges per 1,000 words each.',
    );
    expect(summarizeMetric(entries([['CNN', 2], ['RT', 2]]), 'hedging', own)).toBe(
      'Both articles used 2.0 hedges per 1,000 words each.',
    );
  });

  it('handles an all-zero metric and a single outlet', () => {
    expect(summarizeMetric(entries([['CNN', 0], ['RT', 0], ['Unattributed', 0]]), 'boosters', own)).toBe(
      'None of the three articles used any boosters in their own voice.',
    );
    expect(summarizeMetric(entries([['RT', 9.8]]), 'skepticism', own)).toBe('RT used 9.8 skepticism markers per 1,000 words.');
    expect(summarizeMetric(entries([['RT', 0]]), 'skepticism', own)).toBe('RT used no skepticism markers in its own voice.');
  });

  it('speaks of raw counts and quoted speech when the view says so', () => {
    expect(summarizeMetric(entries([['RT', 1], ['CNN', 0]]), 'scareQuotes', { voice: 'outlet', measure: 'count' })).toBe(
      'RT was the only outlet to use scare quotes: 1 scare quote.',
    );
    expect(summarizeMetric(entries([['RT', 4], ['CNN', 2]]), 'hedging', { voice: 'quoted', measure: 'count' })).toBe(
      'RT used 4 hedges inside quotes, 2× the next outlet (CNN, 2).',
    );
    expect(summarizeMetric(entries([['RT', 40], ['CNN', 2]]), 'hedging', { voice: 'quoted', measure: 'per1k' })).toBe(
      'RT used 40.0 hedges per 1,000 quoted words, 20× the next outlet (CNN, 2.0).',
    );
  });
});

describe('summarizeProfile', () => {
  it('picks the metric where the leader is furthest ahead', () => {
    const articles = labelled(
      article({ outlet: 'CNN', metrics: { ...outletRate('hedging', 3), ...outletRate('skepticism', 0.5) } }),
      article({ outlet: 'RT', metrics: { ...outletRate('hedging', 2), ...outletRate('skepticism', 9.8) } }),
      article({ outlet: 'Mothership', metrics: { ...outletRate('hedging', 4), ...outletRate('skepticism', 3.2) } }),
    );
    const series = selectProfile(articles, PROFILE_METRICS, own);
    expect(summarizeProfile(series, PROFILE_METRICS, own)).toBe(
      'RT used 9.8 skepticism markers per 1,000 words, 3.1× the next outlet (Mothership, 3.2).',
    );
  });

  it('says plainly when every value is zero, and when there is nothing to compare', () => {
    const series = selectProfile(labelled(article({ outlet: 'CNN' }), article({ outlet: null })), PROFILE_METRICS, own);
    expect(summarizeProfile(series, PROFILE_METRICS, own)).toBe(
      'Neither article used any of these markers in their own voice.',
    );
    expect(summarizeProfile([], PROFILE_METRICS, own)).toBe('There are no articles to compare yet.');
  });
});
