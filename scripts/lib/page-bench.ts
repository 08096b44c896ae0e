/**
 * Pieces for page benchmarks in headless Chromium (scripts/bench-page.ts; reusable for widgets):
 * build a dashboard page with the Chart.js pieces or with `chart.js/auto`, serve the builds next to
 * a local Framelens from one origin, and time one cold load.
 *
 * @example
 * const dir = join(mkdtempSync(join(tmpdir(), 'fl-bench-')), '__bench');
 * await buildChartJsVariant('story.html', 'full', dir);       // → dir/full/, base /__bench/full/
 * const proxy = await startBenchProxy(server.baseUrl, dir);   // /__bench/* from dir, the rest → server
 * const load = await loadOnce(browser, `${proxy.baseUrl}/__bench/full/story?story=x`, {});
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { ROOT } from './local-server';
export { median } from './stats';

export const VARIANTS = ['lean', 'full'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * Default home of the variant builds: inside dist/dashboard, so a `wrangler dev` started AFTER the
 * build serves them at /__bench/<variant>/ (an `npm run build` meanwhile wipes them). A temporary
 * folder served by `startBenchProxy` avoids both.
 */
export const BENCH_DIR = join(ROOT, 'dist', 'dashboard', '__bench');

/**
 * Builds one dashboard page ('story.html', 'embed.html', …) into `<outRoot>/<variant>/` with base
 * `/__bench/<variant>/`. `full` swaps charts/chart-setup.ts for chart-setup-full.ts (`chart.js/auto`);
 * otherwise the two builds are identical.
 */
export async function buildChartJsVariant(page: string, variant: Variant, outRoot = BENCH_DIR): Promise<string> {
  const dashboard = join(ROOT, 'dashboard');
  const outDir = join(outRoot, variant);
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface BenchProxy {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Serves a built bench file, gzipped when the browser accepts it (as a production server would). */
function serveBuilt(req: IncomingMessage, res: ServerResponse, root: string, path: string): void {
  let file = normalize(join(root, path.replace(/^\/__bench\//, '')));
  if (!extname(file)) file += '.html';
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipSync(readFileSync(file)));
  } else {
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  }
}

/**
 * One origin for a benchmark: `/__bench/*` from `root` (the variant builds), everything else
 * (API, favicon) streamed unchanged to and from `upstream` (a local Framelens). Both variants go
 * through the same proxy, so its cost is the same for each.
 */
export async function startBenchProxy(upstream: string, root: string): Promise<BenchProxy> {
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench').pathname;
    if (path.startsWith('/__bench/')) return serveBuilt(req, res, normalize(root), path);
    const forward = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench proxy has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Network conditions for `loadOnce` (Chrome DevTools Protocol units: ms, bytes per second). */
export const NETWORKS = {
  none: null,
  '4g': { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  '3g': { latency: 300, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8 },
} as const;
export type NetworkName = keyof typeof NETWORKS;

export interface Load {
  /** ms from navigation start to performance.mark(mark). */
  drawnMs: number;
  /** Everything the page fetched (Resource Timing transferSize, navigation included). */
  transferredBytes: number;
  /** JS and CSS only. */
  scriptStyleBytes: number;
}

export interface LoadOptions {
  /** The performance mark that means "drawn" (default framelens:charts-drawn). */
  mark?: string;
  cpuThrottle?: number;
  network?: NetworkName;
  timeoutMs?: number;
}

/** One cold load in a fresh context: navigate, wait for the mark and the network to settle, read timings. */
export async function loadOnce(browser: Browser, url: string, options: LoadOptions = {}): Promise<Load> {
  const { mark = 'framelens:charts-drawn', cpuThrottle = 1, network = 'none', timeoutMs = 30_000 } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    const conditions = NETWORKS[network];
    if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    const problems: string[] = [];
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: timeoutMs }).catch((error: unknown) => {
      throw new Error(`${url}: "${mark}" never marked (${error instanceof Error ? error.message : error}); ${problems.join('; ')}`);
    });
    // Let the page's other requests (the reader's articles) finish, so bytes cover the first view.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    return await page.evaluate((name) => {
      // NOTE: no named helpers in here: tsx would wrap them in a `__name` call the page does not have.
      const entries = [
        ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
      ];
      return {
        drawnMs: performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
        transferredBytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
        scriptStyleBytes: entries.filter((e) => /\.(js|css)(\?|$)/.test(e.name)).reduce((sum, e) => sum + e.transferSize, 0),
      };
    }, mark);
  } finally {
    await context.close();
  }
}

