/**
 * `npm run eval -- [--corpus DIR] [--only NAME] [--errors]`: measures the analyser against the
 * human-annotated corpora in ../shared/eval (never copied into the repository), prints one line
 * per corpus, level and mapping, and writes docs/validity.md and docs/validity.json.
 * Exit codes: 0 done, 2 usage error or corpora not found, 1 anything else.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, ANALYZER_VERSION, LEXICON_VERSION } from '../../worker/analysis/index';
import { type EvalOptions, parseArgs, USAGE, UsageError } from './cli-args';
import { CORPORA, missingFiles } from './corpora';
import type { DevErrorTally } from './errors';
import { buildReport, formatLine } from './report/build';
import { renderMarkdown } from './report/markdown';
import type { CardResult } from './results';
import type { CorpusEntry } from './types';
import { analyzerProvenance } from './provenance';
import { runCorpus } from './run-corpus';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_CORPUS_DIR = resolve(REPO_ROOT, '../shared/eval');

function corpusHelp(dir: string, given: boolean): string {
  return [
    given ? `Corpus folder not found: ${dir}` : `No corpus folder at the default location ${dir}.`,
    'The evaluation corpora are third-party research data and are not part of the repository.',
    `Put them in ${DEFAULT_CORPUS_DIR} (szeged-uncertainty/, conll2010-wiki-sample/, basil/, babe/),`,
    'or pass their folder: npm run eval -- --corpus /path/to/eval',
  ].join('\n');
}

function main(argv: readonly string[]): number {
  let options: EvalOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = options.corpusDir ? resolve(options.corpusDir) : DEFAULT_CORPUS_DIR;
  if (!existsSync(dir)) {
    console.error(corpusHelp(dir, options.corpusDir !== null));
    return 2;
  }
  const selected = options.only ? CORPORA.filter((c) => options.only?.includes(c.id)) : CORPORA;
  const missing = missingFiles(dir, selected);
  if (missing.length > 0) {
    console.error(`Missing under ${dir}:\n${missing.map((m) => `  ${m}`).join('\n')}\nUse --only to run the corpora that are present.`);
    return 2;
  }

  const source = analyzerProvenance(REPO_ROOT);
  console.log(`Framelens validity: analyser ${ANALYZER_VERSION}, lexicon ${LEXICON_VERSION}${source ? ` (${source})` : ''}, corpora in ${dir}`);
  const results: CardResult[] = [];
  const diagnostics: string[] = [];
  const corpora: CorpusEntry[] = [];
  const tallies: DevErrorTally[] = [];
  const started = Date.now();
  for (const spec of selected) {
    const t0 = Date.now();
    const run = runCorpus(spec, dir, analyze, { errors: options.errors });
    console.log(`\n== ${spec.id} (${spec.role}, ${spec.title}): ${run.size} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    for (const r of run.results) console.log(formatLine(r));
    results.push(...run.results);
    diagnostics.push(...run.diagnostics);
    corpora.push({ id: spec.id, role: spec.role, title: spec.title, size: run.size });
    if (run.errors) tallies.push(run.errors);
  }
  console.log(`\n${diagnostics.join('\n')}\nall corpora: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const tally of tallies) console.log(`\n${tally.format(options.top, options.examples)}`);

  if (!options.write) return 0;
  if (selected.length !== CORPORA.length) {
    console.log('\ndocs/validity.* not written: they are written only when every corpus ran (no --only).');
    return 0;
  }
  const report = buildReport(
    results,
    corpora,
    { analyzerVersion: ANALYZER_VERSION, lexiconVersion: LEXICON_VERSION, source },
    new Date().toISOString().slice(0, 10),
  );
  writeFileSync(join(REPO_ROOT, 'docs/validity.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(REPO_ROOT, 'docs/validity.md'), renderMarkdown(report, { diagnostics }));
  console.log('\nwrote docs/validity.md and docs/validity.json');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
}
