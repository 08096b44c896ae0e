/**
 * `npm run bench:page`: how fast the story page draws its charts and how many bytes it loads, with
 * Chart.js registered piece by piece (what ships) against the same page on the full Chart.js bundle
 * (`chart.js/auto`), measured in the same run in headless Chromium.
 *
 * 1. Builds story.html twice with Vite into dist/dashboard/__bench/{lean,full}/ (identical config;
 *    `full` aliases charts/chart-setup.ts to charts/chart-setup-full.ts).
 * 2. Starts a seeded local Framelens (`wrangler dev`, free port, temporary database), so both
 *    variants come from the same origin and read the same API.
 * 3. Loads each variant cold (a fresh browser context each time) in alternating order, RUNS times,
 *    and reads `performance.mark('framelens:charts-drawn')` (ms after navigation start) and the
 *    bytes transferred (Resource Timing), then prints medians and the ratio full ÷ lean.
 * Everything it started stops in `finally` (server, browser, build folders). Bounded: each load
 * times out after 30 s.
 *
 * Options: --runs N (default 7), --cpu-throttle N (Chromium CPU slowdown factor, default 1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { DIST, pageAssets } from '../test/browser/helpers/build';
import { launchChromium } from '../test/browser/helpers/chromium';
import { ROOT, startLocalServer } from './lib/local-server';

const SLUG = 'xi-biden-election-2024';
export const BENCH_DIR = join(DIST, '__bench');
export const VARIANTS = ['lean', 'full'] as const;
export type Variant = (typeof VARIANTS)[number];
const DESCRIPTIONS: Record<Variant, string> = {
  lean: 'pieces, as shipped',
  full: 'chart.js/auto',
};

interface Load {
  drawnMs: number;
  transferredBytes: number;
  scriptStyleBytes: number;
}

/**
 * Builds one dashboard page (e.g. 'story.html', 'embed.html') for one variant into
 * dist/dashboard/__bench/<variant>/, served at /__bench/<variant>/ by a local server started after
 * the build. `full` swaps charts/chart-setup.ts for chart-setup-full.ts (`chart.js/auto`).
 * Reusable by other page benchmarks; the caller removes BENCH_DIR when done.
 */
export async function buildChartJsVariant(page: string, variant: Variant): Promise<string> {
  const dashboard = join(ROOT, 'dashboard');
  const outDir = join(BENCH_DIR, variant);
  await build({
    configFile: false,
    root: dashboard,
    base: `/__bench/${variant}/`,
    publicDir: false,
    logLevel: 'warn',
    resolve: {
      alias: variant === 'full' ? [{ find: /^.*\/chart-setup$/, replacement: join(dashboard, 'src/charts/chart-setup-full.ts') }] : [],
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rollupOptions: { input: { page: join(dashboard, page) } },
    },
  });
  return outDir;
}

/** One cold load: fresh context, navigate, wait for the charts-drawn mark, read timings. */
async function loadOnce(browser: Browser, url: string, cpuThrottle: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (cpuThrottle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    }
    const failures: string[] = [];
    page.on('requestfailed', (r) => failures.push(r.url()));
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.url()} ${r.status()}`);
    });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page
      .waitForFunction(() => performance.getEntriesByName('framelens:charts-drawn').length > 0, null, { timeout: 30_000 })
      .catch((error: unknown) => {
        throw new Error(`${url}: charts not drawn (${error instanceof Error ? error.message : error}); ${failures.join('; ')}`);
      });
    // Let the reader's article requests finish, so transferred bytes cover the whole first view.
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    if (failures.length) throw new Error(`failed requests: ${failures.join(', ')}`);
    return await page.evaluate(() => {
      const drawn = performance.getEntriesByName('framelens:charts-drawn')[0]?.startTime ?? NaN;
      const entries = [
        ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
      ];
      // NOTE: no named helpers in here: tsx would wrap them in a `__name` call the page does not have.
      return {
        drawnMs: drawn,
        transferredBytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
        scriptStyleBytes: entries.filter((e) => /\.(js|css)(\?|$)/.test(e.name)).reduce((sum, e) => sum + e.transferSize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text: string, width: number) => text.padEnd(width);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'cpu-throttle': { type: 'string', default: '1' } } });
  const runs = Math.max(1, Math.min(50, Number(values.runs) || 7));
  const cpuThrottle = Math.max(1, Math.min(20, Number(values['cpu-throttle']) || 1));

  let server: Awaited<ReturnType<typeof startLocalServer>> | undefined;
  let browser: Browser | undefined;
  const persistTo = mkdtempSync(join(tmpdir(), 'fl-bench-page-'));
  try {
    console.log('Building both variants of the story page…');
    for (const variant of VARIANTS) await buildChartJsVariant('story.html', variant);
    const gzip = Object.fromEntries(
      VARIANTS.map((v) => [v, pageAssets(join(BENCH_DIR, v, 'story.html')).reduce((sum, a) => sum + a.gzipBytes, 0)]),
    ) as Record<Variant, number>;

    console.log('Starting a seeded local server…');
    server = await startLocalServer({ seed: true, persistTo });
    browser = await launchChromium();
    const url = (variant: Variant) => `${server?.baseUrl}/__bench/${variant}/story?story=${SLUG}`;

    // Warm-up (first wrangler responses and Chromium start-up are slow for reasons unrelated to the page).
    for (const variant of VARIANTS) await loadOnce(browser, url(variant), cpuThrottle);

    const loads: Record<Variant, Load[]> = { lean: [], full: [] };
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) loads[variant].push(await loadOnce(browser, url(variant), cpuThrottle));
    }

    const row = (variant: Variant) => {
      const l = loads[variant];
      return {
        drawn: median(l.map((x) => x.drawnMs)),
        transferred: median(l.map((x) => x.transferredBytes)),
        code: median(l.map((x) => x.scriptStyleBytes)),
        gzip: gzip[variant],
      };
    };
    const lean = row('lean');
    const full = row('full');
    const chromium = browser.version();
    console.log(
      `\nStory page (${SLUG}), median of ${runs} cold loads per variant, Chromium ${chromium}, 1280×800, CPU throttle ${cpuThrottle}×:\n`,
    );
    const head = [pad('', 32), pad('charts drawn', 14), pad('transferred', 14), pad('JS+CSS sent', 14), 'JS+CSS gzipped'];
    console.log(head.join(''));
    for (const [variant, r] of [['lean', lean], ['full', full]] as const) {
      console.log(
        [pad(`${variant} (${DESCRIPTIONS[variant]})`, 32), pad(`${r.drawn.toFixed(0)} ms`, 14), pad(kb(r.transferred), 14), pad(kb(r.code), 14), kb(r.gzip)].join(''),
      );
    }
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(
      [pad('ratio full ÷ lean', 32), pad(ratio(full.drawn, lean.drawn), 14), pad(ratio(full.transferred, lean.transferred), 14), pad(ratio(full.code, lean.code), 14), ratio(full.gzip, lean.gzip)].join(''),
    );
    console.log('\n"transferred" is everything the page fetched (HTML, JS, CSS, API JSON) as sent by wrangler dev;');
    console.log('"JS+CSS gzipped" is what a compressing server would send for the same files (the 100 KB budget).');
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(BENCH_DIR, { recursive: true, force: true });
    rmSync(persistTo, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
