/**
 * Raw input (text or HTML) to the cleaned document the analyser reads: paragraphs joined by
 * "\n\n", the headline first, page chrome removed, bylines and date kept aside.
 */
import type { AnalyzeInput, Span } from '../types';
import { parseHeader } from './header';
import { stripFooter } from './footer';
import { htmlToText, looksLikeHtml } from './html';
import { decodeEntities } from './entities';
import { toLines } from './lines';

export interface CleanDocument {
  text: string;
  headline: string | null;
  headlineSpan: Span | null;
  bylines: string[];
  published: string | null;
  paragraphs: Span[];
}

function rawText(input: AnalyzeInput): string {
  if (typeof input.html === 'string' && input.html !== '') return htmlToText(input.html);
  const text = typeof input.text === 'string' ? input.text : '';
  return looksLikeHtml(text) ? htmlToText(text) : decodeEntities(text);
}

/** Length of the text the analyser reads for this input (HTML as its text, before cleaning): what its CPU time grows with. */
export function analysedLength(input: AnalyzeInput): number {
  return rawText(input).length;
}

export function cleanDocument(input: AnalyzeInput): CleanDocument {
  let lines = toLines(rawText(input));
  let headline: string | null = null;
  let bylines: string[] = [];
  let published: string | null = null;
  if (input.passage !== true && lines.length > 0) {
    const header = parseHeader(lines);
    headline = header.headline;
    bylines = header.bylines;
    published = header.published;
    lines = stripFooter(header.lines, headline === null ? 1 : 2);
  }
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const line of lines) {
    paragraphs.push({ start: offset, end: offset + line.length });
    offset += line.length + 2;
  }
  const text = lines.join('\n\n');
  const headlineSpan = headline === null ? null : { start: 0, end: headline.length };
  return { text, headline, headlineSpan, bylines, published, paragraphs };
}
