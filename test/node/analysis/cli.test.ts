import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const rt = 'demo/stories/xi-biden-election-2024/rt.txt';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run analyze', () => {
  it('prints a table with counts, rates and evidence per file', () => {
    const r = cli('--outlet', 'RT', rt);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== rt.txt  (outlet: RT)');
    expect(r.stdout).toMatch(/Skepticism \/ distancing\s+10\s+34\.13\s+0\s+0\.00\s+“alleged” “supposedly” “claimed”/);
    expect(r.stdout).toContain('Natasha Bertrand (contributor, 2)');
  });

  it('prints the whole analysis as JSON with --json', () => {
    const r = cli('--json', '--outlet', 'RT', rt);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as { headline: string; citations: unknown[] };
    expect(a.headline).toBe('Xi gave Biden promise on 2024 election ‘interference’ – CNN');
    expect(a.citations).toHaveLength(6);
  });

  it('fails clearly on a missing file or a bad option', () => {
    const missing = cli('no/such/file.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('error: cannot read no/such/file.txt: ENOENT');
    const bad = cli('--outlet');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--outlet needs a name');
  });
});
