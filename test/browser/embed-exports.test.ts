/**
 * What the story page's Embed control hands out, and what pinned, themed and static widgets show,
 * in real Chromium: the PNG is a real PNG at 2× with the chart drawn in; the CSV parses and holds
 * the API's numbers; the copied embed code is the oEmbed endpoint's; a pinned widget keeps its
 * numbers after an ingest and points to the updated analysis; forced themes and static mode apply.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '../../worker/analysis/version';
import { METRIC_KEYS, VOICES } from '../../worker/analysis/types';
import type { StoryResponse } from '../../worker/api-types';
import { stageHeight } from '../../worker/widgets/layout';
import { csvRecords } from '../workers/csv-reader';
import { seriousViolations } from './helpers/axe';
import { waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { expectNoProblems, openPage } from './helpers/page';
import { adminToken, DEMO_SLUG, getJson, url } from './helpers/server';

let browser: Browser;
let payload: StoryResponse;

beforeAll(async () => {
  payload = await getJson<StoryResponse>(`/api/stories/${DEMO_SLUG}`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (which must come first). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.readUInt32BE(8)).toBe(13);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens the Embed panel of a story card and waits for its embed code. */
async function openEmbed(page: Page, card: string) {
  await page.locator(`#${card} .embed-toggle`).click();
  const panel = page.locator(`[data-embed-panel="${card}"]`);
  await expect.poll(() => panel.locator('textarea').inputValue(), { timeout: 10_000 }).toMatch(/^<iframe /);
  return panel;
}

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Share of the image's pixels that differ from its top-left (background) pixel, decoded in the page. */
function paintedShare(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) painted += 1;
    }
    return painted / (data.length / 4);
  }, bytes.toString('base64'));
}

