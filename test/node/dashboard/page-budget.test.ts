/**
 * The story page's byte budget (issue 4): at most 100 KB of gzipped JS + CSS, counting every file
 * the built story.html loads (scripts, module preloads, stylesheets and every chunk they import).
 * Needs the build (`npm test` runs it first). Size, not time: timings are for `npm run bench:page`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, pageAssets } from '../../browser/helpers/build';

const BUDGET_BYTES = 100 * 1024;

describe('story page budget', () => {
  const assets = pageAssets(join(DIST, 'story.html'));
  const total = assets.reduce((sum, a) => sum + a.gzipBytes, 0);

  it('loads at most 100 KB of gzipped JS and CSS', () => {
    const breakdown = assets.map((a) => `${a.path} ${a.gzipBytes}`).join('\n');
    expect(total, `story page: ${total} bytes gzipped\n${breakdown}`).toBeLessThanOrEqual(BUDGET_BYTES);
    // It is a real page: one stylesheet, Chart.js and the page's own code.
    expect(assets.filter((a) => a.kind === 'css')).toHaveLength(1);
    expect(assets.filter((a) => a.kind === 'js').length).toBeGreaterThan(1);
    expect(total).toBeGreaterThan(30 * 1024);
  });

  it('registers Chart.js piece by piece: no controller the dashboard does not draw', () => {
    const code = assets.filter((a) => a.kind === 'js').map((a) => readFileSync(join(DIST, a.path), 'utf8')).join('\n');
    expect(code).toContain('"bar"');
    // Controller ids chart.js/auto would register (they survive minification as strings).
    for (const id of ['doughnut', 'polarArea', 'radar', 'bubble', 'scatter']) {
      expect(code.includes(`id="${id}"`) || code.includes(`id: "${id}"`), id).toBe(false);
    }
  });
});
