/**
 * Which analyser code produced a run: the repository commit and whether worker/analysis had
 * uncommitted changes (the versions alone do not say, if code changed without a version bump).
 */
import { spawnSync } from 'node:child_process';

/** "commit 3ffff43", "commit 3ffff43 with uncommitted changes in worker/analysis", or null without git. */
export function analyzerProvenance(repoRoot: string): string | null {
  const git = (...args: string[]): string | null => {
    const r = spawnSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', timeout: 10_000 });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  if (!commit) return null;
  const dirty = git('status', '--porcelain', '--', 'worker/analysis');
  return dirty ? `commit ${commit} with uncommitted changes in worker/analysis` : `commit ${commit}`;
}
