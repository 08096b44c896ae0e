/**
 * End to end on the real runtime: the local server harness (migrations + wrangler dev + seeding),
 * idempotent re-seeding, the ingest CLI and re-analysis against it, and a clean stop.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryResponse } from '../../../worker/api-types';
import { reanalyzeAll } from '../../../scripts/reanalyze';
import { ROOT, startLocalServer, type LocalServer } from '../../../scripts/lib/local-server';
import { seedStories } from '../../../scripts/seed';

const run = promisify(execFile);
const persistTo = mkdtempSync(join(tmpdir(), 'fl-local-server-'));
let server: LocalServer;

async function story(slug = 'xi-biden-election-2024'): Promise<StoryResponse> {
  const res = await fetch(`${server.baseUrl}/api/stories/${slug}`);
  expect(res.status).toBe(200);
  return (await res.json()) as StoryResponse;
}

/** SQL against the server's local D1 through wrangler, as an operator would. */
async function d1(sql: string): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/wrangler'), ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--command', sql], {
    cwd: ROOT,
    env: { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false' },
  });
}

beforeAll(async () => {
  server = await startLocalServer({ persistTo, seed: true });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('startLocalServer', () => {
  it('serves the seeded demo story: five articles, one unattributed, each with metrics', async () => {
    const payload = await story();
    expect(payload.articles.map((a) => a.label)).toEqual(['CNN', 'India Today', 'Mothership', 'RT', 'Unattributed']);
    expect(payload.articles.map((a) => a.published)).toEqual(['2024-01-30', '2024-01-31', '2024-01-31', '2024-01-30', null]);
    expect(payload.outlets.map((o) => [o.name, o.country])).toEqual([
      ['CNN', 'US'],
      ['India Today', 'IN'],
      ['Mothership', 'SG'],
      ['RT', 'RU'],
    ]);
    for (const article of payload.articles) {
      expect(article.wordCount).toBeGreaterThan(300);
      expect(Object.values(article.metrics.hedging).some((cell) => cell.count > 0)).toBe(true);
    }
    expect(payload.story).toMatchObject({ revision: 5, articleCount: 5, outletCount: 4 });
  });

  it('re-seeds idempotently: nothing new, same ids, same revision', async () => {
    const before = await story();
    const [report] = await seedStories({ baseUrl: server.baseUrl, token: server.token });
    expect(report).toMatchObject({ slug: 'xi-biden-election-2024', storyCreated: false });
    expect(report?.articles.map((a) => a.created)).toEqual([false, false, false, false, false]);
    expect(report?.articles.map((a) => a.id)).toEqual(before.articles.map((a) => a.id));
    expect((await story()).story.revision).toBe(5);
  });

  it('rejects writes without its token', async () => {
    const res = await fetch(`${server.baseUrl}/api/stories`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('takes files from the ingest CLI: created, then existing', async () => {
    const file = join(persistTo, 'extra.html');
    writeFileSync(file, '<h1>Extra report</h1><p>Officials may have discussed the election, a source said.</p>');
    const env = { ...process.env, ADMIN_TOKEN: server.token };
    const args = ['tsx', 'scripts/ingest.ts', '--story', 'xi-biden-election-2024', '--outlet', 'Extra News', '--base', server.baseUrl, file];
    const first = await run('npx', args, { cwd: ROOT, env });
    expect(first.stdout.trim()).toMatch(new RegExp(`^\\d+ created ${file}$`));
    const second = await run('npx', args, { cwd: ROOT, env });
    expect(second.stdout.trim()).toBe(first.stdout.trim().replace('created', 'existing'));
    const failed = await run('npx', [...args.slice(0, 3), 'no-such-story', ...args.slice(4)], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('There is no story "no-such-story"');
    expect((await story()).articles.map((a) => a.label)).toContain('Extra News');
  }, 60_000);

  it('re-analyses outdated articles until none remain', async () => {
    await d1("UPDATE articles SET analyzer_version = '0.0.1', word_count = 0");
    const lines: string[] = [];
    const result = await reanalyzeAll({ baseUrl: server.baseUrl, token: server.token }, 2, (line) => lines.push(line));
    expect(result).toEqual({ total: 6, failed: [], remaining: 0 });
    expect(lines.at(-1)).toBe('re-analysed 2, 0 remaining');
    const payload = await story();
    expect(payload.articles.every((a) => a.analyzerVersion !== '0.0.1' && a.wordCount > 0)).toBe(true);
  }, 60_000);

  it('stops wrangler and workerd', async () => {
    const pid = server.process.pid!;
    await server.stop();
    // Every process of the group is gone (exited children may linger briefly as zombies until reaped).
    const alive = () => {
      try {
        process.kill(-pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
    await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();
  });
});
