/**
 * The analyser as production runs it, for benchmarks: `worker/analysis/index.ts` bundled by esbuild
 * into one ES module (as wrangler bundles the Worker: no minification), written to a temporary
 * folder and imported from there. Running the TypeScript through tsx instead would measure tsx's
 * module wrappers (every cross-module import becomes a getter), not the analyser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { AnalyzeInput, ArticleAnalysis } from '../../worker/analysis/types';

export interface AnalyzerBundle {
  analyze: (input: AnalyzeInput) => ArticleAnalysis;
  /** Size of the bundle in bytes. */
  bytes: number;
  /** Removes the temporary folder. */
  dispose: () => void;
}

export async function bundledAnalyzer(): Promise<AnalyzerBundle> {
  const folder = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  try {
    const outfile = join(folder, 'analysis.mjs');
    const entry = fileURLToPath(new URL('../../worker/analysis/index.ts', import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile, write: true, metafile: true, logLevel: 'silent' });
    const bytes = Object.values(result.metafile.outputs).reduce((a, o) => a + o.bytes, 0);
    const mod = (await import(pathToFileURL(outfile).href)) as { analyze: AnalyzerBundle['analyze'] };
    return { analyze: mod.analyze, bytes, dispose: () => rmSync(folder, { recursive: true, force: true }) };
  } catch (e) {
    rmSync(folder, { recursive: true, force: true });
    throw e;
  }
}
