import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPORA, corpusSpec, loadBasil, loadConll, loadSzeged, missingFiles } from '../../../scripts/eval/corpora';

// A tiny corpus folder of hand-written files in each corpus' layout.
const dir = mkdtempSync(join(tmpdir(), 'framelens-eval-'));
const put = (path: string, text: string): void => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const sentence = (id: string, body: string) => `<Document><DocID>${id}</DocID><DocumentPart type="Text"><Sentence id="${id}">${body}</Sentence></DocumentPart></Document>`;
put('szeged-uncertainty/bio_bmc.xml', `<DocumentSet>${sentence('b1', 'It <ccue type="speculation_modal_probable_">may</ccue> bind.')}</DocumentSet>`);
put('szeged-uncertainty/bio_fly.xml', `<DocumentSet>${sentence('f1', 'Flies fly.')}</DocumentSet>`);
put('szeged-uncertainty/bio_hbc.xml', `<DocumentSet>${sentence('h1', '<ccue type="speculation_hypo_investigation _">Whether</ccue> it binds is open.')}</DocumentSet>`);
put('conll2010-wiki-sample/uncertainty-conll2010.csv', '\uFEFF"1","The bridge opened in 1990."\r\n"-1","Some critics say the bridge may be unsafe."');
put('basil/articles/2020/x_1.json', JSON.stringify({ uuid: 'x1', source: 'fox', title: 'T', 'body-paragraphs': [['One.']] }));
put('basil/articles/2020/x_2.json', JSON.stringify({ uuid: 'x2', source: 'nyt', title: 'U', 'body-paragraphs': [['Two.']] }));
put('basil/annotations/2020/x_1_ann.json', JSON.stringify({ 'phrase-level-annotations': [{ id: 'p0', start: 0, end: 3, txt: 'One', bias: 'lex', quote: 'no', speaker: '' }] }));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus loading', () => {
  it('lists the files that are missing', () => {
    expect(missingFiles(dir, CORPORA)).toEqual(['szeged-uncertainty/wiki.xml', 'szeged-uncertainty/factbank.xml', 'babe/final_labels_SG2.csv']);
    expect(missingFiles(dir, [corpusSpec('bio'), corpusSpec('conll'), corpusSpec('basil')])).toEqual([]);
  });

  it('reads the three bio files as one corpus', () => {
    const s = loadSzeged(dir, corpusSpec('bio'));
    expect(s.map((x) => [x.id, x.cues.length])).toEqual([['b1', 1], ['f1', 0], ['h1', 1]]);
  });

  it('pairs each BASIL article with its annotation file, if any', () => {
    const docs = loadBasil(dir);
    expect(docs.map((d) => [d.article.uuid, d.spans.map((s) => s.txt)])).toEqual([['x1', ['One']], ['x2', []]]);
  });

  it('reads the CoNLL sample', () => {
    expect(loadConll(dir).map((s) => s.uncertain)).toEqual([false, true]);
  });
});

describe('npm run eval (CLI)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval/index.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 2 with directions when the corpus folder does not exist', () => {
    const r = cli('--corpus', join(dir, 'nowhere'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Corpus folder not found: ${join(dir, 'nowhere')}`);
    expect(r.stderr).toContain('npm run eval -- --corpus /path/to/eval');
  });

  it('exits 2 naming the missing files', () => {
    const r = cli('--corpus', dir, '--only', 'conll,babe');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('babe/final_labels_SG2.csv');
  });

  it('runs the selected corpora, prints a line per level and mapping, and does not write docs for a partial run', () => {
    const r = cli('--corpus', dir, '--only', 'conll,basil');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== conll (test, CoNLL-2010 Task 1 Wikipedia, balanced 3,000-sentence sample): 2 sentences (1 uncertain)');
    expect(r.stdout).toMatch(/^conll sentence \[main\] P .* \(tp \d fp \d fn \d\) n 2 test$/m);
    expect(r.stdout).toMatch(/^conll prevalence-adjusted \[main\] F1 /m);
    expect(r.stdout).toMatch(/^basil lexical-bias-span \[skepticism\] P  n\/a R 0\.00 F1  n\/a \(tp 0 fp 0 fn 1\) n 1 test$/m);
    expect(r.stdout).toContain('docs/validity.* not written');
  });
});
