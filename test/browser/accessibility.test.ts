/**
 * axe-core on the home and story pages, light and dark: no serious or critical violations (WCAG 2.x
 * A/AA rules and best practices, colour contrast included). The story page is checked with its
 * charts drawn, an article open in the reader and a highlight's tooltip showing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { openPage } from './helpers/page';
import { DEMO_SLUG } from './helpers/server';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds nothing serious on the home page', async () => {
    const session = await openPage(browser, '/', { colorScheme, bypassCSP: true });
    try {
      await session.page.locator('.story-card').first().waitFor();
      expect(await seriousViolations(session.page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('finds nothing serious on the story page, with the reader open and a tooltip showing', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}`, { colorScheme, bypassCSP: true });
    try {
      const { page } = session;
      await waitForChartsDrawn(page);
      await page.locator('#reader mark.hl').first().waitFor();
      await page.locator('#profile').getByRole('button', { name: 'Show data table' }).click();
      await page.locator('#reader mark.hl').first().focus();
      await page.locator('#highlight-tip').waitFor({ state: 'visible' });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('finds nothing serious on the not-found page', async () => {
    const session = await openPage(browser, '/stories/no-such-story', { colorScheme, bypassCSP: true, allowStatuses: [404] });
    try {
      expect(await session.page.locator('h1').textContent()).toBe('Page not found');
      expect(await seriousViolations(session.page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
