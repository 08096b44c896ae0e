/**
 * /try in real Chromium: RT's demo text pasted (or opened as a file) is analysed in the page — its
 * "so-called" and ‘interference’ highlighted, its counts and profile equal to the stored RT
 * article's — and no request carries any of it (every request's URL and body is recorded). The
 * analyser is bundled on /try only; its gzipped size is measured and printed.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import type { StoryResponse } from '../../../worker/api-types';
import { ROOT } from '../../../scripts/lib/local-server';
import { launchChromium } from '../helpers/chromium';
import { expectNoProblems, openPage, type PageSession } from '../helpers/page';
import { saveScreenshot } from '../helpers/screenshots';
import { DEMO_SLUG, getJson, url } from '../helpers/server';

const RT_TEXT = readFileSync(`${ROOT}demo/stories/${DEMO_SLUG}/rt.txt`, 'utf8');
/** Phrases of the pasted text that must never leave the page (raw or URL-encoded). */
const DISTINCTIVE = ['Natasha Bertrand as a contributor', 'so-called “collusion”', 'icon bookmark-bicon'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Recorded extends PageSession {
  requests: { method: string; url: string; body: string }[];
}

async function openTry(): Promise<Recorded> {
  const session = await openPage(browser, null);
  const requests: Recorded['requests'] = [];
  session.page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() ?? '' }));
  await session.page.goto(url('/try'));
  await session.page.locator('#try-text').waitFor();
  return { ...session, requests };
}

function leaks(requests: Recorded['requests']): string[] {
  return requests.flatMap((r) => {
    const seen = `${r.url}\n${decodeURIComponent(r.url.replace(/\+/g, ' '))}\n${r.body}`;
    return DISTINCTIVE.filter((phrase) => seen.includes(phrase) || seen.includes(encodeURIComponent(phrase))).map((p) => `${r.method} ${r.url}: ${p}`);
  });
}

const marks = (page: Page, metric: string) => page.locator(`.try-highlighted mark.hl[data-metric="${metric}"]`).allTextContents();

describe('try your own text', () => {
  it('highlights RT’s “so-called” and ‘interference’ from pasted text, and sends none of it', async () => {
    const session = await openTry();
    const { page } = session;
    try {
      expect(await page.locator('#try-privacy').textContent()).toContain('nothing you paste or open is stored or sent anywhere');
      await page.locator('#try-text').fill(RT_TEXT);
      await page.locator('.try-highlighted mark.hl').first().waitFor();
      expect(await marks(page, 'scareQuotes')).toEqual(['‘interference’', '“interfering”', '“collusion”']);
      expect(await marks(page, 'skepticism')).toContain('so-called');
      expect(await page.locator('.try-highlighted .try-headline').textContent()).toBe('Xi gave Biden promise on 2024 election ‘interference’ – CNN');

      const local = analyze({ text: RT_TEXT });
      const row = (label: string) => page.locator('.try-metrics tbody tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');
      const skepticism = local.metrics.find((m) => m.metric === 'skepticism' && m.voice === 'outlet');
      expect(await row('Skepticism / distancing').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value))).toEqual([
        String(skepticism?.count), String(skepticism?.per1k), '0',
      ]);
      expect(await page.locator('.try-status').textContent()).toMatch(new RegExp(`^${local.wordCount} words analysed in your browser in (under 1|\\d+) ms\\.$`));

      // The stored RT article, analysed on the server, gives the same profile as the pasted text.
      await page.getByLabel('Compare with the outlets of a stored story').selectOption(DEMO_SLUG);
      const payload = await getJson<StoryResponse>(`/api/stories/${DEMO_SLUG}`);
      const rt = payload.articles.find((a) => a.label === 'RT');
      await expect.poll(() => page.locator('[data-chart="profile"]').evaluate((el) =>
        (el as HTMLElement & { framelensChart?: { data: { datasets: { label?: string }[] } } }).framelensChart?.data.datasets.map((d) => d.label))).toEqual(
        ['Your text', 'CNN', 'India Today', 'Mothership', 'RT', 'Unattributed'],
      );
      const series = await page.locator('[data-chart="profile"]').evaluate((el) => {
        const data = (el as HTMLElement & { framelensChart?: { data: { datasets: { label?: string; data: number[] }[] } } }).framelensChart?.data;
        return Object.fromEntries((data?.datasets ?? []).map((d) => [d.label, d.data]));
      });
      expect(series['Your text']).toEqual(series.RT);
      expect(series.RT?.[1]).toBe(rt?.metrics.skepticism.outlet.per1k);
      await saveScreenshot(page, 'try-rt');

      expect(session.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(leaks(session.requests)).toEqual([]);
      expect(session.requests.length).toBeGreaterThan(5);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('opens a .html file with FileReader and analyses it in the page, uploading nothing', async () => {
    const session = await openTry();
    const { page } = session;
    try {
      const html = `<!doctype html><html><body><h1>Xi gave Biden promise on 2024 election ‘interference’ – CNN</h1>${RT_TEXT.split('\n\n').slice(2).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}<script>window.__ran = 1</script></body></html>`;
      await page.locator('#try-file').setInputFiles({ name: 'rt.html', mimeType: 'text/html', buffer: Buffer.from(html) });
      await expect.poll(() => page.locator('.try-status').textContent()).toMatch(/\(from rt\.html\)\.$/);
      expect(await marks(page, 'skepticism')).toContain('so-called');
      expect(await marks(page, 'scareQuotes')).toContain('‘interference’');
      expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
      expect(await page.locator('.try-highlighted').textContent()).not.toContain('window.__ran');
      expect(session.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(leaks(session.requests)).toEqual([]);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('bundles the analyser on /try only, and measures its gzipped size', async () => {
    const scripts = async (path: string) => {
      const session = await openPage(browser, null);
      const bodies: { url: string; body: Buffer }[] = [];
      session.page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') bodies.push({ url: response.url(), body: await response.body() });
      });
      await session.page.goto(url(path), { waitUntil: 'networkidle' });
      await session.close();
      return bodies;
    };
    const tryJs = await scripts('/try');
    const storyJs = await scripts(`/stories/${DEMO_SLUG}`);
    const hasLexicon = (files: { body: Buffer }[]) => files.some((f) => f.body.toString('utf8').includes('guard.alleged-legal'));
    expect(hasLexicon(tryJs)).toBe(true);
    expect(hasLexicon(storyJs)).toBe(false);
    const gzipped = (files: { body: Buffer }[]) => files.reduce((sum, f) => sum + gzipSync(f.body).length, 0);
    const storyUrls = new Set(storyJs.map((f) => f.url));
    const tryOnly = tryJs.filter((f) => !storyUrls.has(f.url));
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `/try JavaScript: ${kb(gzipped(tryJs))} gzipped in ${tryJs.length} files, of which ${kb(gzipped(tryOnly))} in ` +
        `${tryOnly.length} files the story page does not load (the analyser, its lexicon and the page); ` +
        `story page JavaScript: ${kb(gzipped(storyJs))} gzipped`,
    );
    expect(tryOnly.length).toBeGreaterThan(0);
  });
});
