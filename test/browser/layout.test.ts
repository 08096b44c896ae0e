/**
 * A story with 1 outlet and one with 12 (one of them unattributed) still lay out: every article gets
 * its bar, row and label, bars stay readable, nothing is wider than the screen on desktop or phone.
 * Each test builds its own story through the API (the demo story stays as seeded).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { expectNoProblems, openPage } from './helpers/page';
import { saveScreenshot } from './helpers/screenshots';
import { adminToken, url } from './helpers/server';

const OUTLETS = [
  'Harbour Times', 'Valley Courier', 'Northern Ledger', 'Capital Wire', 'Metro Daily', 'Coastal Post',
  'Evening Herald', 'Prairie News', 'Island Gazette', 'Summit Journal', 'River Bulletin',
];

/** A short made-up report; `n` varies the wording so every text is distinct. */
function report(n: number): string {
  return [
    `Council may delay vote ${n}`,
    `The city council may delay the budget vote until spring, a source familiar with the talks said on Monday.`,
    `Mayor Dana Whitfield said the so-called reform plan would be ready "within weeks", according to a statement.`,
    n % 2 ? `Critics claimed the timetable was unrealistic, and officials reportedly asked for ${n} more days.` : `Officials said the plan would cost ${n} million.`,
  ].join('\n\n');
}

async function post(path: string, body: unknown): Promise<void> {
  const res = await fetch(url(path), {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
}

async function createStory(slug: string, title: string, outlets: (string | null)[]): Promise<void> {
  await post('/api/stories', { slug, title, eventDate: '2025-03-03' });
  for (const [i, outlet] of outlets.entries()) {
    await post(`/api/stories/${slug}/articles`, { ...(outlet ? { outlet } : {}), text: report(i + 1) });
  }
}

const suffix = crypto.randomUUID().slice(0, 8);
const TWELVE = `layout-twelve-${suffix}`;
const ONE = `layout-one-${suffix}`;
let browser: Browser;

beforeAll(async () => {
  await createStory(TWELVE, 'Council delay, twelve reports', [...OUTLETS, null]);
  await createStory(ONE, 'Council delay, one report', ['Harbour Times']);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function rowHeaders(page: Page, section: string): Promise<string[]> {
  return page.locator(`#${section} table tbody th`).allTextContents();
}

/** Thinnest bar (px) and the number of bar series drawn by a chart. */
function barFacts(page: Page, chart: string): Promise<{ series: number; thinnest: number }> {
  return page.locator(`[data-chart="${chart}"]`).evaluate((el) => {
    const instance = (el as HTMLElement & {
      framelensChart: { data: { datasets: unknown[] }; getDatasetMeta(i: number): { data: { height: number }[] } };
    }).framelensChart;
    const heights = instance.data.datasets.flatMap((_d, i) => instance.getDatasetMeta(i).data.map((bar) => bar.height));
    return { series: instance.data.datasets.length, thinnest: Math.min(...heights) };
  });
}

describe('twelve outlets', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const)('gives every article its bar, row and label (%s)', async (name, viewport) => {
    const session = await openPage(browser, `/stories/${TWELVE}`, { viewport });
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      const labels = [...OUTLETS, 'Unattributed'];
      expect(await rowHeaders(page, 'profile')).toEqual(labels);
      expect(await rowHeaders(page, 'sourcing')).toEqual(labels);
      expect(await page.locator('#people table thead th').allTextContents()).toEqual(['Person', ...labels]);
      expect(await page.locator('#headlines .headline').count()).toBe(12);
      const profile = await barFacts(page, 'profile');
      expect(profile.series).toBe(12);
      expect(profile.thinnest).toBeGreaterThanOrEqual(10);
      expect((await barFacts(page, 'sourcing')).thinnest).toBeGreaterThanOrEqual(14);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.locator('#profile').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
      await saveScreenshot(page, `layout-12-outlets-${name}`);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});

describe('one outlet', () => {
  it('shows one article in one reader column, with sentences about one outlet', async () => {
    const session = await openPage(browser, `/stories/${ONE}`);
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      expect(await rowHeaders(page, 'profile')).toEqual(['Harbour Times']);
      expect(await page.locator('#profile .card__summary').textContent()).toMatch(/^Harbour Times used \d+\.\d [a-z ]+ per 1,000 words\.$/);
      expect(await page.locator('#citations .card__summary').textContent()).toBe('Harbour Times credits no other outlet.');
      await page.locator('#reader mark.hl').first().waitFor();
      expect(await page.locator('#reader .reader__columns').getAttribute('class')).toContain('is-single');
      expect(await page.locator('#reader .reader__col').count()).toBe(1);
      expect(await page.locator('#reader select').nth(1).inputValue()).toBe('');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      await saveScreenshot(page, 'layout-1-outlet-desktop');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});
