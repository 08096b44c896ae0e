/**
 * `npm run bench:page`: how fast the story page draws its charts and how many bytes it loads, with
 * Chart.js registered piece by piece (what ships) against the same page on the full Chart.js bundle
 * (`chart.js/auto`), measured in the same run in headless Chromium.
 *
 * 1. Builds story.html twice with Vite into a temporary folder (identical config; `full` aliases
 *    charts/chart-setup.ts to chart-setup-full.ts). dist/dashboard is not touched.
 * 2. Starts a seeded local Framelens (`wrangler dev`, free port, temporary database) and, in front
 *    of it, a small proxy that serves both builds under /__bench/ (gzipped, as production would) and
 *    passes everything else (the API) through: one origin, the same data, the same path for both.
 * 3. After a warm-up, loads each variant cold (a fresh browser context each time) in alternating
 *    order, RUNS times, reading `performance.mark('framelens:charts-drawn')` (ms after navigation
 *    start) and the bytes transferred (Resource Timing); prints medians and the ratio full ÷ lean.
 * Everything it started stops in `finally` (proxy, server, browser, temporary folders). Bounded:
 * each load times out after 30 s.
 *
 * Options: --runs N (default 7), --cpu-throttle N (CPU slowdown factor, default 1),
 * --network none|4g|3g (emulated latency and bandwidth, default none).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { pageAssets } from '../test/browser/helpers/build';
import { launchChromium } from '../test/browser/helpers/chromium';
import { startLocalServer, type LocalServer } from './lib/local-server';
import {
  buildChartJsVariant,
  loadOnce,
  median,
  NETWORKS,
  startBenchProxy,
  VARIANTS,
  type BenchProxy,
  type Load,
  type NetworkName,
  type Variant,
} from './lib/page-bench';

// Older benchmarks (bench:embed) import the variant builder from here.
export { BENCH_DIR, buildChartJsVariant, VARIANTS, type Variant } from './lib/page-bench';

const SLUG = 'xi-biden-election-2024';
const DESCRIPTIONS: Record<Variant, string> = { lean: 'pieces, as shipped', full: 'chart.js/auto' };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(32) : c.padEnd(15))).join('').trimEnd();

function options(): { runs: number; cpuThrottle: number; network: NetworkName } {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      'cpu-throttle': { type: 'string', default: '1' },
      network: { type: 'string', default: 'none' },
    },
  });
  if (!(values.network in NETWORKS)) throw new Error(`--network must be one of ${Object.keys(NETWORKS).join(', ')}`);
  return {
    runs: Math.max(1, Math.min(50, Number(values.runs) || 7)),
    cpuThrottle: Math.max(1, Math.min(20, Number(values['cpu-throttle']) || 1)),
    network: values.network as NetworkName,
  };
}

async function main(): Promise<void> {
  const { runs, cpuThrottle, network } = options();
  const builds = mkdtempSync(join(tmpdir(), 'fl-bench-page-build-'));
  const benchRoot = join(builds, '__bench'); // pages request /__bench/<variant>/…
  const persistTo = mkdtempSync(join(tmpdir(), 'fl-bench-page-db-'));
  let server: LocalServer | undefined;
  let proxy: BenchProxy | undefined;
  let browser: Browser | undefined;
  try {
    console.log('Building both variants of the story page…');
    const gzip = {} as Record<Variant, number>;
    for (const variant of VARIANTS) {
      const dir = await buildChartJsVariant('story.html', variant, benchRoot);
      gzip[variant] = pageAssets(join(dir, 'story.html'), builds).reduce((sum, a) => sum + a.gzipBytes, 0);
    }

    console.log('Starting a seeded local server…');
    server = await startLocalServer({ seed: true, persistTo });
    proxy = await startBenchProxy(server.baseUrl, benchRoot);
    browser = await launchChromium();
    const url = (variant: Variant) => `${proxy?.baseUrl}/__bench/${variant}/story?story=${SLUG}`;
    const conditions = { cpuThrottle, network };

    // Warm-up: the first responses of wrangler dev and the first pages of Chromium are slow for
    // reasons that have nothing to do with the page.
    for (const variant of VARIANTS) await loadOnce(browser, url(variant), conditions);

    const loads: Record<Variant, Load[]> = { lean: [], full: [] };
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) loads[variant].push(await loadOnce(browser, url(variant), conditions));
    }

    const summary = (variant: Variant) => ({
      drawn: median(loads[variant].map((l) => l.drawnMs)),
      transferred: median(loads[variant].map((l) => l.transferredBytes)),
      code: median(loads[variant].map((l) => l.scriptStyleBytes)),
      gzip: gzip[variant],
    });
    const lean = summary('lean');
    const full = summary('full');
    console.log(
      `\nStory page (${SLUG}), median of ${runs} cold loads per variant; Chromium ${browser.version()}, 1280×800,` +
        ` CPU throttle ${cpuThrottle}×, network ${network}:\n`,
    );
    console.log(row(['', 'charts drawn', 'transferred', 'JS+CSS sent', 'JS+CSS gzipped']));
    for (const [variant, r] of [['lean', lean], ['full', full]] as const) {
      console.log(row([`${variant} (${DESCRIPTIONS[variant]})`, `${r.drawn.toFixed(0)} ms`, kb(r.transferred), kb(r.code), kb(r.gzip)]));
    }
    console.log(row(['ratio full ÷ lean', ratio(full.drawn, lean.drawn), ratio(full.transferred, lean.transferred), ratio(full.code, lean.code), ratio(full.gzip, lean.gzip)]));
    console.log('\n"transferred": everything the page fetched (HTML, JS, CSS, API JSON); "JS+CSS gzipped": the');
    console.log('files as a compressing server sends them, the figure the 100 KB budget is about.');
  } finally {
    await browser?.close().catch(() => undefined);
    await proxy?.stop();
    await server?.stop();
    rmSync(builds, { recursive: true, force: true });
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
