/**
 * Re-analyses stored articles whose analyser or lexicon version is outdated, by calling
 * POST /api/admin/reanalyze until nothing remains:
 *   npm run reanalyze [-- --base URL --limit N]
 * Uses the server at --base (default http://127.0.0.1:8787, token from ADMIN_TOKEN or .dev.vars) if
 * one answers; otherwise, for the default address, starts a temporary local server on the local
 * database (.wrangler/state), runs there, and stops it.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { apiRequest, isServerUp, type ApiTarget } from './lib/api-client';
import { adminTokenFrom } from './lib/dev-vars';
import { startLocalServer, type LocalServer } from './lib/local-server';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_BASE_URL = 'http://127.0.0.1:8787';
/** A bound on calls, so a server that never reports progress cannot keep us looping. */
const MAX_CALLS = 10_000;

interface ReanalyzeResponse {
  reanalyzed: number;
  failed: number[];
  remaining: number;
}

/** Calls the endpoint until nothing remains; stops early if a call makes no progress. */
export async function reanalyzeAll(target: ApiTarget, limit: number, log: (line: string) => void = console.log): Promise<{ total: number; failed: number[]; remaining: number }> {
  let total = 0;
  for (let call = 0; call < MAX_CALLS; call++) {
    const { body } = await apiRequest<ReanalyzeResponse>(target, 'POST', '/api/admin/reanalyze', { limit });
    total += body.reanalyzed;
    log(`re-analysed ${body.reanalyzed}, ${body.remaining} remaining`);
    if (body.remaining === 0 || body.reanalyzed === 0) return { total, failed: body.failed, remaining: body.remaining };
  }
  throw new Error(`gave up after ${MAX_CALLS} calls`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { base: { type: 'string', default: DEFAULT_BASE_URL }, limit: { type: 'string', default: '20' } },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new Error('--limit must be an integer from 1 to 100.');

  let server: LocalServer | null = null;
  let target: ApiTarget;
  if (await isServerUp(values.base)) {
    const token = adminTokenFrom(ROOT);
    if (!token) throw new Error('No ADMIN_TOKEN: set it in the environment or in .dev.vars.');
    target = { baseUrl: values.base, token };
  } else if (values.base === DEFAULT_BASE_URL) {
    console.log('No server on 127.0.0.1:8787; starting a temporary one on the local database…');
    server = await startLocalServer();
    target = { baseUrl: server.baseUrl, token: server.token };
  } else {
    throw new Error(`No Framelens server answers at ${values.base}.`);
  }
  try {
    const { total, failed, remaining } = await reanalyzeAll(target, limit);
    console.log(`Done: ${total} article(s) re-analysed.`);
    if (remaining > 0) {
      console.error(`${remaining} article(s) are still outdated; the analyser failed on: ${failed.join(', ') || 'unknown'}`);
      return 1;
    }
    return 0;
  } finally {
    await server?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`reanalyze: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
