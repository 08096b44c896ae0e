/**
 * The printable handout of the demo story in real Chromium: headlines, both charts and the three
 * most marker-dense excerpts from three outlets (as the pure choice computes them), printed to a
 * one-page A4 PDF; the PDF and a print-media screenshot are saved under test-results/browser/.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseExcerpts } from '../../../dashboard/src/teaching/excerpts';
import { waitForChartsDrawn } from '../helpers/charts';
import { launchChromium } from '../helpers/chromium';
import { expectNoProblems, openPage } from '../helpers/page';
import { savePdf, saveScreenshot } from '../helpers/screenshots';
import { DEMO_SLUG } from '../helpers/server';
import { demoTeachingStory } from './demo-story';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the printable handout', () => {
  it('holds the headlines, both charts and the three densest excerpts from three outlets, on one A4 page', async () => {
    const expected = chooseExcerpts((await demoTeachingStory()).articles, 3, { maxWords: 95 });
    expect(expected.map((e) => e.label)).toEqual(['RT', 'Mothership', 'CNN']);
    const session = await openPage(browser, `/stories/${DEMO_SLUG}/handout`, { viewport: { width: 900, height: 1200 } });
    const { page } = session;
    try {
      await waitForChartsDrawn(page);
      const sheet = page.locator('.sheet');
      expect(await sheet.locator('.sheet__headlines li').count()).toBe(5);
      expect(await sheet.locator('.sheet__headlines mark.hl').allTextContents()).toEqual([': CNN', '‘interference’', '– CNN']);
      expect(await sheet.locator('[data-chart="profile"], [data-chart="sourcing"]').count()).toBe(2);
      const excerpts = await sheet.locator('.excerpt').evaluateAll((els) =>
        els.map((el) => [Number((el as HTMLElement).dataset.articleId), el.querySelector('figcaption')?.textContent]));
      expect(excerpts).toEqual(expected.map((e) => [e.articleId, `${e.label}, paragraph ${e.paragraph}`]));
      expect(await sheet.getAttribute('data-fits')).toBe('true');

      await saveScreenshot(page, 'handout-screen');
      const pdfPath = await savePdf(page, 'handout');
      expect(pdfPageCount(readFileSync(pdfPath))).toBe(1);
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.handout-bar').isVisible()).toBe(false);
      await saveScreenshot(page, 'handout-print');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('counts pages in a PDF, so a two-page print would fail the check above', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}/handout`);
    try {
      await waitForChartsDrawn(session.page);
      await session.page.locator('.sheet__part--excerpts').evaluate((el) => ((el as HTMLElement).style.breakBefore = 'page'));
      const bytes = await session.page.pdf({ format: 'A4' });
      expect(pdfPageCount(bytes)).toBe(2);
    } finally {
      await session.close();
    }
  });
});
