/**
 * The inputs of the analyser's regression snapshot: the five demo texts in several modes (as
 * scraped, as a passage, wrapped in HTML), every test sentence and lexicon example as a passage and
 * joined into articles, and a few synthetic texts (seeded, so the same every run) that mix news
 * prose with the awkward pieces the property tests use (quotes, apostrophes, entities, tags,
 * surrogates, chrome). `npx tsx test/node/analysis/regression/generate.ts` writes the fixture from
 * these inputs with the current analyser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICON, type AnalyzeInput } from '../../../../worker/analysis';
import { TEST_SENTENCES } from './test-sentences';

const dir = fileURLToPath(new URL('../../../../demo/stories/xi-biden-election-2024/', import.meta.url));
const DEMO_FILES = [
  ['cnn', 'cnn.txt', 'CNN'],
  ['indiaToday', 'india-today.txt', 'India Today'],
  ['mothership', 'mothership.txt', 'Mothership'],
  ['rt', 'rt.txt', 'RT'],
  ['unattributed', 'unattributed.txt', null],
] as const;

/** Every `examples` string anywhere in the lexicon data, in a stable order. */
function lexiconExamples(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'examples' && Array.isArray(v)) {
          for (const e of v) if (typeof e === 'string') out.push(e);
        } else walk(v);
      }
    }
  };
  walk(LEXICON);
  return [...new Set(out)];
}

/** xorshift32: a small deterministic generator for the synthetic texts. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '.', ',', ':', '–', '-', '|',
  'may', 'May', 'could not', 'claimed', 'claimed responsibility', 'alleged', 'so-called', 'said', 'told', 'according to',
  'Wray', 'Christopher Wray', 'FBI Director', 'President Xi', 'CNN', 'Reuters reported', 'the source', 'one of the sources',
  'familiar with', 'U.S.', 'won’t', 'O’Brien', 'Biden’s', '<p>', '</p>', '<br>', '&amp;', '&#8220;', '&nbsp;', 'Home » ',
  'icon ', 'By ', 'Written By: ', '| January 31, 2024', 'Jan 31, 2024', 'Related stories:', 'Source: CNN', '\ud800', '😀',
  'é', '\u0301', 'İ', 'ß', '2024', 'The news outlet listed', 'as a contributor', 'some experts argue', 'it is believed',
  'Smith said:', '“It will fail.”', 'he added.', 'critics say', 'is widely regarded as', 'ΑΘΗΝΑ', 'Ärger', 'ﬁnal',
];

function soup(seed: number, pieces: number): string {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < pieces; i++) {
    out.push(PIECES[Math.floor(next() * PIECES.length)]!);
    if (next() < 0.6) out.push(' ');
  }
  return out.join('');
}

/** Demo paragraphs shuffled, with some case flips and stray quotation marks: prose the tests never saw. */
function remix(texts: readonly string[], seed: number, paragraphs: number): string {
  const next = random(seed);
  const all = texts.flatMap((t) => t.split('\n').filter((p) => p.trim() !== ''));
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    let p = all[Math.floor(next() * all.length)]!;
    const r = next();
    if (r < 0.1) p = p.toUpperCase();
    else if (r < 0.2) p = p.toLowerCase();
    else if (r < 0.3) p = `“${p}`;
    else if (r < 0.35) p = p.replace(/ /g, '  ');
    out.push(p);
  }
  return out.join(next() < 0.5 ? '\n' : '\n\n');
}

function randomUnits(seed: number, length: number): string {
  const next = random(seed);
  const units: string[] = [];
  for (let i = 0; i < length; i++) units.push(String.fromCharCode(Math.floor(next() * 0x10000)));
  return units.join('');
}

function asHtml(text: string): string {
  const [first, ...rest] = text.split('\n').filter((p) => p.trim() !== '');
  return `<!doctype html><html><head><title>x</title><style>p{}</style><script>var a = "<p>no</p>";</script></head><body>` +
    `<h1>${first ?? ''}</h1><nav>Home &raquo; News</nav>${rest.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/“/g, '&ldquo;')}</p>`).join('\n')}` +
    `<!-- comment --><footer>Related stories:</footer></body></html>`;
}

export interface RegressionCase {
  name: string;
  input: AnalyzeInput;
}

export function regressionCases(): RegressionCase[] {
  const cases: RegressionCase[] = [];
  const demos = DEMO_FILES.map(([key, file, outlet]) => ({ key, outlet, text: readFileSync(dir + file, 'utf8') }));
  for (const d of demos) {
    cases.push({ name: `demo/${d.key}`, input: { text: d.text, outlet: d.outlet } });
    cases.push({ name: `demo/${d.key}/no-outlet`, input: { text: d.text, outlet: null, url: 'https://example.com/a' } });
    cases.push({ name: `demo/${d.key}/passage`, input: { text: d.text, passage: true } });
    cases.push({ name: `demo/${d.key}/html`, input: { html: asHtml(d.text), outlet: d.outlet } });
    cases.push({ name: `demo/${d.key}/html-as-text`, input: { text: asHtml(d.text) } });
    cases.push({ name: `demo/${d.key}/crlf`, input: { text: d.text.replace(/\n/g, '\r\n').replace(/ /g, '\u00a0 '), outlet: d.outlet } });
  }
  TEST_SENTENCES.forEach((text, i) => cases.push({ name: `test-sentence/${i}`, input: { text, passage: true } }));
  cases.push({ name: 'test-sentences/article', input: { text: TEST_SENTENCES.join('\n'), outlet: 'CNN' } });
  const examples = lexiconExamples();
  examples.forEach((text, i) => cases.push({ name: `lexicon-example/${i}`, input: { text, passage: true } }));
  cases.push({ name: 'lexicon-examples/article', input: { text: examples.join(' '), outlet: null } });
  cases.push({ name: 'lexicon-examples/paragraphs', input: { text: examples.join('\n\n'), passage: true } });
  const texts = demos.map((d) => d.text);
  for (let seed = 1; seed <= 3; seed++) {
    cases.push({ name: `synthetic/soup-${seed}`, input: { text: soup(seed, 3000), passage: seed === 2, outlet: 'CNN' } });
    cases.push({ name: `synthetic/remix-${seed}`, input: { text: remix(texts, seed, 60), outlet: seed === 1 ? 'Reuters' : null } });
  }
  cases.push({ name: 'synthetic/html-soup', input: { html: soup(7, 3000) } });
  cases.push({ name: 'synthetic/random-units', input: { text: randomUnits(11, 20000) } });
  cases.push({ name: 'synthetic/long-article', input: { text: texts.join('\n\n').repeat(4), outlet: 'CNN' } });
  cases.push({ name: 'edge/empty', input: { text: '' } });
  cases.push({ name: 'edge/no-text', input: {} });
  cases.push({ name: 'edge/spaces', input: { text: ' \n\t\u00a0 \n' } });
  return cases;
}
