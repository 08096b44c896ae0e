/**
 * "Spot the marker" in real Chromium on RT's fourth paragraph of the demo story: click specific
 * words, reveal, and check the found / missed / extra counts, the marks in the text and the rules
 * (with their rationale) behind each marker; the word toggles work from the keyboard; nothing is
 * stored or sent (every request is a GET for the story or the rules; no storage, no cookie).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEXICON } from '../../../worker/analysis';
import { exerciseParagraphs, paragraphLabel } from '../../../dashboard/src/exercise/choices';
import { launchChromium } from '../helpers/chromium';
import { expectNoProblems, openPage, type PageSession } from '../helpers/page';
import { saveScreenshot } from '../helpers/screenshots';
import { DEMO_SLUG, url } from '../helpers/server';
import { articleLabelled, demoTeachingStory } from './demo-story';

let browser: Browser;
let rtId = 0;

beforeAll(async () => {
  rtId = articleLabelled(await demoTeachingStory(), 'RT').article.id;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const word = (page: Page, text: string) => page.locator('.ex-word', { hasText: new RegExp(`^${text}$`) });
const rationale = (id: string) => LEXICON.lexical.find((e) => e.id === id)?.rationale ?? LEXICON.rules.find((r) => r.id === id)?.rationale;

async function openExercise(): Promise<PageSession & { requests: string[] }> {
  const session = await openPage(browser, null);
  const requests: string[] = [];
  session.page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
  await session.page.goto(url(`/stories/${DEMO_SLUG}/exercise?article=${rtId}&paragraph=4`));
  await session.page.locator('.ex-word').first().waitFor();
  return { ...session, requests };
}

describe('spot the marker', () => {
  it('scores three found, four missed and two extra on RT’s fourth paragraph, with the rule behind each', async () => {
    const session = await openExercise();
    const { page } = session;
    try {
      expect(await page.locator('.ex-source').textContent()).toBe('RT, paragraph 4');
      expect(await page.locator('mark').count()).toBe(0); // highlights hidden until Reveal
      for (const text of ['claimed', 'so-called', 'supposed', 'election', 'repeatedly']) await word(page, text).click();
      expect(await page.locator('.ex-word[aria-pressed="true"]').allTextContents()).toEqual(['election', 'repeatedly', 'claimed', 'so-called', 'supposed']);
      await page.getByRole('button', { name: 'Reveal the markers' }).click();

      const score = page.locator('.ex-score');
      expect(await score.evaluate((el) => ({ ...(el as HTMLElement).dataset }))).toEqual({ found: '3', missed: '4', extra: '2' });
      expect(await score.textContent()).toBe('You found three of seven markers, missed four, and clicked two words that are not a marker.');

      const marks = await page.locator('.ex-text--revealed mark').evaluateAll((els) =>
        els.map((el) => [(el as HTMLElement).dataset.status, el.textContent?.replace(/^[✓○✗]/, '').replace(/ \((found|missed|not a marker)\)$/, '')]));
      expect(marks).toEqual([
        ['extra', 'election'],
        ['extra', 'repeatedly'],
        ['found', 'claimed'],
        ['missed', '“interfering”'],
        ['missed', 'claims'],
        ['missed', 'unsubstantiated'],
        ['found', 'so-called'],
        ['missed', '“collusion”'],
        ['found', 'supposed'],
      ]);

      const results = await page.locator('.ex-result').evaluateAll((els) =>
        els.map((el) => [(el as HTMLElement).dataset.status, el.querySelector('q')?.textContent, (el as HTMLElement).dataset.rules ?? '']));
      expect(results).toEqual([
        ['extra', 'election', ''],
        ['extra', 'repeatedly', ''],
        ['found', 'claimed', 'skepticism.claim'],
        ['missed', '“interfering”', 'scareQuotes.loaded-frame'],
        ['missed', 'claims', 'skepticism.claim'],
        ['missed', 'unsubstantiated', 'skepticism.discrediting'],
        ['found', 'so-called', 'skepticism.so-called'],
        ['missed', '“collusion”', 'scareQuotes.distancing-marker'],
        ['found', 'supposed', 'hedging.supposed skepticism.supposed'],
      ]);
      const soCalled = page.locator('.ex-result[data-rules="skepticism.so-called"]');
      expect(await soCalled.textContent()).toContain(`Skepticism / distancing · rule skepticism.so-called — ${rationale('skepticism.so-called')}`);
      const supposed = page.locator('.ex-result[data-rules="hedging.supposed skepticism.supposed"] li');
      expect(await supposed.allTextContents()).toEqual([
        `Aa Hedging · rule hedging.supposed — ${rationale('hedging.supposed')}`,
        `Aa Skepticism / distancing · rule skepticism.supposed — ${rationale('skepticism.supposed')}`,
      ]);
      await saveScreenshot(page, 'exercise-revealed');

      await page.getByRole('button', { name: 'Try again' }).click();
      expect(await page.locator('.ex-word[aria-pressed="true"]').count()).toBe(0);
      expect(await page.locator('.ex-score').textContent()).toBe('');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('works from the keyboard: one tab stop, arrows move between words, Space marks one', async () => {
    const session = await openExercise();
    const { page } = session;
    try {
      await page.locator('.ex-word').first().focus();
      expect(await page.locator('.ex-word[tabindex="0"]').allTextContents()).toEqual(['Ever']);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('election');
      await page.keyboard.press('Space');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      expect(await page.locator('.ex-word[aria-pressed="true"]').allTextContents()).toEqual(['election', 'elections']);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reveal the markers');
      await page.keyboard.press('Enter');
      expect(await page.locator('.ex-score').getAttribute('data-extra')).toBe('2');
      expect(await page.locator('.ex-score').getAttribute('data-found')).toBe('0');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('stores and sends nothing: only GETs of the story and the rules, no storage, no cookie', async () => {
    const session = await openExercise();
    const { page } = session;
    try {
      await word(page, 'claimed').click();
      await page.getByRole('button', { name: 'Reveal the markers' }).click();
      await page.locator('.ex-result').first().waitFor();
      expect(session.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
      expect(session.requests.filter((r) => r.startsWith('GET /api/')).sort()).toEqual(
        [
          `GET /api/rules`,
          `GET /api/stories/${DEMO_SLUG}`,
          ...(await demoTeachingStory()).articles.map((a) => `GET /api/stories/${DEMO_SLUG}/articles/${a.article.id}`),
        ].sort(),
      );
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
      expect((await session.context.cookies()).length).toBe(0);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('lets the teacher pick another outlet and paragraph, kept in the URL', async () => {
    const mothership = articleLabelled(await demoTeachingStory(), 'Mothership');
    const offered = exerciseParagraphs(mothership);
    const richest = [...offered].sort((a, b) => b.density - a.density)[0]!;
    const session = await openExercise();
    const { page } = session;
    try {
      await page.getByLabel('Outlet', { exact: true }).selectOption({ label: 'Mothership' });
      await expect.poll(() => page.locator('.ex-source').textContent()).toBe(`Mothership, paragraph ${richest.paragraph}`);
      const choices = page.getByLabel('Paragraph', { exact: true }).locator('option');
      expect(await choices.allTextContents()).toEqual(offered.map((p) => paragraphLabel(mothership, p)));
      const other = offered.find((p) => p.paragraph !== richest.paragraph)!;
      await page.getByLabel('Paragraph', { exact: true }).selectOption(String(other.paragraph));
      await expect.poll(() => page.locator('.ex-source').textContent()).toBe(`Mothership, paragraph ${other.paragraph}`);
      const params = new URL(page.url()).searchParams;
      expect([params.get('article'), params.get('paragraph')]).toEqual([String(mothership.article.id), String(other.paragraph)]);
      await page.reload();
      await expect.poll(() => page.locator('.ex-source').textContent()).toBe(`Mothership, paragraph ${other.paragraph}`);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});
