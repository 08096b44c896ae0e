/**
 * The corpora the harness knows, their dev/test role (see ../shared/eval/README.md), and loading
 * them from the corpus directory. The corpora stay outside the repository; only paths are here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusInfo } from './analyzer';
import { type BabeSentence, parseBabe } from './readers/babe';
import { parseBasilAnnotations, parseBasilArticle } from './readers/basil';
import { type ConllSentence, parseConll } from './readers/conll';
import { parseSzegedXml, type SzegedSentence } from './readers/szeged-xml';
import type { BasilDocument } from './runners/basil';

export interface CorpusSpec extends CorpusInfo {
  title: string;
  /** Paths relative to the corpus directory that must exist. */
  files: readonly string[];
}

export const CORPORA: readonly CorpusSpec[] = [
  { id: 'wiki', role: 'dev', title: 'WikiWeasel 2.0, Szeged Uncertainty Corpus', files: ['szeged-uncertainty/wiki.xml'] },
  {
    id: 'bio',
    role: 'dev',
    title: 'BioScope-derived bio files, Szeged Uncertainty Corpus',
    files: ['szeged-uncertainty/bio_bmc.xml', 'szeged-uncertainty/bio_fly.xml', 'szeged-uncertainty/bio_hbc.xml'],
  },
  { id: 'factbank', role: 'test', title: 'FactBank news, Szeged Uncertainty Corpus', files: ['szeged-uncertainty/factbank.xml'] },
  {
    id: 'conll',
    role: 'test',
    title: 'CoNLL-2010 Task 1 Wikipedia, balanced 3,000-sentence sample',
    files: ['conll2010-wiki-sample/uncertainty-conll2010.csv'],
  },
  { id: 'basil', role: 'test', title: 'BASIL (Fan et al. 2019)', files: ['basil/articles', 'basil/annotations'] },
  { id: 'babe', role: 'test', title: 'BABE SG2 (Spinde et al. 2021)', files: ['babe/final_labels_SG2.csv'] },
];

export function corpusSpec(id: string): CorpusSpec {
  const spec = CORPORA.find((c) => c.id === id);
  if (!spec) throw new Error(`unknown corpus ${id}`);
  return spec;
}

/** Files of `specs` missing under `dir`, as paths relative to it. */
export function missingFiles(dir: string, specs: readonly CorpusSpec[]): string[] {
  return specs.flatMap((s) => s.files.filter((f) => !existsSync(join(dir, f))));
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

export function loadSzeged(dir: string, spec: CorpusSpec): SzegedSentence[] {
  return spec.files.flatMap((f) => parseSzegedXml(read(dir, f)));
}

export function loadConll(dir: string): ConllSentence[] {
  return parseConll(read(dir, corpusSpec('conll').files[0] ?? ''));
}

export function loadBabe(dir: string): BabeSentence[] {
  return parseBabe(read(dir, corpusSpec('babe').files[0] ?? ''));
}

/** Every article under basil/articles/YYYY/ with its annotations from basil/annotations/YYYY/NAME_ann.json. */
export function loadBasil(dir: string): BasilDocument[] {
  const root = join(dir, 'basil');
  const docs: BasilDocument[] = [];
  for (const year of readdirSync(join(root, 'articles')).sort()) {
    for (const name of readdirSync(join(root, 'articles', year)).sort()) {
      if (!name.endsWith('.json')) continue;
      const article = parseBasilArticle(JSON.parse(read(root, join('articles', year, name))));
      const annotationFile = join('annotations', year, name.replace(/\.json$/, '_ann.json'));
      const spans = existsSync(join(root, annotationFile))
        ? parseBasilAnnotations(JSON.parse(read(root, annotationFile)))
        : [];
      docs.push({ article, spans });
    }
  }
  return docs;
}
