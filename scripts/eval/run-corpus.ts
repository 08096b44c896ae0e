/**
 * Runs one corpus end to end: load it from the corpus directory, analyse, score.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyze } from './analyzer';
import { type CorpusSpec, corpusSpec, loadBabe, loadBasil, loadConll, loadSzeged } from './corpora';
import type { DevErrorTally } from './errors';
import type { SzegedSentence } from './readers/szeged-xml';
import type { CardResult } from './results';
import { evaluateBabe } from './runners/babe';
import { evaluateBasil } from './runners/basil';
import { evaluateConll, sentenceKey } from './runners/conll';
import { evaluateSzeged } from './runners/szeged';

export interface CorpusRun {
  results: CardResult[];
  diagnostics: string[];
  errors: DevErrorTally | null;
  /** What was read: "3129 sentences, 720 cues". */
  size: string;
}

/** Sentences of Szeged files already parsed in this run, by corpus id (CoNLL reuses wiki's). */
const szegedCache = new Map<string, SzegedSentence[]>();

function szeged(dir: string, spec: CorpusSpec): SzegedSentence[] {
  const cached = szegedCache.get(spec.id) ?? loadSzeged(dir, spec);
  szegedCache.set(spec.id, cached);
  return cached;
}

export function runCorpus(spec: CorpusSpec, dir: string, analyze: Analyze, options: { errors: boolean }): CorpusRun {
  switch (spec.id) {
    case 'wiki':
    case 'bio':
    case 'factbank': {
      const sentences = szeged(dir, spec);
      const cues = sentences.reduce((a, s) => a + s.cues.length, 0);
      const run = evaluateSzeged(spec, sentences, analyze, { errors: options.errors && spec.role === 'dev' });
      return {
        results: run.results,
        errors: run.errors,
        diagnostics: [
          `${spec.id}: the analyser's text differed from the input in ${run.realigned} of ${sentences.length} sentences (offsets aligned by characters); ` +
            `${run.unalignedMarkers} hedging evidence spans could not be aligned, ${run.mismatchedMarkers} were placed on different text`,
        ],
        size: `${sentences.length} sentences, ${cues} cues`,
      };
    }
    case 'conll': {
      const sentences = loadConll(dir);
      const wiki = corpusSpec('wiki');
      const devSentenceKeys = wiki.files.every((f) => existsSync(join(dir, f)))
        ? new Set(szeged(dir, wiki).map((s) => sentenceKey(s.text)))
        : undefined;
      const uncertain = sentences.filter((s) => s.uncertain).length;
      return {
        results: evaluateConll(spec, sentences, analyze, { devSentenceKeys }),
        errors: null,
        diagnostics: devSentenceKeys ? [] : ['conll: wiki.xml not found, so the main-not-in-dev line is missing'],
        size: `${sentences.length} sentences (${uncertain} uncertain)`,
      };
    }
    case 'basil': {
      const docs = loadBasil(dir);
      const spans = docs.reduce((a, d) => a + d.spans.length, 0);
      const run = evaluateBasil(spec, docs, analyze);
      return { ...run, errors: null, size: `${docs.length} articles, ${spans} annotated spans` };
    }
    case 'babe': {
      const sentences = loadBabe(dir);
      return {
        results: evaluateBabe(spec, sentences, analyze),
        errors: null,
        diagnostics: [],
        size: `${sentences.length} sentences`,
      };
    }
    default:
      throw new Error(`no runner for corpus ${spec.id}`);
  }
}
