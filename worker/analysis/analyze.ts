/**
 * `analyze()`: raw article in, explainable framing metrics out. Pure and deterministic: no I/O,
 * no clock, no randomness; the same code runs in the Worker, in Node and in the browser.
 */
import { canonicalOutlet, findCitations } from './detect/citations';
import { forEachLexical } from './detect/lexical';
import { findPeople } from './detect/people';
import { findQuotes } from './detect/quotes';
import { toPeople, toQuotes } from './detect/roles';
import { findSources, type FoundSource } from './detect/sources';
import { findWeasels } from './detect/weasels';
import { buildMetrics } from './metrics';
import type { MatchContext } from './nlp/guards';
import { splitSentences } from './nlp/sentences';
import { borrowTokens, type Tokens } from './nlp/tokenize';
import { cleanDocument, type CleanDocument } from './text/clean';
import { METRIC_KEYS, type AnalyzeInput, type ArticleAnalysis, type Evidence, type MetricKey } from './types';
import { ANALYZER_VERSION, LEXICON_VERSION } from './version';
import { QuotedRegions } from './voice';

const METRIC_ORDER = new Map<string, number>(METRIC_KEYS.map((k, i) => [k, i]));

/** Evidence order: by start, then end, then metric (METRIC_KEYS order). */
const evidenceOrder = (a: Evidence, b: Evidence): number => a.start - b.start || a.end - b.end || METRIC_ORDER.get(a.metric)! - METRIC_ORDER.get(b.metric)!;

/** True when `evidence` is sorted by `evidenceOrder` (the scan stops at the first pair out of order). */
function inOrder(evidence: readonly Evidence[]): boolean {
  for (let k = 1; k < evidence.length; k++) if (evidenceOrder(evidence[k - 1]!, evidence[k]!) > 0) return false;
  return true;
}

/**
 * Structural sources plus the vague attributions that overlap none of them, in text order. A weasel
 * [s, e) overlaps a source iff the furthest end among the sources starting before e passes s: one
 * binary search per weasel over the sources by start (O((S + W) log S), not S × W).
 */
function withWeasels(sources: FoundSource[], weasels: FoundSource[]): FoundSource[] {
  if (weasels.length === 0) return sources;
  const byStart = sources.slice().sort((a, b) => a.start - b.start);
  const furthestEnd = new Int32Array(byStart.length);
  for (let k = 0, end = -1; k < byStart.length; k++) furthestEnd[k] = end = Math.max(end, byStart[k]!.end);
  const out = sources.slice();
  for (const w of weasels) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < w.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0 || furthestEnd[lo - 1]! <= w.start) out.push(w);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function analyze(input: AnalyzeInput): ArticleAnalysis {
  return analyzeDocument(input, cleanDocument(input ?? {}));
}

/** `analyze` of a document already cleaned from `input` (`cleanDocument(input)`): a caller that cleaned it to decide something need not clean it twice. */
export function analyzeDocument(input: AnalyzeInput, doc: CleanDocument): ArticleAnalysis {
  const tokens = borrowTokens(doc.text);
  try {
    return analyzeTokens(input, doc, tokens);
  } finally {
    // (the results hold no token columns: only numbers, strings and plain objects)
    tokens.giveBack();
  }
}

function analyzeTokens(input: AnalyzeInput, doc: CleanDocument, tokens: Tokens): ArticleAnalysis {
  const { text } = doc;
  const sentences = splitSentences(tokens);
  const ctx: MatchContext = { tokens, sentences, sentenceCache: new Map() };

  const found = findQuotes(tokens, sentences, doc.paragraphs);
  const direct = found.filter((q) => q.kind === 'direct');
  const regions = new QuotedRegions(direct.map((q) => ({ start: q.open + 1, end: q.close })));
  const evidence: Evidence[] = [];
  const add = (metric: MetricKey, start: number, end: number, ruleId: string, spanText = text.slice(start, end)): void => {
    evidence.push({ metric, start, end, text: spanText, ruleId, voice: regions.quotedAt(start, end) ? 'quoted' : 'outlet' });
  };

  forEachLexical(ctx, (metric, ruleId, first, end) => add(metric, tokens.start[first]!, tokens.end[end - 1]!, ruleId));
  // (indexed loops: this function runs once per text, maybe unoptimised, where `for…of` allocates per step)
  for (let k = 0; k < found.length; k++) {
    const q = found[k]!;
    add(q.kind === 'direct' ? 'directQuotes' : 'scareQuotes', q.open, q.unclosed ? q.close : q.close + 1, q.ruleId);
  }

  const peopleIndex = findPeople(tokens, doc.bylines);
  const names = peopleIndex.people.map((p) => p.name);
  const foundSources = withWeasels(findSources(tokens, sentences, peopleIndex.personOfToken, names), findWeasels(tokens, sentences));
  const sources = foundSources.map(({ start, end, kind, name, ruleId }) => ({ start, end, kind, text: text.slice(start, end), name, ruleId }));
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    add(s.kind === 'anonymous' ? 'anonymousSources' : 'namedSources', s.start, s.end, s.ruleId, s.text);
  }
  const headlineEnd = doc.headlineSpan?.end ?? null;
  const citations = findCitations(tokens, headlineEnd, canonicalOutlet(input?.outlet)).map(({ start, end, outlet, ruleId }) => ({
    start,
    end,
    outlet,
    text: text.slice(start, end),
    ruleId,
  }));
  for (let k = 0; k < citations.length; k++) {
    const c = citations[k]!;
    add('citations', c.start, c.end, c.ruleId, c.text);
  }
  const quotes = toQuotes(tokens, sentences, peopleIndex, found, (k) => regions.quotedAt(tokens.start[k]!, tokens.end[k]!));
  const people = toPeople(tokens, sentences, peopleIndex, found, foundSources);
  // (evidence of one kind only, as from a list of hedges, is often in order already)
  if (!inOrder(evidence)) evidence.sort(evidenceOrder);

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
