/**
 * XSS in real Chromium: a story of its own gets hostile payloads (hostile-story.ts) in its title and
 * summary, its outlets' names, its headlines and its article texts (plain text, and one HTML
 * article). On the home page and the story page (every section, and every article opened in the
 * reader) no flag is set, no dialog opens, no element comes out of the payloads, the page logs no
 * CSP violation or error, and the payloads are there to read, literally, as text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetailResponse, StoryResponse } from '../../worker/api-types';
import { waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { getJson } from './helpers/server';
import { createHostileStory, HOSTILE_ARTICLES, HOSTILE_SUMMARY, HOSTILE_TITLE, payloads } from './hostile-story';
import { expectSafe, injectedMarkup, open as openChecked, pageText, ranPayloads } from './xss-checks';

const title = HOSTILE_TITLE;
const summary = HOSTILE_SUMMARY;
const hostileArticles = HOSTILE_ARTICLES;

let browser: Browser;
let slug = '';
let articleIds: number[] = [];

beforeAll(async () => {
  expect(title.length).toBeLessThanOrEqual(300);
  ({ slug, articleIds } = await createHostileStory());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const open = (path: string) => openChecked(browser, path);

describe('the checks themselves', () => {
  it('notice a payload that is rendered as HTML (innerHTML, no CSP)', async () => {
    const context = await browser.newContext();
    try {
      const naive = await context.newPage();
      const dialogs: string[] = [];
      naive.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await naive.setContent('<main id="root"></main>');
      await naive.evaluate((html) => {
        document.getElementById('root')!.innerHTML = html;
      }, `${payloads('X').img} ${payloads('X').link}`);
      await expect.poll(() => ranPayloads(naive)).toEqual(['__xssX_img']);
      expect(dialogs).toEqual(['X']);
      expect(await injectedMarkup(naive)).toHaveLength(2);
    } finally {
      await context.close();
    }
  });
});

describe('hostile text is stored as sent', () => {
  it('keeps title, summary, outlet names, headlines and text payloads literally (HTML input becomes text)', async () => {
    const payload = await getJson<StoryResponse>(`/api/stories/${slug}`);
    expect(payload.story.title).toBe(title);
    expect(payload.story.summary).toBe(summary);
    expect(payload.articles.map((a) => a.label)).toEqual([...hostileArticles.map((a) => a.outlet), 'Markup Wire']);
    expect(payload.articles.slice(0, -1).map((a) => a.headline)).toEqual(hostileArticles.map((a) => a.headline));
    for (const [i, article] of hostileArticles.entries()) {
      const detail = await getJson<ArticleDetailResponse>(`/api/stories/${slug}/articles/${articleIds[i]}`);
      for (const p of article.expectedInText) expect(detail.article.text).toContain(p);
    }
    const html = await getJson<ArticleDetailResponse>(`/api/stories/${slug}/articles/${articleIds.at(-1)}`);
    expect(html.article.text).toContain('Officials may delay the vote, a source said.');
    expect(html.article.text).not.toMatch(/<|__xss|onerror|onmouseover/);
  });
});

describe('pages render hostile text as text', () => {
  it('shows the title and summary on the home page literally, and runs nothing', async () => {
    const session = await open('/');
    try {
      const card = session.page.locator('.story-card', { has: session.page.locator(`a[href="/stories/${slug}"]`) });
      await card.waitFor({ timeout: 20_000 });
      expect(await card.locator('.story-card__title').textContent()).toBe(title);
      expect(await card.locator('.story-card__summary').textContent()).toBe(summary);
      await expectSafe(session);
    } finally {
      await session.close();
    }
  });

  it('shows title, outlets, headlines and every article in the reader literally, and runs nothing', async () => {
    const session = await open(`/stories/${slug}`);
    const { page } = session;
    try {
      await waitForChartsDrawn(page);
      expect(await page.locator('h1').first().textContent()).toBe(title);
      expect(await page.title()).toBe(`${title} · Framelens`);
      const text = await pageText(page);
      for (const article of hostileArticles) {
        expect(text).toContain(article.outlet);
        expect(text).toContain(article.headline);
      }
      // Open every article in the reader's left column, and hover over its text.
      const picker = page.locator('select.reader__select').first();
      const column = page.locator('.reader__slot').first();
      for (const [i, id] of articleIds.entries()) {
        await picker.selectOption(String(id));
        const expected = hostileArticles[i]?.expectedInText ?? ['Critics claimed the plan could fail.'];
        await expect.poll(() => column.textContent(), { timeout: 10_000 }).toContain(expected[0]);
        const shown = (await column.textContent()) ?? '';
        for (const p of expected) expect(shown).toContain(p);
        await column.hover();
      }
      await expectSafe(session);
    } finally {
      await session.close();
    }
  });

  it('serves the story JSON to a browser as inert data', async () => {
    const session = await open(`/api/stories/${slug}`);
    try {
      expect(await pageText(session.page)).toContain(JSON.stringify(title).slice(1, -1));
      await expectSafe(session);
    } finally {
      await session.close();
    }
  });
});
