/**
 * `analyze()`: raw article in, explainable framing metrics out. Pure and deterministic: no I/O,
 * no clock, no randomness; the same code runs in the Worker, in Node and in the browser.
 */
import { canonicalOutlet, findCitations } from './detect/citations';
import { findLexical } from './detect/lexical';
import { findPeople } from './detect/people';
import { findQuotes } from './detect/quotes';
import { toPeople, toQuotes } from './detect/roles';
import { findSources, type FoundSource } from './detect/sources';
import { findWeasels } from './detect/weasels';
import { buildMetrics } from './metrics';
import type { MatchContext } from './nlp/guards';
import { splitSentences } from './nlp/sentences';
import { tokenize } from './nlp/tokenize';
import { cleanDocument } from './text/clean';
import { METRIC_KEYS, type AnalyzeInput, type ArticleAnalysis, type Evidence, type MetricKey, type Span } from './types';
import { ANALYZER_VERSION, LEXICON_VERSION } from './version';
import { QuotedRegions } from './voice';

const METRIC_ORDER = new Map<string, number>(METRIC_KEYS.map((k, i) => [k, i]));

/** Structural sources plus the vague attributions that overlap none of them, in text order. */
function withWeasels(sources: FoundSource[], weasels: FoundSource[]): FoundSource[] {
  if (weasels.length === 0) return sources;
  const out = sources.slice();
  for (const w of weasels) if (!sources.some((s) => s.start < w.end && w.start < s.end)) out.push(w);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

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

  const peopleIndex = findPeople(tokens, doc.bylines);
  const names = peopleIndex.people.map((p) => p.name);
  const foundSources = withWeasels(findSources(tokens, sentences, peopleIndex.personOfToken, names), findWeasels(tokens, sentences));
  const sources = foundSources.map(({ start, end, kind, name, ruleId }) => ({ start, end, kind, text: text.slice(start, end), name, ruleId }));
  for (const s of sources) add(s.kind === 'anonymous' ? 'anonymousSources' : 'namedSources', s, s.ruleId);
  const headlineEnd = doc.headlineSpan?.end ?? null;
  const citations = findCitations(tokens, headlineEnd, canonicalOutlet(input?.outlet)).map(({ start, end, outlet, ruleId }) => ({
    start,
    end,
    outlet,
    text: text.slice(start, end),
    ruleId,
  }));
  for (const c of citations) add('citations', c, c.ruleId);
  const quotes = toQuotes(tokens, sentences, peopleIndex, found, (k) => regions.voiceOf({ start: tokens.start[k]!, end: tokens.end[k]! }) === 'quoted');
  const people = toPeople(tokens, sentences, peopleIndex, found, foundSources);
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
    people,
    sources,
    citations,
  };
}
