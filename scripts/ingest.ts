/**
 * Posts article files to a running Framelens:
 *   npm run ingest -- --story SLUG [--outlet NAME] [--url URL] [--headline TEXT] [--published YYYY-MM-DD]
 *                     [--base URL] FILE...
 * `.html`/`.htm` files are sent as html, everything else as text. The token comes from ADMIN_TOKEN or
 * .dev.vars. Prints "<id> created|existing <file>" per file; exits 1 if any file failed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { apiRequest, ApiRequestError, ServerUnreachableError } from './lib/api-client';
import { adminTokenFrom } from './lib/dev-vars';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8787';

export interface IngestArgs {
  story: string;
  outlet: string | null;
  url: string | null;
  headline: string | null;
  published: string | null;
  base: string;
  files: string[];
}

export const USAGE =
  'usage: npm run ingest -- --story SLUG [--outlet NAME] [--url URL] [--headline TEXT] [--published YYYY-MM-DD] [--base URL] FILE...';

/** Parses the command line; throws with a usage message when it cannot. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      headline: { type: 'string' },
      published: { type: 'string' },
      base: { type: 'string', default: DEFAULT_BASE_URL },
    },
  });
  if (!values.story) throw new Error(`--story is required.\n${USAGE}`);
  if (positionals.length === 0) throw new Error(`Give at least one FILE.\n${USAGE}`);
  if (values.url !== undefined && positionals.length > 1) {
    throw new Error('--url names one article; give a single FILE with it.');
  }
  let base: URL;
  try {
    base = new URL(values.base);
  } catch {
    throw new Error(`--base must be a URL such as ${DEFAULT_BASE_URL}.`);
  }
  return {
    story: values.story,
    outlet: values.outlet ?? null,
    url: values.url ?? null,
    headline: values.headline ?? null,
    published: values.published ?? null,
    base: base.origin,
    files: positionals,
  };
}

/** The ingest request body for one file. */
export function ingestRequestBody(args: IngestArgs, file: string, content: string): Record<string, unknown> {
  return {
    ...(args.outlet ? { outlet: args.outlet } : {}),
    ...(args.url ? { url: args.url } : {}),
    ...(args.headline ? { headline: args.headline } : {}),
    ...(args.published ? { published: args.published } : {}),
    [/\.html?$/i.test(file) ? 'html' : 'text']: content,
  };
}

/** A one-line explanation of a failed request. */
export function explainFailure(error: unknown, args: IngestArgs): string {
  if (error instanceof ServerUnreachableError) return `${error.message} Start one with \`npm start\` or pass --base.`;
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return 'The server rejected the token: set ADMIN_TOKEN (or .dev.vars) to its ADMIN_TOKEN.';
    if (error.status === 404 && error.message.includes('No story')) return `There is no story "${args.story}" at ${args.base}.`;
    return `${error.status} ${error.code}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const args = parseIngestArgs(process.argv.slice(2));
  const token = adminTokenFrom(ROOT);
  if (!token) throw new Error('No ADMIN_TOKEN: set it in the environment or in .dev.vars (npm start creates one).');
  let failures = 0;
  for (const file of args.files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
      failures++;
      continue;
    }
    try {
      const { status, body } = await apiRequest<{ id: number }>(
        { baseUrl: args.base, token },
        'POST',
        `/api/stories/${encodeURIComponent(args.story)}/articles`,
        ingestRequestBody(args, file, content),
      );
      console.log(`${body.id} ${status === 201 ? 'created' : 'existing'} ${file}`);
    } catch (error) {
      console.error(`${file}: ${explainFailure(error, args)}`);
      failures++;
      if (error instanceof ServerUnreachableError || (error instanceof ApiRequestError && error.status === 401)) break;
    }
  }
  return failures === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
