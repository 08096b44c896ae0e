/**
 * `npm run bench:embed`: one widget (the demo story's framing profile, /embed/…/profile) as a
 * reader's browser gets it, with Chart.js registered piece by piece (what ships) against the same
 * widget on the full Chart.js bundle (`chart.js/auto`), measured in the same run.
 *
 * 1. Builds embed.html twice into dist/dashboard/__bench/{lean,full}/ (bench-page.ts's
 *    buildChartJsVariant: identical config, `full` aliases chart-setup.ts to chart-setup-full.ts).
 * 2. Starts a seeded local Framelens (`wrangler dev`, free port, temporary database).
 * 3. Loads the widget URL cold (a fresh browser context each time), in alternating order, RUNS
 *    times per variant. The Worker serves the widget page; the benchmark swaps its script and style
 *    tags for the variant's (the same rewrite for both), so both read the same page and data.
 *    Reads `framelens:charts-drawn` (ms after navigation start) and gzips every response body
 *    (page, scripts, styles, story JSON) for the total transfer.
 * Prints medians and the ratios widget ÷ full bundle. Everything it started stops in `finally`;
 * each load times out after 30 s.
 *
 * Options: --runs N (default 7).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/helpers/chromium';
import { BENCH_DIR, buildChartJsVariant, VARIANTS, type Variant } from './bench-page';
import { median } from './lib/page-bench';
import { startLocalServer } from './lib/local-server';

const WIDGET = '/embed/xi-biden-election-2024/profile';
const DESCRIPTIONS: Record<Variant, string> = { lean: 'widget, Chart.js pieces', full: 'same on chart.js/auto' };

/** Module scripts, module preloads and stylesheets in a page's head. */
const ASSET_TAGS = /\s*<(?:script type="module"[^>]*><\/script|link rel="(?:modulepreload|stylesheet)"[^>]*)>/g;

/** The served widget page with its asset tags replaced by those of a variant's built page. */
function withVariantAssets(html: string, variantPage: string): string {
  const tags = (variantPage.match(ASSET_TAGS) ?? []).join('');
  return html.replace(ASSET_TAGS, '').replace('</head>', `${tags}\n  </head>`);
}

interface Load {
  drawnMs: number;
  gzipBytes: number;
}

async function loadOnce(browser: Browser, baseUrl: string, variantPage: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 600, height: 1000 } });
  try {
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.url()} ${response.status()}`);
      bodies.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => failures.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
    await page.route(`${baseUrl}${WIDGET}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withVariantAssets(await response.text(), variantPage) });
    });
    await page.goto(`${baseUrl}${WIDGET}`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('framelens:charts-drawn').length > 0, null, { timeout: 30_000 }).catch(async (error: unknown) => {
      // Say what the page shows and what failed, so a slow server can be told from a broken page.
      const shows = await page.evaluate(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300)).catch(() => '(page gone)');
      throw new Error(`${WIDGET}: charts never drawn (${error instanceof Error ? error.message : String(error)}); page shows: "${shows}"; ${failures.join('; ') || 'no failed requests'}`);
    });
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    if (failures.length) throw new Error(`failed: ${failures.join(', ')}`);
    const drawnMs = await page.evaluate(() => performance.getEntriesByName('framelens:charts-drawn')[0]?.startTime ?? NaN);
    const sizes = await Promise.all(bodies);
    return { drawnMs, gzipBytes: sizes.reduce((sum, n) => sum + n, 0) };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  const runs = Math.max(1, Math.min(50, Number(values.runs) || 7));
  let server: Awaited<ReturnType<typeof startLocalServer>> | undefined;
  let browser: Browser | undefined;
  const persistTo = mkdtempSync(join(tmpdir(), 'fl-bench-embed-'));
  try {
    console.log('Building both variants of the widget page…');
    const pages = {} as Record<Variant, string>;
    for (const variant of VARIANTS) pages[variant] = readFileSync(join(await buildChartJsVariant('embed.html', variant), 'embed.html'), 'utf8');
    console.log('Starting a seeded local server…');
    server = await startLocalServer({ seed: true, persistTo });
    browser = await launchChromium();
    const baseUrl = server.baseUrl;
    for (const variant of VARIANTS) await loadOnce(browser, baseUrl, pages[variant]); // warm-up

    const loads: Record<Variant, Load[]> = { lean: [], full: [] };
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) loads[variant].push(await loadOnce(browser, baseUrl, pages[variant]));
    }
    const row = (variant: Variant) => ({
      drawn: median(loads[variant].map((l) => l.drawnMs)),
      bytes: median(loads[variant].map((l) => l.gzipBytes)),
    });
    const lean = row('lean');
    const full = row('full');
    console.log(`\n${WIDGET}, median of ${runs} cold loads per variant, Chromium ${browser.version()}, 600×1000:\n`);
    console.log(`${''.padEnd(34)}${'transfer (gzipped)'.padEnd(22)}time to drawn`);
    for (const [variant, r] of [['lean', lean], ['full', full]] as const) {
      console.log(`${`${variant} (${DESCRIPTIONS[variant]})`.padEnd(34)}${`${(r.bytes / 1024).toFixed(1)} KB`.padEnd(22)}${r.drawn.toFixed(0)} ms`);
    }
    console.log(`${'ratio widget ÷ full bundle'.padEnd(34)}${(lean.bytes / full.bytes).toFixed(2).padEnd(22)}${(lean.drawn / full.drawn).toFixed(2)}`);
    console.log('\nTransfer: every response body of the load (page, scripts, styles, story JSON), gzipped at level 9.');
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(BENCH_DIR, { recursive: true, force: true });
    rmSync(persistTo, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
