/**
 * Starts Framelens locally on the real runtime: applies the D1 migrations to a local database, runs
 * `wrangler dev` on 127.0.0.1, waits for /healthz, and optionally seeds the demo stories.
 * Used by `npm start`, the browser tests and the benchmarks.
 *
 * @example
 * const server = await startLocalServer({ persistTo: await mkdtemp(join(tmpdir(), 'fl-')), seed: true });
 * try { await fetch(`${server.baseUrl}/api/stories`); } finally { await server.stop(); }
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedStories } from '../seed';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');

export interface LocalServerOptions {
  /** 0 or undefined: pick a free port. */
  port?: number;
  /** Local D1 state directory (default .wrangler/state; tests pass a fresh temp dir). */
  persistTo?: string;
  /** Seed every story under demo/stories through the API once the server is up. */
  seed?: boolean;
  /** ADMIN_TOKEN for this server (default: random). Passed with --var, which wins over .dev.vars. */
  token?: string;
  /** How long to wait for /healthz (default 90 s). */
  readyTimeoutMs?: number;
  /** Receives wrangler's output lines (default: kept quietly for error messages). */
  onOutput?: (line: string) => void;
}

export interface LocalServer {
  baseUrl: string;
  token: string;
  /** The wrangler dev process (for callers that forward signals). */
  process: ChildProcess;
  /** Stops wrangler dev and every process it started. Safe to call twice. */
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Environment for wrangler child processes: non-interactive, no telemetry prompts. */
function wranglerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** Keeps the last lines of a process's output for error messages. */
class OutputTail {
  private lines: string[] = [];
  constructor(private readonly onLine?: (line: string) => void) {}
  push(chunk: Buffer): void {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      this.onLine?.(line);
      this.lines.push(line);
      if (this.lines.length > 60) this.lines.shift();
    }
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

/** Runs `wrangler d1 migrations apply DB --local` against `persistTo`. */
export async function applyLocalMigrations(persistTo: string, onOutput?: (line: string) => void): Promise<void> {
  const tail = new OutputTail(onOutput);
  const child = spawn(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    cwd: ROOT,
    env: wranglerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => tail.push(d));
  child.stderr.on('data', (d: Buffer) => tail.push(d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`wrangler d1 migrations apply failed (exit ${code}):\n${tail}`);
}

/** Sends `signal` to the process group led by `child` (wrangler and its workerd). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  // The group outlives its leader if workerd is still running, so no early return on exit.
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, tail: OutputTail, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`wrangler dev exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer ${baseUrl}/healthz within ${timeoutMs / 1000} s:\n${tail}`);
}

/** Starts the Worker locally; see the module comment. */
export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const persistTo = options.persistTo ?? join(ROOT, '.wrangler', 'state');
  const token = options.token ?? randomBytes(24).toString('hex');
  const port = options.port || (await freePort());
  // Workers Static Assets needs the directory to exist even before the dashboard is built.
  mkdirSync(join(ROOT, 'dist', 'dashboard'), { recursive: true });

  await applyLocalMigrations(persistTo, options.onOutput);

  const tail = new OutputTail(options.onOutput);
  const args = [
    'dev',
    '--ip', '127.0.0.1',
    '--port', String(port),
    '--inspector-port', String(await freePort()),
    '--persist-to', persistTo,
    '--var', `ADMIN_TOKEN:${token}`,
    '--show-interactive-dev-session=false',
  ];
  // detached: wrangler leads its own process group, so stop() can kill workerd with it.
  const child = spawn(WRANGLER, args, { cwd: ROOT, env: wranglerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.on('data', (d: Buffer) => tail.push(d));
  child.stderr?.on('data', (d: Buffer) => tail.push(d));
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      killGroup(child, 'SIGTERM');
      if (!(await exited(child, 5000))) {
        killGroup(child, 'SIGKILL');
        await exited(child, 5000);
      }
      process.removeListener('exit', killOnExit);
    })());

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, tail, options.readyTimeoutMs ?? 90_000);
    if (options.seed) await seedStories({ baseUrl, token });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, token, process: child, stop };
}
