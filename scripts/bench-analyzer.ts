/**
 * `npm run bench:analyzer`: throughput of the framing analyser on the demo corpus, and of
 * wink-nlp's `readDoc` (wink-eng-lite-web-model) on the same texts in the same run.
 * Prints MB/s (UTF-8 bytes), median ms per article, the CNN text's median, and `ratio: N`
 * (Framelens throughput / wink-nlp throughput). Bounded: about 20 s in all.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../worker/analysis/index';

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

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Warms up, then runs whole-corpus rounds for `budgetMs` (at least `minRounds`), timing each article. */
function measure(run: (text: string, outlet: string | null) => unknown, warmRounds: number, minRounds: number, budgetMs: number): Result {
  for (let r = 0; r < warmRounds; r++) for (const c of corpus) run(c.text, c.outlet);
  const perFile = new Map<string, number[]>(corpus.map((c) => [c.file, []]));
  const all: number[] = [];
  let total = 0;
  let rounds = 0;
  const started = performance.now();
  while (rounds < minRounds || performance.now() - started < budgetMs) {
    for (const c of corpus) {
      const t0 = performance.now();
      run(c.text, c.outlet);
      const dt = performance.now() - t0;
      total += dt;
      all.push(dt);
      perFile.get(c.file)!.push(dt);
    }
    rounds++;
    if (performance.now() - started > budgetMs * 4) break;
  }
  return {
    mbPerSecond: (corpusBytes * rounds) / 1e6 / (total / 1000),
    medianMs: median(all),
    medianByFile: new Map([...perFile].map(([f, xs]) => [f, median(xs)])),
    rounds,
  };
}

const nlp = winkNLP(model);
console.log(`corpus: ${corpus.length} articles, ${(corpusBytes / 1024).toFixed(1)} KB (UTF-8)`);
const framelens = measure((text, outlet) => analyze({ text, outlet }), 300, 200, 6000);
const wink = measure((text) => nlp.readDoc(text), 20, 30, 6000);

const show = (name: string, r: Result): void => {
  console.log(`${name}: ${r.mbPerSecond.toFixed(2)} MB/s, median ${r.medianMs.toFixed(3)} ms per article, CNN median ${r.medianByFile.get('cnn.txt')!.toFixed(3)} ms (${r.rounds} rounds)`);
  for (const [file, ms] of r.medianByFile) console.log(`  ${file.padEnd(18)} ${ms.toFixed(3)} ms`);
};
show('framelens analyze()', framelens);
show('wink-nlp readDoc()', wink);
console.log(`ratio: ${(framelens.mbPerSecond / wink.mbPerSecond).toFixed(1)}`);
