/**
 * `npm run bench:load`: HTTP throughput of the story payload against a static file of similar size,
 * both served by the same local Worker (`wrangler dev`, seeded, on a free port, temporary database).
 *
 * autocannon runs against `GET /api/stories/xi-biden-election-2024` (a D1 lookup of the story's
 * version, then the cached payload) and against the built dashboard file closest in size (served by
 * Workers Static Assets), in alternating rounds after a warm-up so both see the same machine load.
 * Prints sizes, req/s, p50 and p99 latency, non-2xx counts and `ratio` (story req/s ÷ static req/s).
 * Exits 1 if any response was not 2xx. Bounded: about 25 s of load plus server start-up.
 */
import autocannon, { type Result } from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT, startLocalServer } from './lib/local-server';

const SLUG = 'xi-biden-election-2024';
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const ROUND_SECONDS = 5;
const ROUNDS = 2;
const DIST = join(ROOT, 'dist', 'dashboard');

interface Target {
  name: string;
  url: string;
  bytes: number;
  rounds: Result[];
}

/** Builds the dashboard unless a build is there. */
function ensureBuilt(): void {
  if (existsSync(join(DIST, 'index.html'))) return;
  console.log('Building the dashboard (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed.');
}

/** Every file Workers Static Assets would serve from the build, with its size. */
function builtFiles(dir = DIST): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('__') ? [] : builtFiles(full);
    if (entry.name.startsWith('_') || entry.name.endsWith('.html')) return [];
    return [{ path: `/${relative(DIST, full).split(sep).join('/')}`, bytes: statSync(full).size }];
  });
}

/** The built file whose size is closest to `bytes`. */
function closestFile(bytes: number): { path: string; bytes: number } {
  const files = builtFiles().sort((a, b) => Math.abs(a.bytes - bytes) - Math.abs(b.bytes - bytes));
  if (!files[0]) throw new Error(`No built files in ${DIST}.`);
  return files[0];
}

async function bodyBytes(url: string): Promise<number> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

function load(url: string, seconds: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function summary(target: Target) {
  const requests = target.rounds.reduce((n, r) => n + r.requests.total, 0);
  const seconds = target.rounds.reduce((n, r) => n + r.duration, 0);
  const mean = (pick: (r: Result) => number) => target.rounds.reduce((n, r) => n + pick(r), 0) / target.rounds.length;
  return {
    reqPerSecond: requests / seconds,
    p50: mean((r) => r.latency.p50),
    p99: mean((r) => r.latency.p99),
    non2xx: target.rounds.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
  };
}

async function main(): Promise<void> {
  ensureBuilt();
  const persistTo = mkdtempSync(join(tmpdir(), 'fl-bench-load-'));
  console.log('Starting a seeded local server (wrangler dev, temporary database)…');
  const server = await startLocalServer({ seed: true, persistTo });
  try {
    const storyUrl = `${server.baseUrl}/api/stories/${SLUG}`;
    const storyBytes = await bodyBytes(storyUrl);
    const file = closestFile(storyBytes);
    const fileUrl = `${server.baseUrl}${file.path}`;
    const targets: Target[] = [
      { name: `story JSON  ${`/api/stories/${SLUG}`}`, url: storyUrl, bytes: storyBytes, rounds: [] },
      { name: `static file ${file.path}`, url: fileUrl, bytes: await bodyBytes(fileUrl), rounds: [] },
    ];
    for (const t of targets) console.log(`${t.name}: ${kb(t.bytes)}`);

    console.log(`Warm-up: ${WARMUP_SECONDS} s each. Then ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s, ${CONNECTIONS} connections.`);
    for (const t of targets) await load(t.url, WARMUP_SECONDS);
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of round % 2 === 0 ? targets : [...targets].reverse()) t.rounds.push(await load(t.url, ROUND_SECONDS));
    }

    const [story, stat] = targets.map(summary) as [ReturnType<typeof summary>, ReturnType<typeof summary>];
    console.log('');
    for (const [t, s] of [[targets[0]!, story], [targets[1]!, stat]] as const) {
      console.log(
        `${t.name.padEnd(48)} ${s.reqPerSecond.toFixed(0).padStart(6)} req/s   p50 ${s.p50.toFixed(1)} ms   p99 ${s.p99.toFixed(1)} ms   non-2xx ${s.non2xx}`,
      );
    }
    console.log(`ratio: ${(story.reqPerSecond / stat.reqPerSecond).toFixed(2)} (story JSON req/s ÷ static file req/s; target ≥ 0.50)`);
    if (story.non2xx + stat.non2xx > 0) {
      console.error('Some responses were not 2xx (or failed); see the counts above.');
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
