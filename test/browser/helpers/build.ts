/**
 * Facts about the built dashboard (dist/dashboard), for browser tests, the page budget test and the
 * benchmarks: which files a built page loads, and their gzipped size.
 *
 * @example
 * const files = pageAssets(join(DIST, 'story.html'));
 * const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../../scripts/lib/local-server';

export const DIST = join(ROOT, 'dist', 'dashboard');

/** Latest modification time (ms) of any file under `dir` (node_modules and dotfiles skipped). */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface PageAsset {
  /** Path as the page requests it ("/assets/story-abc.js"). */
  path: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

/** URLs a page's HTML loads: module scripts, module preloads and stylesheets. */
function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url) refs.push(url);
  }
  return refs;
}

/** Chunks a built script imports, statically or with import(): "./chunk-abc.js" or "/assets/chunk.js". */
function scriptReferences(code: string, from: string): string[] {
  const refs: string[] = [];
  for (const match of code.matchAll(/["'`](\.{1,2}\/[^"'`]+?\.(?:js|css)|\/assets\/[^"'`]+?\.(?:js|css))["'`]/g)) {
    const ref = match[1] as string;
    refs.push(ref.startsWith('/') ? ref : posix.join(posix.dirname(from), ref));
  }
  return refs;
}

/**
 * Every JS and CSS file a built page loads (from `root`, default dist/dashboard): what its HTML
 * links, then every chunk those scripts import, transitively, including dynamic imports.
 * Sizes are raw and gzipped (level 9, as the budget assumes a compressing server).
 */
export function pageAssets(htmlFile: string, root = DIST): PageAsset[] {
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} does not exist: run \`npm run build\` first.`);
  const base = `/${posix.relative(root, dirname(htmlFile)).split('\\').join('/')}`.replace(/\/$/, '') || '';
  const queue = htmlReferences(readFileSync(htmlFile, 'utf8')).map((ref) => (ref.startsWith('/') ? ref : `${base}/${ref}`));
  const seen = new Map<string, PageAsset>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path) || !/\.(js|css)$/.test(path)) continue;
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`${htmlFile} loads ${path}, which is not in ${root}`);
    const content = readFileSync(file);
    const kind = path.endsWith('.css') ? 'css' : 'js';
    seen.set(path, { path, kind, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    if (kind === 'js') queue.push(...scriptReferences(content.toString('utf8'), path));
  }
  return [...seen.values()];
}
