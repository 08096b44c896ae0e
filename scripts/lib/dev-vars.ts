/** Reads and creates `.dev.vars`, where the local ADMIN_TOKEN lives (gitignored). */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The value of `name` in a .dev.vars/.env-style text, or null. */
export function parseDevVar(text: string, name: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || match[1] !== name) continue;
    const value = match[2] ?? '';
    const quoted = /^(["'])(.*)\1$/.exec(value);
    return quoted ? (quoted[2] ?? '') : value;
  }
  return null;
}

/** ADMIN_TOKEN from the environment, else from `<root>/.dev.vars`, else null. */
export function adminTokenFrom(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ADMIN_TOKEN) return env.ADMIN_TOKEN;
  const path = join(root, '.dev.vars');
  return existsSync(path) ? parseDevVar(readFileSync(path, 'utf8'), 'ADMIN_TOKEN') : null;
}

/** Makes sure `<root>/.dev.vars` holds an ADMIN_TOKEN; says whether it had to create one. */
export function ensureDevVarsToken(root: string): { token: string; created: boolean } {
  const path = join(root, '.dev.vars');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const token = existing === null ? null : parseDevVar(existing, 'ADMIN_TOKEN');
  if (token) return { token, created: false };
  const fresh = randomBytes(32).toString('hex');
  const line = `ADMIN_TOKEN=${fresh}\n`;
  if (existing === null) {
    writeFileSync(path, `# Local secrets for wrangler dev (created by npm start; never commit).\n${line}`, { mode: 0o600 });
  } else {
    appendFileSync(path, `${existing.endsWith('\n') || existing === '' ? '' : '\n'}${line}`);
  }
  return { token: fresh, created: true };
}
