/**
 * `npm run bench:cpu`: CPU time the analyser takes for one request at the longest text the API
 * analyses (`MAX_ARTICLE_CHARS`, in a body within `MAX_BODY_BYTES`), against Workers' per-request
 * CPU limit (free plan: 10 ms). Inputs: news (the demo articles repeated) and every worst-case shape
 * of lib/worst-cases.ts. The peer in the same run is wink-nlp's `readDoc` on the same news text
 * (`ratio`: its time / ours). Prints the median and the slowest of several runs per input (a
 * run's time includes the garbage collection it causes), measured on the bundled analyser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MAX_ARTICLE_CHARS, MAX_BODY_BYTES } from '../worker/lib/limits';
import { bundledAnalyzer } from './lib/analyzer-bundle';
import { median } from './lib/stats';
import { fill, WORST_CASES } from './lib/worst-cases';

const FREE_PLAN_MS = 10;
const RUNS = 7;

/** The longest repetition of `piece` the API analyses: at most `MAX_ARTICLE_CHARS`, in a request body `{"text": …}` within `MAX_BODY_BYTES`. */
function largestText(piece: string): string {
  const bodyBytes = (text: string): number => Buffer.byteLength(JSON.stringify({ text }), 'utf8');
  let lo = 0;
  let hi = MAX_ARTICLE_CHARS;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bodyBytes(fill(piece, mid)) <= MAX_BODY_BYTES) lo = mid;
    else hi = mid - 1;
  }
  return fill(piece, lo);
}

/** Median and slowest wall time of `fn` over RUNS runs, after one warm-up run. */
function time(fn: () => unknown): { ms: number; max: number } {
  fn();
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), max: Math.max(...runs) };
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
  console.log(`longest text analysed: ${MAX_ARTICLE_CHARS} characters (body at most ${MAX_BODY_BYTES / 1024} KB); Workers free plan: ${FREE_PLAN_MS} ms CPU per request`);

  const newsMs = time(() => analyze({ text: news })).ms;
  const nlp = winkNLP(model);
  const winkMs = time(() => nlp.readDoc(news)).ms;
  const perKb = newsMs / (Buffer.byteLength(news, 'utf8') / 1024);
  console.log(`news text (${kb(news)}): ${newsMs.toFixed(1)} ms; wink-nlp readDoc on the same text: ${winkMs.toFixed(1)} ms`);
  console.log(`news that fits the free plan's ${FREE_PLAN_MS} ms: about ${Math.floor(FREE_PLAN_MS / perKb)} KB`);

  const rows = Object.entries(WORST_CASES).map(([name, piece]) => {
    const text = largestText(piece);
    return { name, size: `${text.length} ch`, ...time(() => analyze({ text })) };
  });
  rows.sort((a, b) => b.ms - a.ms);
  console.log('worst-case shapes at the longest text (slowest median first): median, slowest run');
  for (const r of rows) {
    const note = r.ms > FREE_PLAN_MS ? '  over the free plan' : r.max > FREE_PLAN_MS ? '  one run over (garbage collection)' : '';
    console.log(`  ${r.name.padEnd(38)} ${r.size.padStart(9)} ${r.ms.toFixed(1).padStart(6)} ms ${r.max.toFixed(1).padStart(6)} ms${note}`);
  }
  const over = rows.filter((r) => r.ms > FREE_PLAN_MS).length;
  console.log(`shapes over ${FREE_PLAN_MS} ms (median): ${over} of ${rows.length}; slowest median ${rows[0]!.ms.toFixed(1)} ms`);
  console.log(`ratio: ${(winkMs / newsMs).toFixed(1)}`);
} finally {
  bundle.dispose();
}
