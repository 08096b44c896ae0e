/**
 * `npm start`: build the dashboard (when a build script exists), make sure .dev.vars has an
 * ADMIN_TOKEN, apply local migrations, serve with `wrangler dev` on http://127.0.0.1:8787 and seed the
 * demo stories (idempotently: a second start writes nothing). Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describeSeed, seedStories } from './seed';
import { ensureDevVarsToken } from './lib/dev-vars';
import { ROOT, startLocalServer } from './lib/local-server';

/** http://127.0.0.1:8787 unless PORT says otherwise. */
const PORT = Number(process.env.PORT) || 8787;

function hasBuildScript(): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return typeof pkg.scripts?.build === 'string';
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  if (hasBuildScript()) {
    console.log('Building the dashboard (npm run build)…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed.');
  }

  const { token, created } = ensureDevVarsToken(ROOT);
  if (created) console.log('Created .dev.vars with a random ADMIN_TOKEN (used for writes; keep it private).');

  if (!(await portIsFree(PORT))) {
    throw new Error(`Port ${PORT} is in use. Is Framelens already running? Stop it first.`);
  }

  console.log('Applying local migrations and starting wrangler dev…');
  let ready = false;
  const server = await startLocalServer({
    port: PORT,
    token,
    // Show wrangler's log once the server is up (request lines, errors); before that it is kept for errors.
    onOutput: (line) => {
      if (ready) console.log(line);
    },
  });

  let stopping = false;
  const shutdown = (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Framelens…');
    void server.stop().then(() => process.exit(code));
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  server.process.once('exit', (code) => {
    if (stopping) return;
    console.error(`wrangler dev exited (${code ?? 'signal'}).`);
    process.exit(code ?? 1);
  });

  try {
    for (const report of await seedStories({ baseUrl: server.baseUrl, token })) console.log(`Seeded ${describeSeed(report)}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  ready = true;
  console.log(`\nFramelens is running at ${server.baseUrl}  (Ctrl-C to stop)`);
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
