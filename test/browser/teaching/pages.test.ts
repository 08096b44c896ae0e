/**
 * The teaching pages' routes and accessibility against the real runtime: the pretty URLs serve the
 * built pages with the page CSP (an unknown story gets the 404 page), and axe-core finds no serious
 * or critical violation on any of them, light and dark, in the states a class sees.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { waitForChartsDrawn } from '../helpers/charts';
import { launchChromium } from '../helpers/chromium';
import { openPage } from '../helpers/page';
import { DEMO_SLUG, url } from '../helpers/server';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('teaching page routes', () => {
  it.each([
    [`/stories/${DEMO_SLUG}/classroom`, '<title>Classroom · Framelens</title>'],
    [`/stories/${DEMO_SLUG}/exercise`, '<title>Spot the marker · Framelens</title>'],
    [`/stories/${DEMO_SLUG}/handout`, '<title>Handout · Framelens</title>'],
    ['/try', '<title>Try your own text · Framelens</title>'],
    ['/method', '<title>How Framelens counts · Framelens</title>'],
  ])('serves %s as its built page with the page CSP', async (path, title) => {
    const pageCsp = (await fetch(url('/'))).headers.get('Content-Security-Policy');
    expect(pageCsp).toContain("script-src 'self'");
    expect(pageCsp).not.toContain('unsafe-inline');
    const response = await fetch(url(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('Content-Security-Policy')).toBe(pageCsp);
    expect(await response.text()).toContain(title);
  });

  it.each(['classroom', 'exercise', 'handout'])('answers the %s of an unknown or malformed story with the 404 page', async (view) => {
    for (const slug of ['no-such-story', 'Not_A_Slug']) {
      const response = await fetch(url(`/stories/${slug}/${view}`));
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<title>Not found · Framelens</title>');
    }
  });
});

describe.each(['light', 'dark'] as const)('axe-core on the teaching pages, %s mode', (colorScheme) => {
  it('finds nothing serious on any classroom slide', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}/classroom`, { colorScheme, bypassCSP: true });
    const { page } = session;
    try {
      await page.locator('section.slide:not([hidden])').waitFor();
      const count = await page.locator('section.slide').count();
      for (let i = 0; i < count; i++) {
        const id = await page.locator('section.slide:not([hidden])').getAttribute('data-slide-id');
        expect((await seriousViolations(page)).map((v) => `${id}: ${v}`)).toEqual([]);
        await page.keyboard.press('PageDown');
      }
    } finally {
      await session.close();
    }
  });

  it('finds nothing serious on the exercise, before and after Reveal', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}/exercise`, { colorScheme, bypassCSP: true });
    const { page } = session;
    try {
      await page.locator('.ex-word').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.ex-word').nth(3).click();
      await page.getByRole('button', { name: 'Reveal the markers' }).click();
      await page.locator('.ex-result').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('finds nothing serious on the handout, /try with a text and /method', async () => {
    for (const path of [`/stories/${DEMO_SLUG}/handout`, '/try', '/method']) {
      const session = await openPage(browser, path, { colorScheme, bypassCSP: true });
      const { page } = session;
      try {
        if (path.endsWith('handout')) await waitForChartsDrawn(page);
        if (path === '/try') {
          await page.locator('#try-text').fill('The so-called “experts” reportedly claimed it may rain, according to officials.');
          await page.locator('.try-highlighted mark.hl').first().waitFor();
        }
        if (path === '/method') await page.locator('.entry').first().waitFor();
        expect((await seriousViolations(page)).map((v) => `${path}: ${v}`)).toEqual([]);
      } finally {
        await session.close();
      }
    }
  });
});
