/**
 * `npm run analyze -- [--json] [--outlet NAME] [--passage] FILE...`
 * Runs the framing analyser on text or HTML files and prints a readable table per file (metric,
 * outlet and quoted counts with per-1k rates, a few evidence snippets), or with --json the whole
 * ArticleAnalysis.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { METRIC_DEFINITIONS, analyze, type ArticleAnalysis } from '../worker/analysis/index';

interface Options {
  json: boolean;
  passage: boolean;
  outlet: string | null;
  files: string[];
}

const USAGE = 'usage: npm run analyze -- [--json] [--outlet NAME] [--passage] FILE...';

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, passage: false, outlet: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--passage') options.passage = true;
    else if (arg === '--outlet') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--outlet needs a name');
      options.outlet = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new Error('no input file');
  return options;
}

const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const padLeft = (s: string | number, n: number): string => String(s).padStart(n);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function table(file: string, a: ArticleAnalysis, outlet: string | null): string {
  const lines: string[] = [];
  lines.push(`== ${basename(file)}${outlet === null ? '' : `  (outlet: ${outlet})`}`);
  lines.push(`headline:  ${a.headline ?? '—'}`);
  lines.push(`bylines:   ${a.bylines.join(', ') || '—'}    published: ${a.published ?? '—'}`);
  lines.push(`words:     ${a.wordCount} (outlet ${a.words.outlet}, quoted ${a.words.quoted}, ${(a.quotedShare * 100).toFixed(1)}% quoted)    sentences: ${a.sentenceCount}`);
  lines.push('');
  lines.push(`${pad('metric', 26)}${padLeft('outlet', 7)}${padLeft('per1k', 8)}${padLeft('quoted', 8)}${padLeft('per1k', 8)}   evidence`);
  for (const def of METRIC_DEFINITIONS) {
    const cell = (voice: 'outlet' | 'quoted') => a.metrics.find((m) => m.metric === def.key && m.voice === voice)!;
    const quoteMark = /^["“‘']/;
    const show = (text: string): string => (quoteMark.test(text) ? clip(text, 42) : `“${clip(text, 40)}”`);
    const snippets = [...new Set(a.evidence.filter((e) => e.metric === def.key).map((e) => show(e.text)))].slice(0, 3).join(' ');
    lines.push(
      `${pad(def.label, 26)}${padLeft(cell('outlet').count, 7)}${padLeft(cell('outlet').per1k.toFixed(2), 8)}${padLeft(cell('quoted').count, 8)}${padLeft(cell('quoted').per1k.toFixed(2), 8)}   ${snippets}`,
    );
  }
  lines.push('');
  lines.push(`people:    ${a.people.map((p) => `${p.name} (${p.role}, ${p.mentions.length})`).join('; ') || '—'}`);
  const counts = new Map<string, number>();
  for (const c of a.citations) counts.set(c.outlet, (counts.get(c.outlet) ?? 0) + 1);
  lines.push(`citations: ${[...counts].map(([o, n]) => `${o} ×${n}`).join(', ') || '—'}`);
  lines.push(`quotes:    ${a.quotes.map((q) => `${q.speaker ?? '(no speaker)'}: “${clip(q.text, 30)}”`).slice(0, 6).join('; ') || '—'}`);
  return lines.join('\n');
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`error: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  let status = 0;
  for (const file of options.files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`error: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      status = 1;
      continue;
    }
    const result = analyze({ text: raw, outlet: options.outlet, passage: options.passage });
    console.log(options.json ? JSON.stringify(result, null, 2) : `${table(file, result, options.outlet)}\n`);
  }
  return status;
}

process.exitCode = main();
