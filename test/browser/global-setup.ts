/**
 * Starts ONE seeded local Framelens (`wrangler dev` on a free port, never 8787, with a fresh D1 in a
 * temp dir) for the whole browser project, and stops it afterwards.
 *
 * Tests read the server with `inject('baseUrl')` / `inject('adminToken')` (or the helpers in
 * helpers/server.ts). The demo story is seeded as in `npm start` and must stay as seeded: a test
 * that writes (ingests hostile articles, deletes…) creates a story of its own first.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startLocalServer } from '../../scripts/lib/local-server';
import { newestMtime } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the seeded local server. */
    baseUrl: string;
    /** Its ADMIN_TOKEN, for tests that write. */
    adminToken: string;
  }
}

/**
 * The browser tests read the built pages: refuse to run without a build, and say so loudly when
 * dashboard/ changed after it (`npm test` builds first; a lone `vitest --project browser` may not).
 */
function assertDashboardBuilt(): void {
  const built = join(ROOT, 'dist', 'dashboard', 'story.html');
  if (!existsSync(built)) throw new Error('dist/dashboard is not built: run `npm run build` (npm test does it first).');
  if (newestMtime(join(ROOT, 'dashboard')) > statSync(built).mtimeMs) {
    console.warn('WARNING: dashboard/ changed after the last build; these browser tests run the OLD build. Run `npm run build`.');
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertDashboardBuilt();
  const persistTo = mkdtempSync(join(tmpdir(), 'fl-browser-'));
  const server = await startLocalServer({ seed: true, persistTo }).catch((error: unknown) => {
    rmSync(persistTo, { recursive: true, force: true });
    throw error;
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('adminToken', server.token);
  return async () => {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
