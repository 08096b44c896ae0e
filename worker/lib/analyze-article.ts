/**
 * Runs the analyser on an article as the API stores it: a given headline that the cleaned text does
 * not already start with is analysed as the first paragraph, and the cleaned text is hashed for
 * idempotent ingest.
 */
import { analysedLength, analyze, analyzeDocument, cleanDocument } from '../analysis';
import type { AnalyzeInput, ArticleAnalysis } from '../analysis/types';
import { ApiError } from './errors';
import { sha256Hex } from './hash';
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_WORDS } from './limits';

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
 * Refuses (413) a text longer than `MAX_ARTICLE_CHARS` before any analysis, so that no request can
 * run past the CPU limit (see `npm run bench:cpu`).
 */
function checkLength(input: AnalyzeInput): void {
  const length = analysedLength(input);
  if (length <= MAX_ARTICLE_CHARS) return;
  const field = input.html !== undefined ? 'html: its text' : 'text';
  throw new ApiError(
    413,
    'payload_too_large',
    `${field} is ${length.toLocaleString('en-US')} characters long; the analyser takes at most ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} (about ${MAX_ARTICLE_WORDS.toLocaleString('en-US')} words) in one request. Send a shorter article or split it.`,
  );
}

/**
 * Runs a step of the analyser with its failures reported as 422: input a client sends must never
 * produce a 500, even input that trips an analyser bug (which is logged).
 */
function safely<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    console.error('analyser failed', error);
    throw new ApiError(422, 'validation_failed', 'The analyser could not process this text.');
  }
}

/** The analyser behind the API: 413 for a text over the length limit, 422 for a failure. */
export function runAnalyzer(input: AnalyzeInput): ArticleAnalysis {
  checkLength(input);
  return safely(() => analyze(input));
}

/**
 * Analyses the article once, with a given headline prepended when the cleaned text does not start
 * with it (cleaning decides this, and the document it cleans is the one analysed).
 */
export async function analyzeArticle(article: RawArticle): Promise<AnalysedArticle> {
  const { rawFormat, outlet, url } = article;
  const headline = article.headline?.trim() || null;
  let rawText = article.raw;
  let input = analyzerInput(rawText, rawFormat, outlet, url);
  checkLength(input);
  let doc = safely(() => cleanDocument(input));
  if (headline && !doc.text.trimStart().startsWith(headline)) {
    rawText = rawFormat === 'html' ? `<h1>${escapeHtml(headline)}</h1>\n${rawText}` : `${headline}\n\n${rawText}`;
    input = analyzerInput(rawText, rawFormat, outlet, url);
    checkLength(input);
    doc = safely(() => cleanDocument(input));
  }
  const analysis = safely(() => analyzeDocument(input, doc));
  return { analysis, rawText, rawFormat, contentHash: await sha256Hex(analysis.text) };
}
