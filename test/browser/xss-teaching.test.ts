/**
 * XSS on the teaching pages, in real Chromium: the hostile story (hostile-story.ts) projected as a
 * classroom deck (every slide shown in turn), as the "spot the marker" exercise and as the printable
 * handout, and a hostile text pasted into /try (analysed in the browser). Nothing runs, no dialog opens, no element comes out of a payload, no CSP violation is
 * logged, and the hostile title and outlet names are shown as text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/chromium';
import { createHostileStory, HOSTILE_ARTICLES, HOSTILE_TITLE } from './hostile-story';
import { expectSafe, open as openChecked, pageText } from './xss-checks';

let browser: Browser;
let slug = '';

beforeAll(async () => {
  ({ slug } = await createHostileStory());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openChecked(browser, path);

describe('teaching pages render hostile text as text', () => {
  it('shows every classroom slide without running anything', async () => {
    const session = await open(`/stories/${slug}/classroom`);
    const { page } = session;
    try {
      const slides = page.locator('section.slide');
      // The deck loads every article's evidence first; a load problem shows as an alert instead.
      await page.locator('section.slide, [role="alert"]').first().waitFor({ state: 'attached', timeout: 45_000 });
      const count = await slides.count();
      expect(count, await pageText(page)).toBeGreaterThan(1);
      const seen: string[] = [];
      for (let i = 0; i < count; i++) {
        seen.push((await page.locator('section.slide:not([hidden])').textContent()) ?? '');
        await page.keyboard.press('ArrowRight');
      }
      const shown = seen.join('\n');
      expect(shown).toContain(HOSTILE_TITLE);
      expect(HOSTILE_ARTICLES.some((article) => shown.includes(article.outlet))).toBe(true);
      await expectSafe(session);
    } finally {
      await session.close();
    }
  });

  it('shows hostile text pasted into /try (analysed in the browser) as highlighted text, without running anything', async () => {
    const session = await open('/try');
    const { page } = session;
    try {
      const article = HOSTILE_ARTICLES[0]!;
      await page.locator('#try-text').fill(article.text);
      const results = page.locator('section.try-results:not([hidden])').last();
      await results.waitFor({ timeout: 20_000 });
      await expect.poll(() => results.textContent(), { timeout: 10_000 }).toContain(article.expectedInText[0]);
      const shown = (await results.textContent()) ?? '';
      for (const payload of article.expectedInText) expect(shown).toContain(payload);
      await results.hover();
      await expectSafe(session);
    } finally {
      await session.close();
    }
  });

  it.each(['exercise', 'handout'])('shows the %s page without running anything', async (view) => {
    const session = await open(`/stories/${slug}/${view}`);
    try {
      await expect.poll(() => pageText(session.page), { timeout: 20_000 }).toContain(HOSTILE_TITLE);
      await expectSafe(session);
    } finally {
      await session.close();
    }
  });
});
