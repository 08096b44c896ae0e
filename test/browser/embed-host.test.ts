/**
 * Widgets embedded in a newsroom page on another origin, in real Chromium: two widgets pasted as
 * their oEmbed embed code (iframe + /embed.js) both draw; the host script sizes each iframe to the
 * height its widget reports, and again after the reader's window is resized; forged height
 * messages are ignored; clicking through opens the story page. Without the script, a bare iframe
 * at the height the embed code states shows the whole widget without scrolling.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryResponse } from '../../worker/api-types';
import { stageHeight } from '../../worker/widgets/layout';
import type { WidgetChart } from '../../worker/widgets/options';
import { launchChromium } from './helpers/chromium';
import { serveHostSite, type HostSite } from './helpers/host-site';
import { saveScreenshot } from './helpers/screenshots';
import { baseUrl, DEMO_SLUG, getJson, url } from './helpers/server';

interface Oembed {
  html: string;
  height: number;
  width: number;
  title: string;
}

interface HeightReport {
  origin: string;
  id: string;
  height: number;
}

let browser: Browser;
let site: HostSite;
let payload: StoryResponse;
const widgets: { chart: WidgetChart; path: string; id: string; oembed: Oembed }[] = [];

/** Records every framelens:height message the host receives (the host's own inline script). */
const RECORDER = `<script>window.reports = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'framelens:height') reports.push({ origin: e.origin, id: e.data.id, height: e.data.height }); });</script>`;
const STYLE = '<style>body { margin: 0 auto; padding: 0 16px; max-width: 760px; font-family: Georgia, serif; } iframe { display: block; border: 0; }</style>';

function page(body: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Newsroom article</title>${STYLE}${RECORDER}<article><h1>What the leaders said</h1>${body}</article></html>`;
}

beforeAll(async () => {
  payload = await getJson<StoryResponse>(`/api/stories/${DEMO_SLUG}`);
  for (const [chart, path] of [
    [{ kind: 'sourcing' }, 'sourcing'],
    [{ kind: 'metric', metric: 'hedging' }, 'metric/hedging'],
  ] as const) {
    const widgetUrl = url(`/embed/${DEMO_SLUG}/${path}?rev=${payload.revision}`);
    const oembed = await getJson<Oembed>(`/oembed?url=${encodeURIComponent(widgetUrl)}&format=json`);
    widgets.push({ chart, path, id: `framelens-${DEMO_SLUG}-${path.replace('/', '-')}`, oembed });
  }
  const [sourcing, hedging] = widgets;
  const bare = (w: (typeof widgets)[number]) =>
    `<iframe src="${url(`/embed/${DEMO_SLUG}/${w.path}?rev=${payload.revision}`)}" title="${w.oembed.title}" width="600" height="${w.oembed.height}"></iframe>`;
  site = await serveHostSite({
    '/article.html': page(`<p>Lede.</p>${sourcing!.oembed.html}<p>Middle.</p>${hedging!.oembed.html}<p>End.</p>
      <iframe id="forger" srcdoc="<script>parent.postMessage({ type: 'framelens:height', id: '${sourcing!.id}', height: 4444 }, '*')</script>"></iframe>`),
    '/bare.html': page(`${bare(sourcing!)}${bare(hedging!)}`),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function frameOf(host: Page, index: number): Promise<Frame> {
  const handle = await host.locator('iframe[src*="/embed/"]').nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no widget frame #${index}`);
  await frame.waitForSelector('html[data-charts-drawn]', { state: 'attached', timeout: 20_000 });
  return frame;
}

/** Pixels of the widget's chart canvas that are not transparent. */
function paintedPixels(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#widget-stage canvas');
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
    return painted;
  });
}

/** The iframe's height on the host, and the last height its widget (on the Framelens origin) reported. */
function heights(host: Page, index: number): Promise<{ iframe: number; reported: number | undefined }> {
  return host.evaluate(({ i, origin }) => {
    const frame = document.querySelectorAll('iframe[data-framelens]')[i] as HTMLIFrameElement;
    const id = new URL(frame.src).searchParams.get('id');
    const reports = (window as unknown as { reports: HeightReport[] }).reports.filter((r) => r.id === id && r.origin === origin);
    return { iframe: frame.getBoundingClientRect().height, reported: reports[reports.length - 1]?.height };
  }, { i: index, origin: new URL(baseUrl()).origin });
}

/** Waits until the host script has applied the widget's latest report; returns that height. */
async function settledHeight(host: Page, index: number): Promise<number> {
  await expect.poll(async () => {
    const h = await heights(host, index);
    return h.reported !== undefined && Math.abs(h.iframe - h.reported) < 0.5;
  }, { timeout: 10_000 }).toBe(true);
  return (await heights(host, index)).iframe;
}

/** How the widget lays out inside its iframe. */
function layout(frame: Frame): Promise<{ stage: number; scroll: number; viewport: number; head: number }> {
  return frame.evaluate(() => ({
    stage: document.getElementById('widget-stage')!.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
    head: document.getElementById('widget-head')!.getBoundingClientRect().height,
  }));
}

