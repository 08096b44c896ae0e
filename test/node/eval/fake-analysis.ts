/**
 * Hand-made analyses for testing the harness' scoring without the real analyser: a tiny
 * rule-based `Analyze` whose output is fully known, built to the worker/analysis/types contract.
 */
import type { Analyze } from '../../../scripts/eval/analyzer';
import type { ArticleAnalysis, Evidence, MetricKey, Quote } from '../../../worker/analysis/types';

export function analysisOf(text: string, evidence: Evidence[], quotes: Quote[] = []): ArticleAnalysis {
  return {
    analyzerVersion: 'test',
    lexiconVersion: 'test',
    text,
    headline: null,
    headlineSpan: null,
    bylines: [],
    published: null,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    sentenceCount: 1,
    words: { outlet: 0, quoted: 0 },
    quotedShare: 0,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    quotes,
    metrics: [],
    evidence,
    people: [],
    sources: [],
    citations: [],
  };
}

/**
 * An analyser that collapses runs of whitespace (so its text differs from the input, as a real
 * cleaner's may) and marks every whole-word occurrence of the given words with the given metric.
 */
export function wordAnalyzer(rules: Record<string, MetricKey>): Analyze {
  return (input) => {
    const text = (input.text ?? '').replace(/\s+/g, ' ').trim();
    const evidence: Evidence[] = [];
    for (const [word, metric] of Object.entries(rules)) {
      for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))) {
        const start = m.index ?? 0;
        evidence.push({ metric, start, end: start + m[0].length, text: m[0], ruleId: `${metric}.${word}`, voice: 'outlet' });
      }
    }
    return analysisOf(text, evidence);
  };
}
