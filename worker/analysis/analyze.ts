/**
 * `analyze()`: raw article in, explainable framing metrics out. Pure and deterministic: no I/O,
 * no clock, no randomness; the same code runs in the Worker, in Node and in the browser.
 */
import { findLexical } from './detect/lexical';
import { findQuotes } from './detect/quotes';
import { buildMetrics } from './metrics';
import type { MatchContext } from './nlp/guards';
import { splitSentences } from './nlp/sentences';
import { tokenize } from './nlp/tokenize';
import { cleanDocument } from './text/clean';
import type { AnalyzeInput, ArticleAnalysis, Evidence, MetricKey, Quote, Span } from './types';
import { ANALYZER_VERSION, LEXICON_VERSION } from './version';
import { QuotedRegions } from './voice';

const METRIC_ORDER = new Map<string, number>();

export function analyze(input: AnalyzeInput): ArticleAnalysis {
  const doc = cleanDocument(input ?? {});
  const { text } = doc;
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const ctx: MatchContext = { tokens, sentences, sentenceCache: new Map() };

  const found = findQuotes(tokens, sentences, doc.paragraphs);
  const direct = found.filter((q) => q.kind === 'direct');
  const regions = new QuotedRegions(direct.map((q) => q.inner));
  const evidence: Evidence[] = [];
  const add = (metric: MetricKey, span: Span, ruleId: string): void => {
    evidence.push({ metric, start: span.start, end: span.end, text: text.slice(span.start, span.end), ruleId, voice: regions.voiceOf(span) });
  };

  for (const m of findLexical(ctx)) add(m.metric, { start: tokens.start[m.first]!, end: tokens.end[m.end - 1]! }, m.ruleId);
  for (const q of found) add(q.kind === 'direct' ? 'directQuotes' : 'scareQuotes', q.outer, q.ruleId);

  const quotes: Quote[] = direct.map((q) => ({
    start: q.inner.start,
    end: q.inner.end,
    text: text.slice(q.inner.start, q.inner.end),
    speaker: q.speaker === null ? null : text.slice(tokens.start[q.speaker[0]]!, tokens.end[q.speaker[1] - 1]!),
    speakerSpan: q.speaker === null ? null : { start: tokens.start[q.speaker[0]]!, end: tokens.end[q.speaker[1] - 1]! },
  }));

  if (METRIC_ORDER.size === 0) ['hedging', 'skepticism', 'scareQuotes', 'boosters', 'anonymousSources', 'namedSources', 'directQuotes', 'loadedVerbs', 'neutralVerbs', 'citations'].forEach((k, i) => METRIC_ORDER.set(k, i));
  evidence.sort((a, b) => a.start - b.start || a.end - b.end || METRIC_ORDER.get(a.metric)! - METRIC_ORDER.get(b.metric)!);

  const words = regions.countWords(tokens);
  const wordCount = words.outlet + words.quoted;
  return {
    analyzerVersion: ANALYZER_VERSION,
    lexiconVersion: LEXICON_VERSION,
    text,
    headline: doc.headline,
    headlineSpan: doc.headlineSpan,
    bylines: doc.bylines,
    published: doc.published,
    wordCount,
    sentenceCount: sentences.spans.length,
    words,
    quotedShare: wordCount > 0 ? Math.round((words.quoted / wordCount) * 10000) / 10000 : 0,
    paragraphs: doc.paragraphs,
    sentences: sentences.spans,
    quotes,
    metrics: buildMetrics(evidence, words),
    evidence,
    people: [],
    sources: [],
    citations: [],
  };
}
