/** Facts about the built dashboard (dist/dashboard) for browser tests and the page budget. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
