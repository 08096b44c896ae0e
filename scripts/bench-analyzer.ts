/**
 * `npm run bench:analyzer`: throughput of the framing analyser on the demo corpus, and of
 * wink-nlp's `readDoc` (wink-eng-lite-web-model) on the same texts in the same run.
 * Prints MB/s (UTF-8 bytes), median ms per article, the CNN text's median, and `ratio: N`
 * (Framelens throughput / wink-nlp throughput). Measured in alternating 0.5 s blocks so that both
 * see the same machine load; bounded to about 15 s in all.
 *
 * What is measured is what production runs: the bundled analyser (see lib/analyzer-bundle.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { bundledAnalyzer } from './lib/analyzer-bundle';
import { median } from './lib/stats';

const dir = fileURLToPath(new URL('../demo/stories/xi-biden-election-2024/', import.meta.url));
const story = JSON.parse(readFileSync(`${dir}story.json`, 'utf8')) as { articles: { file: string; outlet: string | null }[] };
const corpus = story.articles.map((a) => ({ file: a.file, outlet: a.outlet, text: readFileSync(dir + a.file, 'utf8') }));
const bytes = corpus.map((c) => Buffer.byteLength(c.text, 'utf8'));
const corpusBytes = bytes.reduce((a, b) => a + b, 0);

interface Result {
  mbPerSecond: number;
  medianMs: number;
  medianByFile: Map<string, number>;
  rounds: number;
}

type Runner = (text: string, outlet: string | null) => unknown;

/** Timings of one runner, accumulated over several blocks. */
class Timings {
  readonly perFile = new Map<string, number[]>(corpus.map((c) => [c.file, []]));
  readonly all: number[] = [];
  total = 0;
  rounds = 0;

  constructor(readonly run: Runner) {}

  /** Whole-corpus rounds for about `ms` milliseconds, timing each article. */
  block(ms: number): void {
    const started = performance.now();
    do {
      for (const c of corpus) {
        const t0 = performance.now();
        this.run(c.text, c.outlet);
        const dt = performance.now() - t0;
        this.total += dt;
        this.all.push(dt);
        this.perFile.get(c.file)!.push(dt);
      }
      this.rounds++;
    } while (performance.now() - started < ms);
  }

  result(): Result {
    return {
      mbPerSecond: (corpusBytes * this.rounds) / 1e6 / (this.total / 1000),
      medianMs: median(this.all),
      medianByFile: new Map([...this.perFile].map(([f, xs]) => [f, median(xs)])),
      rounds: this.rounds,
    };
  }
}

const bundle = await bundledAnalyzer();
const { analyze } = bundle;
const nlp = winkNLP(model);
console.log(`corpus: ${corpus.length} articles, ${(corpusBytes / 1024).toFixed(1)} KB (UTF-8); analyser bundle ${(bundle.bytes / 1024).toFixed(0)} KB (esbuild, ESM, unminified)`);
const framelensTimings = new Timings((text, outlet) => analyze({ text, outlet }));
const winkTimings = new Timings((text) => nlp.readDoc(text));
// Warm-up (JIT), then alternate short blocks so both see the same machine load.
for (let r = 0; r < 300; r++) for (const c of corpus) analyze({ text: c.text, outlet: c.outlet });
for (let r = 0; r < 30; r++) for (const c of corpus) nlp.readDoc(c.text);
const BLOCKS = 12;
const BLOCK_MS = 500;
try {
  for (let b = 0; b < BLOCKS; b++) {
    framelensTimings.block(BLOCK_MS);
    winkTimings.block(BLOCK_MS);
  }
} finally {
  bundle.dispose();
}
const framelens = framelensTimings.result();
const wink = winkTimings.result();

const show = (name: string, r: Result): void => {
  console.log(`${name}: ${r.mbPerSecond.toFixed(2)} MB/s, median ${r.medianMs.toFixed(3)} ms per article, CNN median ${r.medianByFile.get('cnn.txt')!.toFixed(3)} ms (${r.rounds} rounds)`);
  for (const [file, ms] of r.medianByFile) console.log(`  ${file.padEnd(18)} ${ms.toFixed(3)} ms`);
};
show('framelens analyze() (bundle)', framelens);
show('wink-nlp readDoc()', wink);
console.log(`ratio: ${(framelens.mbPerSecond / wink.mbPerSecond).toFixed(1)}`);
