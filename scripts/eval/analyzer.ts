/**
 * The analyser as the harness sees it: a function from input to analysis, plus its versions.
 * Runners take it as a parameter so their scoring can be tested with hand-made analyses.
 */
import type { AnalyzeInput, ArticleAnalysis } from '../../worker/analysis/types';
import type { CorpusRole } from './types';
import { alignTexts, type Alignment } from './align';

export type Analyze = (input: AnalyzeInput) => ArticleAnalysis;

export interface AnalyzerUnderTest {
  analyze: Analyze;
  analyzerVersion: string;
  lexiconVersion: string;
}

export interface CorpusInfo {
  id: string;
  role: CorpusRole;
}

/** Analyse a bare passage and align the cleaned text back to it. */
export function analyzePassage(analyze: Analyze, text: string): { analysis: ArticleAnalysis; alignment: Alignment } {
  const analysis = analyze({ text, passage: true });
  return { analysis, alignment: alignTexts(text, analysis.text) };
}
