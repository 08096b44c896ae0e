/**
 * `npm run bench:cpu`: CPU time the analyser takes for one request at the largest body the API
 * accepts (`MAX_BODY_BYTES`), against Workers' per-request CPU limits (free plan: 10 ms). Inputs:
 * news (the demo articles repeated) and every worst-case shape of lib/worst-cases.ts. The peer in
 * the same run is wink-nlp's `readDoc` on the same news text (`ratio`: its time / ours).
 * Prints the median of several runs per input, measured on the bundled analyser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MAX_BODY_BYTES } from '../worker/lib/limits';
import { bundledAnalyzer } from './lib/analyzer-bundle';
import { median } from './lib/stats';
import { fill, WORST_CASES } from './lib/worst-cases';

const FREE_PLAN_MS = 10;
const RUNS = 7;

/** The longest repetition of `piece` whose request body `{"text": …}` fits in `MAX_BODY_BYTES`. */
function largestText(piece: string): string {
  const bodyBytes = (text: string): number => Buffer.byteLength(JSON.stringify({ text }), 'utf8');
  let lo = 0;
  let hi = MAX_BODY_BYTES;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bodyBytes(fill(piece, mid)) <= MAX_BODY_BYTES) lo = mid;
    else hi = mid - 1;
  }
  return fill(piece, lo);
}

/** Median wall time of `fn` over RUNS runs, after one warm-up run. */
function time(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const dir = fileURLToPath(new URL('../demo/stories/xi-biden-election-2024/', import.meta.url));
const story = JSON.parse(readFileSync(`${dir}story.json`, 'utf8')) as { articles: { file: string }[] };
const news = largestText(story.articles.map((a) => readFileSync(dir + a.file, 'utf8')).join('\n\n') + '\n\n');

const bundle = await bundledAnalyzer();
try {
  const { analyze } = bundle;
  // warm-up on ordinary articles, so that the first input measured is not the JIT's
  for (let r = 0; r < 200; r++) analyze({ text: news.slice(0, 20_000) });
  const kb = (text: string): string => `${(Buffer.byteLength(text, 'utf8') / 1024).toFixed(0)} KB`;
  console.log(`largest request body: ${MAX_BODY_BYTES / 1024} KB; Workers free plan: ${FREE_PLAN_MS} ms CPU per request`);

  const newsMs = time(() => analyze({ text: news }));
  const nlp = winkNLP(model);
  const winkMs = time(() => nlp.readDoc(news));
  const perKb = newsMs / (Buffer.byteLength(news, 'utf8') / 1024);
  console.log(`news text (${kb(news)}): ${newsMs.toFixed(1)} ms; wink-nlp readDoc on the same text: ${winkMs.toFixed(1)} ms`);
  console.log(`news text that fits the free plan's ${FREE_PLAN_MS} ms: about ${Math.floor(FREE_PLAN_MS / perKb)} KB`);

  const rows = Object.entries(WORST_CASES).map(([name, piece]) => {
    const text = largestText(piece);
    return { name, size: kb(text), ms: time(() => analyze({ text })) };
  });
  rows.sort((a, b) => b.ms - a.ms);
  console.log('worst-case shapes at the largest body (slowest first):');
  for (const r of rows) console.log(`  ${r.name.padEnd(38)} ${r.size.padStart(7)} ${r.ms.toFixed(1).padStart(7)} ms${r.ms > FREE_PLAN_MS ? '  over the free plan' : ''}`);
  const over = rows.filter((r) => r.ms > FREE_PLAN_MS).length;
  console.log(`shapes over ${FREE_PLAN_MS} ms: ${over} of ${rows.length}; slowest ${rows[0]!.ms.toFixed(1)} ms`);
  console.log(`ratio: ${(winkMs / newsMs).toFixed(1)}`);
} finally {
  bundle.dispose();
}
