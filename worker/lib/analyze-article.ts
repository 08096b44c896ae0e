/**
 * Runs the analyser on an article as the API stores it: a given headline that the cleaned text does
 * not already start with is analysed as the first paragraph, and the cleaned text is hashed for
 * idempotent ingest.
 */
import { analyze } from '../analysis';
import type { AnalyzeInput, ArticleAnalysis } from '../analysis/types';
import { ApiError } from './errors';
import { sha256Hex } from './hash';

export type RawFormat = 'text' | 'html';

export interface RawArticle {
  /** Plain text or HTML, as posted. */
  raw: string;
  rawFormat: RawFormat;
  headline: string | null;
  outlet: string | null;
  url: string | null;
}

export interface AnalysedArticle {
  analysis: ArticleAnalysis;
  /** Exactly what the analyser was given; stored so re-analysis reproduces the input. */
  rawText: string;
  rawFormat: RawFormat;
  contentHash: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The analyser's input for stored raw text. */
export function analyzerInput(raw: string, rawFormat: RawFormat, outlet: string | null, url: string | null): AnalyzeInput {
  return rawFormat === 'html' ? { html: raw, outlet, url } : { text: raw, outlet, url };
}

/**
 * The analyser, with its failures reported as 422: input a client sends must never produce a 500,
 * even input that trips an analyser bug (which is logged).
 */
export async function runAnalyzer(input: AnalyzeInput): Promise<ArticleAnalysis> {
  try {
    return await analyze(input);
  } catch (error) {
    console.error('analyser failed', error);
    throw new ApiError(422, 'validation_failed', 'The analyser could not process this text.');
  }
}

/** Analyses the article, prepending the headline when the text does not start with it. */
export async function analyzeArticle(article: RawArticle): Promise<AnalysedArticle> {
  const { rawFormat, outlet, url } = article;
  const headline = article.headline?.trim() || null;
  let rawText = article.raw;
  let analysis = await runAnalyzer(analyzerInput(rawText, rawFormat, outlet, url));
  if (headline && !analysis.text.trimStart().startsWith(headline)) {
    rawText = rawFormat === 'html' ? `<h1>${escapeHtml(headline)}</h1>\n${rawText}` : `${headline}\n\n${rawText}`;
    analysis = await runAnalyzer(analyzerInput(rawText, rawFormat, outlet, url));
  }
  return { analysis, rawText, rawFormat, contentHash: await sha256Hex(analysis.text) };
}
