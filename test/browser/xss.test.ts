/**
 * XSS in real Chromium: a story of its own gets hostile payloads in its title and summary, its
 * outlets' names, its headlines and its article texts (plain text, and one HTML article). Every
 * payload would set a window flag (`__xss…`) and open a dialog if it ever ran. On the home page and
 * the story page (every section, and every article opened in the reader) no flag is set, no dialog
 * opens, no element comes out of the payloads, the page logs no CSP violation or error, and the
 * payloads are there to read, literally, as text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDetailResponse, StoryResponse } from '../../worker/api-types';
import { waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { expectNoProblems, openPage, type PageSession } from './helpers/page';
import { adminToken, getJson, url } from './helpers/server';

type Kind = 'img' | 'script' | 'svg' | 'js' | 'template' | 'link';
const KINDS: readonly Kind[] = ['img', 'script', 'svg', 'js', 'template', 'link'];

/** One payload of each kind for a place (`tag`); each sets its own flag `window.__xss<tag>_<kind>`. */
function payloads(tag: string): Record<Kind, string> {
  const flag = (kind: Kind) => `window.__xss${tag}_${kind}=1`;
  return {
    img: `<img src=x onerror="${flag('img')};alert('${tag}')">`,
    script: `</script><script>${flag('script')};alert('${tag}')</script>`,
    svg: `"><svg onload="${flag('svg')};alert('${tag}')">`,
    js: `javascript:${flag('js')};alert('${tag}')`,
    template: `{{constructor.constructor('${flag('template')};alert(1)')()}}`,
    link: `<a href="javascript:${flag('link')}" onmouseover="${flag('link')}2">link</a>`,
  };
}

const slug = `xss-${crypto.randomUUID().slice(0, 8)}`;
const title = [payloads('T').img, payloads('T').script, payloads('T').svg, payloads('T').template].join(' ');
const summary = Object.values(payloads('S')).join(' ');

/**
 * One article per kind: its outlet is named by that payload, its headline carries one payload and
 * its text a few more inside real sentences. NOTE: the analyser reads a plain text with two or more
 * recognisable tags as HTML (worker/analysis/text/html.ts), so each article's headline and text
 * together hold at most one tag-like payload; markup in HTML input is tested separately.
 */
const PLAN: readonly { headline: Kind; text: Kind[] }[] = [
  { headline: 'img', text: ['svg', 'js', 'template'] },
  { headline: 'svg', text: ['script', 'js'] },
  { headline: 'link', text: ['svg', 'template'] },
  { headline: 'js', text: ['img', 'template'] },
  { headline: 'template', text: ['link', 'js'] },
  { headline: 'script', text: ['svg', 'js', 'template'] },
];
const hostileArticles = KINDS.map((kind, i) => {
  const plan = PLAN[i]!;
  const inText = plan.text.map((k) => payloads(`A${i}`)[k]);
  return {
    outlet: payloads('O')[kind],
    headline: `Vote ${i} delayed: ${payloads(`H${i}`)[plan.headline]}`,
    text: inText.map((p, n) => `Officials may delay vote ${i}.${n}, a source said of ${p} on Tuesday.`).join('\n\n'),
    expectedInText: inText,
  };
});
const htmlArticle = {
  outlet: 'Markup Wire',
  html: `<h1>Vote may slip</h1><p>Officials may delay the vote, a source said.</p><script>window.__xssM1=1;alert('M1')</script><img src=x onerror="window.__xssM2=1"><p onmouseover="window.__xssM3=1">Critics claimed the plan could fail.</p>`,
};

let browser: Browser;
let articleIds: number[] = [];

async function write(path: string, body: unknown): Promise<{ id?: number }> {
  const res = await fetch(url(path), {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id?: number };
}

beforeAll(async () => {
  expect(title.length).toBeLessThanOrEqual(300);
  await write('/api/stories', { slug, title, summary });
  for (const article of hostileArticles) {
    const { id } = await write(`/api/stories/${slug}/articles`, { outlet: article.outlet, headline: article.headline, text: article.text });
    articleIds.push(id!);
  }
  articleIds.push((await write(`/api/stories/${slug}/articles`, htmlArticle)).id!);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page, recording every dialog (and dismissing it). */
async function open(path: string): Promise<PageSession & { dialogs: string[] }> {
  const session = await openPage(browser, null);
  const dialogs: string[] = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await session.page.goto(url(path), { waitUntil: 'load' });
  return { ...session, dialogs };
}

/** Flags set by payloads that ran. */
function ranPayloads(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__xss')));
}

/**
 * Elements that could only have come from a payload parsed as markup: any event-handler attribute,
 * any javascript: URL, an <img src=x>, an inline <script>, an <iframe>.
 */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (el) =>
          [...el.attributes].some((attr) => attr.name.startsWith('on') || /^\s*javascript:/i.test(attr.value)) ||
          (el.tagName === 'IMG' && el.getAttribute('src') === 'x') ||
          (el.tagName === 'SCRIPT' && !el.hasAttribute('src')) ||
          el.tagName === 'IFRAME',
      )
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Everything the page shows as text, in DOM order (includes <option> labels). */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

async function expectSafe(session: PageSession & { dialogs: string[] }): Promise<void> {
  expect(await ranPayloads(session.page)).toEqual([]);
  expect(session.dialogs).toEqual([]);
  expect(await injectedMarkup(session.page)).toEqual([]);
  expectNoProblems(session);
}

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
