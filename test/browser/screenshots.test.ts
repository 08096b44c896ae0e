/**
 * Screenshots for people to review (test-results/browser/*.png, viewport-sized) and the layout
 * facts behind them: desktop 1280×800, mobile 390×844, dark mode (charts re-themed), and print
 * (A4 portrait: controls gone, data tables shown, nothing wider than the paper; plus a PDF).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barPosition, waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { expectNoProblems, openPage } from './helpers/page';
import { savePdf, saveScreenshot } from './helpers/screenshots';
import { DEMO_SLUG } from './helpers/server';

const STORY = `/stories/${DEMO_SLUG}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Scrolls so that `selector` starts at the top of the viewport. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
}

/** Widest element's right edge, to catch anything that overflows the page sideways. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The colour a chart's first bar is drawn in and the colour of its title text (from its theme). */
function chartColours(page: Page, chart: string): Promise<{ text: string; bar: unknown }> {
  return page.locator(`[data-chart="${chart}"]`).evaluate((el) => {
    const instance = (el as HTMLElement & {
      framelensChart: { options: { plugins: { groupTitles?: { color: string }; barLabels: { color: string } } }; data: { datasets: { backgroundColor: unknown }[] } };
    }).framelensChart;
    return { text: instance.options.plugins.barLabels.color, bar: instance.data.datasets[0]?.backgroundColor };
  });
}

describe('desktop 1280×800', () => {
  it('home, story top, framing profile and the reader after a bar click', async () => {
    const home = await openPage(browser, '/');
    try {
      await home.page.locator('.story-card').first().waitFor();
      await saveScreenshot(home.page, 'home-desktop');
      expectNoProblems(home);
    } finally {
      await home.close();
    }
    const session = await openPage(browser, STORY);
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
      await saveScreenshot(page, 'story-desktop');
      await scrollToTop(page, '#profile');
      await saveScreenshot(page, 'story-desktop-profile');
      await scrollToTop(page, '#sourcing');
      await saveScreenshot(page, 'story-desktop-sourcing');
      const point = await barPosition(page, 'profile', { dataset: 'RT', category: 'Skepticism / distancing' });
      await page.mouse.click(point.x, point.y);
      await page.locator('#reader .hl.is-flashing').first().waitFor();
      await page.locator('#highlight-tip').waitFor({ state: 'visible' });
      await saveScreenshot(page, 'story-desktop-reader');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});

describe('mobile 390×844', () => {
  it('lays out in one column with nothing wider than the screen', async () => {
    const session = await openPage(browser, STORY, {
      viewport: { width: 390, height: 844 },
      context: { isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    });
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      await page.locator('#reader mark.hl').first().waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      // The reader stacks its two articles.
      const columns = await page.locator('#reader .reader__col').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
      expect(columns.length).toBe(2);
      expect(new Set(columns).size).toBe(1);
      await saveScreenshot(page, 'story-mobile');
      await scrollToTop(page, '#profile');
      await saveScreenshot(page, 'story-mobile-profile');
      await scrollToTop(page, '#reader');
      await saveScreenshot(page, 'story-mobile-reader');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});

describe('dark mode (prefers-color-scheme)', () => {
  it('re-themes page and charts', async () => {
    const session = await openPage(browser, STORY, { colorScheme: 'dark' });
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(17, 18, 21)');
      expect((await chartColours(page, 'profile')).text).toBe('#ececf1');
      await saveScreenshot(page, 'story-dark');
      await scrollToTop(page, '#profile');
      await saveScreenshot(page, 'story-dark-profile');
      // Switching the OS theme while the page is open re-themes the charts in place.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(246, 245, 241)');
      await expect.poll(async () => (await chartColours(page, 'profile')).text).toBe('#1b1b1f');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});

describe('print (A4 portrait)', () => {
  it('hides controls, shows every data table, fits the paper width, and prints to PDF', async () => {
    // A4 is 210 mm wide; the print stylesheet's 12 mm side margins leave 186 mm, 703 px at 96 dpi.
    // Emulated print media lays out at the viewport's width, so the viewport is that printable width.
    const session = await openPage(browser, STORY, { viewport: { width: 703, height: 1017 } });
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      await page.locator('#reader mark.hl').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#profile .card__controls').isVisible()).toBe(false);
      expect(await page.locator('.section-nav').isVisible()).toBe(false);
      const tables = await page.locator('.table-region').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(tables.length).toBe(3);
      for (const height of tables) expect(height).toBeGreaterThan(60);
      const widest = await page.locator('canvas, table, .reader__columns').evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().width)));
      expect(widest).toBeLessThanOrEqual(703);
      await saveScreenshot(page, 'story-print');
      const pdf = readFileSync(await savePdf(page, 'story-print'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(1);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});