describe('the Embed control on the story page', () => {
  it('downloads the chart as a PNG at 2×, with the chart drawn in', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}`, { context: { acceptDownloads: true } });
    try {
      await waitForChartsDrawn(session.page);
      for (const card of ['sourcing', 'headlines']) {
        const panel = await openEmbed(session.page, card);
        const png = await download(session.page, () => panel.locator('[data-action="png"]').click());
        expect(png.name).toBe(`${DEMO_SLUG}-r${payload.revision}-${card}.png`);
        const size = pngSize(png.bytes);
        expect(`${size.width}x${size.height}`).toBe(await panel.getAttribute('data-png-size'));
        expect(size.width).toBe(1600);
        expect(size.height % 2).toBe(0);
        if (card === 'sourcing') expect(size.height).toBeGreaterThan(2 * (stageHeight({ kind: 'sourcing' }, payload.articles.length) + 120));
        expect(await paintedShare(session.page, png.bytes)).toBeGreaterThan(0.03);
      }
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('downloads the CSV of the chart pinned to the revision shown, with the API’s numbers', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}`, { context: { acceptDownloads: true } });
    try {
      await waitForChartsDrawn(session.page);
      const panel = await openEmbed(session.page, 'profile');
      const csv = await download(session.page, () => panel.locator('[data-action="csv"]').click());
      expect(csv.name).toBe(`${DEMO_SLUG}-r${payload.revision}-metrics.csv`);
      const records = csvRecords(csv.bytes.toString('utf8'));
      expect(records).toHaveLength(payload.articles.length * METRIC_KEYS.length * VOICES.length);
      for (const article of payload.articles) {
        for (const metric of METRIC_KEYS) {
          for (const voice of VOICES) {
            const row = records.find((r) => r.article_id === String(article.id) && r.metric === metric && r.voice === voice);
            const cell = article.metrics[metric][voice];
            expect([row?.count, Number(row?.per1k)], `${article.label} ${metric} ${voice}`).toEqual([String(cell.count), cell.per1k]);
          }
        }
      }
      expect(records.some((r) => Number(r.per1k) > 0)).toBe(true);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('copies the oEmbed endpoint’s embed code and URL, pinned, for the chart and voice chosen', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}`);
    try {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
      await waitForChartsDrawn(session.page);
      const panel = await openEmbed(session.page, 'profile');
      const widget = url(`/embed/${DEMO_SLUG}/profile?rev=${payload.revision}`);
      const oembed = await getJson<{ html: string }>(`/oembed?url=${encodeURIComponent(widget)}&format=json`);
      await panel.locator('[data-action="copy-code"]').click();
      await expect.poll(() => session.page.evaluate(() => navigator.clipboard.readText())).toBe(oembed.html);
      await panel.locator('[data-action="copy-oembed"]').click();
      await expect.poll(() => session.page.evaluate(() => navigator.clipboard.readText())).toBe(url(`/oembed?url=${encodeURIComponent(widget)}&format=json`));

      await panel.getByLabel('Chart').selectOption('hedging');
      await panel.getByLabel('Voice').selectOption('quoted');
      const pinned = `/embed/${DEMO_SLUG}/metric/hedging?rev=${payload.revision}&amp;voice=quoted&amp;id=framelens-${DEMO_SLUG}-metric-hedging`;
      await expect.poll(() => panel.locator('textarea').inputValue()).toContain(pinned);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});

/** A story of the test's own (the demo story must stay as seeded). */
async function write(path: string, body: unknown): Promise<void> {
  const res = await fetch(url(path), {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
}

function widgetText(page: Page): Promise<{ source: string; updated: string | null; csv: string | null }> {
  return page.evaluate(() => ({
    source: document.querySelector('.widget__source')?.textContent ?? '',
    updated: document.querySelector('.widget__updated a')?.getAttribute('href') ?? null,
    csv: [...document.querySelectorAll('a')].find((a) => a.textContent === 'Get the data')?.getAttribute('href') ?? null,
  }));
}

describe('widgets', () => {
  it('keep a pinned revision’s numbers after an ingest, and link to the updated analysis', async () => {
    const slug = `embed-pin-${Date.now().toString(36)}`;
    await write('/api/stories', { slug, title: 'Pinned widget' });
    await write(`/api/stories/${slug}/articles`, { outlet: 'CNN', text: 'Officials may delay the vote, two people familiar with the matter said.\n\nThe so-called reform has allegedly stalled.' });
    const pinned = await openPage(browser, `/embed/${slug}/profile?rev=1`);
    try {
      await waitForChartsDrawn(pinned.page);
      expect(await widgetText(pinned.page)).toEqual({ source: `Framelens analysis of 1 article · method v${ANALYZER_VERSION}`, updated: null, csv: `/api/stories/${slug}/metrics.csv?rev=1` });
    } finally {
      await pinned.close();
    }
    await write(`/api/stories/${slug}/articles`, { outlet: 'RT', text: 'Critics claimed the plan could possibly fail.\n\nOfficials said nothing more.' });
    for (const [path, expected] of [
      [`/embed/${slug}/profile?rev=1`, { source: `Framelens analysis of 1 article · method v${ANALYZER_VERSION}`, updated: `/stories/${slug}`, csv: `/api/stories/${slug}/metrics.csv?rev=1` }],
      [`/embed/${slug}/profile`, { source: `Framelens analysis of 2 articles · method v${ANALYZER_VERSION}`, updated: null, csv: `/api/stories/${slug}/metrics.csv?rev=2` }],
    ] as const) {
      const session = await openPage(browser, path);
      try {
        await waitForChartsDrawn(session.page);
        expect(await widgetText(session.page)).toEqual(expected);
        const bars = await session.page.evaluate(() => (document.querySelector('[data-chart]') as HTMLElement & { framelensChart?: { data: { datasets: unknown[] } } }).framelensChart?.data.datasets.length);
        expect(bars).toBe(expected.source.includes('1 article') ? 1 : 2);
        if (expected.updated) {
          const link = session.page.getByRole('link', { name: 'Updated analysis available' });
          expect([await link.getAttribute('target'), await link.getAttribute('rel')]).toEqual(['_blank', 'noopener']);
        }
        expectNoProblems(session);
      } finally {
        await session.close();
      }
    }
  });

  it('apply a forced theme whatever the reader’s setting, and static=1 turns off interaction', async () => {
    const dark = await openPage(browser, `/embed/${DEMO_SLUG}/profile?theme=dark&static=1`, { colorScheme: 'light' });
    try {
      await waitForChartsDrawn(dark.page);
      const state = await dark.page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        events: (document.querySelector('[data-chart]') as HTMLElement & { framelensChart?: { options: { events?: unknown[] } } }).framelensChart?.options.events,
        toggles: document.querySelectorAll('.table-toggle').length,
        table: document.querySelectorAll('table tbody tr').length,
      }));
      expect(state).toEqual({ background: 'rgb(26, 28, 33)', events: [], toggles: 0, table: payload.articles.length });
      expectNoProblems(dark);
    } finally {
      await dark.close();
    }
    const light = await openPage(browser, `/embed/${DEMO_SLUG}/sourcing?theme=light`, { colorScheme: 'dark' });
    try {
      await waitForChartsDrawn(light.page);
      expect(await light.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    } finally {
      await light.close();
    }
  });

  it('show the data table over the chart on request, and pass axe in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const session = await openPage(browser, `/embed/${DEMO_SLUG}/sourcing`, { bypassCSP: true, colorScheme, viewport: { width: 600, height: 480 } });
      try {
        await waitForChartsDrawn(session.page);
        const toggle = session.page.getByRole('button', { name: 'Show data table' });
        await toggle.click();
        const table = session.page.locator('table');
        await table.waitFor({ state: 'visible' });
        expect(await table.locator('tbody th').allTextContents()).toEqual(payload.articles.map((a) => a.label));
        expect(await session.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(480);
        expect(await seriousViolations(session.page)).toEqual([]);
      } finally {
        await session.close();
      }
    }
  });
});
