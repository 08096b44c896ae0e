/**
 * The article columns derived from an analysis, shared by ingest and re-analysis. Client-given
 * values win over what the analyser finds: a given `published` date replaces the detected one (the
 * client usually knows it from the page metadata; the text may only state an event date), and a
 * given headline is stored as the headline.
 */
import type { ArticleAnalysis, Span } from '../analysis/types';

export interface ClientClaims {
  headlineInput: string | null;
  publishedInput: string | null;
}

/** Where `headline` sits at the start of `text` (ignoring leading whitespace), or null. */
function spanAtStart(text: string, headline: string): Span | null {
  const start = text.length - text.trimStart().length;
  return text.startsWith(headline, start) ? { start, end: start + headline.length } : null;
}

export function analysisColumns(analysis: ArticleAnalysis, claims: ClientClaims) {
  const given = claims.headlineInput?.trim() || null;
  const givenSpan = given ? spanAtStart(analysis.text, given) : null;
  const headline = given ?? analysis.headline;
  const span = given ? givenSpan : analysis.headlineSpan;
  return {
    headline,
    headlineStart: span?.start ?? null,
    headlineEnd: span?.end ?? null,
    bylines: JSON.stringify(analysis.bylines),
    published: claims.publishedInput ?? analysis.published,
    text: analysis.text,
    wordCount: analysis.wordCount,
    wordsOutlet: analysis.words.outlet,
    wordsQuoted: analysis.words.quoted,
    quotedShare: analysis.quotedShare,
    analyzerVersion: analysis.analyzerVersion,
    lexiconVersion: analysis.lexiconVersion,
  };
}