/**
 * Waits until the iframe has the height the widget last reported and, inside it, the page fits
 * without scrolling with the chart area at the chart's own natural height (reports settle once
 * fonts and layout have).
 */
async function expectNaturalFit(host: Page, frame: Frame, index: number): Promise<void> {
  const natural = stageHeight(widgets[index]!.chart, payload.articles.length);
  await expect
    .poll(async () => {
      const [h, inside] = [await heights(host, index), await layout(frame)];
      return Math.abs(h.iframe - (h.reported ?? -1)) < 0.5 && inside.scroll <= inside.viewport && Math.abs(inside.stage - natural) <= 1;
    }, { timeout: 10_000 })
    .toBe(true);
}

describe('widgets in a newsroom page on another origin', () => {
  it('draw both charts, and the host script sizes each iframe to its widget, also after a resize', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    try {
      const host = await context.newPage();
      await host.goto(site.url('/article.html'));
      expect(new URL(site.origin).origin).not.toBe(new URL(baseUrl()).origin);
      const frames = [await frameOf(host, 0), await frameOf(host, 1)];
      for (const frame of frames) expect(await paintedPixels(frame)).toBeGreaterThan(2000);

      const wide: number[] = [];
      for (const [i, frame] of frames.entries()) {
        // At its reported height the widget fits exactly, its chart at the size the chart asks for.
        await expectNaturalFit(host, frame, i);
        wide.push(await settledHeight(host, i));
      }
      await saveScreenshot(host, 'embed-host-wide');

      await host.setViewportSize({ width: 360, height: 900 });
      for (const [i, frame] of frames.entries()) {
        await expect.poll(() => settledHeight(host, i), { timeout: 10_000 }).toBeGreaterThan(wide[i]!);
        await expectNaturalFit(host, frame, i);
      }
      await saveScreenshot(host, 'embed-host-narrow');

      await host.setViewportSize({ width: 1000, height: 900 });
      for (const i of [0, 1]) await expect.poll(() => settledHeight(host, i), { timeout: 10_000 }).toBe(wide[i]);
    } finally {
      await context.close();
    }
  });

  it('ignores height messages that do not come from the widget’s own window', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    try {
      const host = await context.newPage();
      await host.goto(site.url('/article.html'));
      await frameOf(host, 0);
      const before = await settledHeight(host, 0);
      await host.evaluate((id) => window.postMessage({ type: 'framelens:height', id, height: 3333 }, '*'), widgets[0]!.id);
      await host.waitForFunction(() => (window as unknown as { reports: HeightReport[] }).reports.some((r) => r.height === 3333));
      expect(await host.evaluate(() => (window as unknown as { reports: HeightReport[] }).reports.some((r) => r.height === 4444))).toBe(true);
      expect((await heights(host, 0)).iframe).toBe(before);
      expect((await heights(host, 1)).iframe).not.toBe(4444);
      expect(await host.locator('#forger').evaluate((el) => el.getBoundingClientRect().height)).toBe(150);
    } finally {
      await context.close();
    }
  });

  it('opens the full story when the reader clicks through', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    try {
      const host = await context.newPage();
      await host.goto(site.url('/article.html'));
      const frame = await frameOf(host, 0);
      const link = frame.getByRole('link', { name: 'Full story on Framelens' });
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener');
      const [story] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await story.waitForSelector('html[data-charts-drawn]', { state: 'attached', timeout: 20_000 });
      expect(story.url()).toBe(url(`/stories/${DEMO_SLUG}`));
      expect(await story.title()).toContain(payload.story.title);
      expect(await story.evaluate(() => window.opener)).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('fits a bare iframe at the stated height, without the host script: nothing cut off, no scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 2000 } });
    try {
      const host = await context.newPage();
      await host.goto(site.url('/bare.html'));
      for (const [i, widget] of widgets.entries()) {
        const frame = await frameOf(host, i);
        const inside = await layout(frame);
        expect(inside.viewport).toBe(widget.oembed.height);
        expect(inside.scroll).toBeLessThanOrEqual(inside.viewport);
        // The chart fills the space the stated height leaves it: at least what it asks for.
        expect(inside.stage).toBeGreaterThanOrEqual(stageHeight(widget.chart, payload.articles.length) - 1);
        expect(await paintedPixels(frame)).toBeGreaterThan(2000);
      }
      await saveScreenshot(host, 'embed-bare-iframes');
    } finally {
      await context.close();
    }
  });
});

describe('the host script as a static file', () => {
  it('may be loaded by any site, is cached for an hour and revalidates with its ETag', async () => {
    const res = await fetch(url('/embed.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600');
    const etag = res.headers.get('ETag');
    expect(etag).toBeTruthy();
    await res.arrayBuffer();
    expect((await fetch(url('/embed.js'), { headers: { 'If-None-Match': etag! } })).status).toBe(304);
  });
});
