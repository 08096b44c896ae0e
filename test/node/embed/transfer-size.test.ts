/**
 * The widget budget (issue 6), measured on the build and on a seeded local server (`wrangler dev`
 * on a free port, temporary database): the host script /embed.js at most 2 KB gzipped, and one
 * widget — its page as the Worker serves it, every script and stylesheet the page loads (Chart.js
 * included, chunks followed transitively) and the story data — at most 80 KB gzipped.
 * Size, not time: timings are for `npm run bench:embed`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startLocalServer, type LocalServer } from '../../../scripts/lib/local-server';
import { DIST, pageAssets } from '../../browser/helpers/build';

const SLUG = 'xi-biden-election-2024';
const BUDGET_BYTES = 80 * 1024;
const CHART_JS_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'chart.js', 'package.json'), 'utf8')) as { version: string }).version;

/** Gzipped at level 9, as pageAssets() measures scripts and styles. */
const gzipped = (body: string | Buffer) => gzipSync(body, { level: 9 }).length;

let server: LocalServer;
let persistTo: string;

beforeAll(async () => {
  persistTo = mkdtempSync(join(tmpdir(), 'fl-widget-size-'));
  server = await startLocalServer({ persistTo, seed: true });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

async function served(path: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe('widget transfer budget', () => {
  it('keeps /embed.js at most 2 KB gzipped, a plain script, served as built', async () => {
    const built = readFileSync(join(DIST, 'embed.js'));
    expect(gzipped(built)).toBeLessThanOrEqual(2048);
    expect(built.toString('utf8')).toContain('framelens:height');
    expect(built.toString('utf8')).not.toMatch(/(^|[;}])\s*(import|export)\b/);
    expect(Buffer.from(await (await fetch(`${server.baseUrl}/embed.js`)).arrayBuffer()).equals(built)).toBe(true);
  });

  it.each(['profile', 'metric/hedging', 'sourcing', 'citations', 'headlines'])(
    'keeps the %s widget (page, scripts, styles and data) at most 80 KB gzipped',
    async (chart) => {
      const page = await served(`/embed/${SLUG}/${chart}`);
      const data = await served(`/api/stories/${SLUG}`);
      const assets = pageAssets(join(DIST, 'embed.html'));
      // The page the Worker serves loads the files dist/dashboard/embed.html names: one stylesheet, scripts.
      const named = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(named.filter((path) => path.endsWith('.css'))).toHaveLength(1);
      for (const path of named) expect(assets.map((a) => a.path)).toContain(path);
      const code = assets.filter((a) => a.kind === 'js').map((a) => readFileSync(join(DIST, a.path), 'utf8')).join('\n');
      expect(code).toContain(`"${CHART_JS_VERSION}"`);
      const parts = [['page', gzipped(page)], ...assets.map((a) => [a.path, a.gzipBytes] as const), ['data', gzipped(data)]] as const;
      const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
      const breakdown = parts.map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
      expect(total, `${chart}: ${total} bytes gzipped (${breakdown})`).toBeLessThanOrEqual(BUDGET_BYTES);
      expect(total).toBeGreaterThan(40 * 1024);
      console.log(`${chart} widget: ${(total / 1024).toFixed(1)} KB gzipped (${breakdown})`);
    },
  );
});
