/**
 * Widget sizes (worker/widgets/layout.ts): the Worker states iframe heights from the same numbers
 * the dashboard's chart modules size their charts by, so a bare iframe fits its chart.
 */
import { describe, expect, it } from 'vitest';
import { groupedLayout } from '../../../dashboard/src/charts/group-titles';
import { sourcingHeight } from '../../../dashboard/src/charts/sourcing-chart';
import { defaultWidgetHeight, stageFloor, stageHeight, WIDGET_CHROME_HEIGHT } from '../../../worker/widgets/layout';

const counts = Array.from({ length: 15 }, (_, i) => i);

describe('stageHeight', () => {
  it('is the height the profile chart module asks for, for 0 to 14 articles and 1 to 10 metrics', () => {
    for (const articles of counts) {
      for (let metrics = 1; metrics <= 10; metrics++) {
        expect(stageHeight({ kind: 'profile' }, articles, metrics)).toBe(groupedLayout(metrics, articles).height);
      }
      expect(stageHeight({ kind: 'metric', metric: 'hedging' }, articles)).toBe(groupedLayout(1, articles).height);
    }
    expect(stageHeight({ kind: 'profile' }, 5)).toBe(groupedLayout(6, 5).height);
  });

  it('is the height the sourcing chart module asks for', () => {
    for (const articles of counts) expect(stageHeight({ kind: 'sourcing' }, articles)).toBe(sourcingHeight(articles));
  });

  it('gives lists a row per article', () => {
    expect(stageHeight({ kind: 'citations' }, 5)).toBe(250);
    expect(stageHeight({ kind: 'headlines' }, 5)).toBe(500);
    expect(stageHeight({ kind: 'headlines' }, 0)).toBe(140);
  });
});

describe('defaultWidgetHeight', () => {
  it('adds the title, summary and footer, rounded up to 10 px', () => {
    const natural = groupedLayout(6, 5).height;
    expect(defaultWidgetHeight({ kind: 'profile' }, 5)).toBe(Math.ceil((WIDGET_CHROME_HEIGHT + natural) / 10) * 10);
    expect(defaultWidgetHeight({ kind: 'sourcing' }, 5) % 10).toBe(0);
  });
});

describe('stageFloor', () => {
  it('lets bar charts shrink to 60% (never below 150 px) and lists to 120 px', () => {
    expect(stageFloor({ kind: 'profile' }, 760)).toBe(456);
    expect(stageFloor({ kind: 'metric', metric: 'hedging' }, 200)).toBe(150);
    expect(stageFloor({ kind: 'citations' }, 250)).toBe(120);
    expect(stageFloor({ kind: 'headlines' }, 90)).toBe(90);
  });
});
