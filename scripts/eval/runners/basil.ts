/**
 * BASIL: direct-quote detection and speaker attribution against the bias spans BASIL marks as
 * inside a quote, and recall of its lexical-bias spans by the skepticism and loaded-verb markers.
 * Each article is analysed once as a passage (title and paragraphs joined by blank lines); the
 * analyser's offsets are aligned back to the joined text before comparing.
 */
import { analyzePassage, type Analyze, type CorpusInfo } from '../analyzer';
import { foldedText, toSourceSpan } from '../align';
import { BIAS_MAPPINGS, placeMarkers, STANCE_METRICS, type Mapping } from '../markers';
import { type BasilArticle, type BasilSpan, flattenArticle, locateSpan } from '../readers/basil';
import type { Range } from '../scoring';
import { BasilTally, type LocatedSpan, type PlacedQuote } from './basil-tally';
import type { CardResult } from '../results';

export interface BasilDocument {
  article: BasilArticle;
  spans: BasilSpan[];
}

export interface BasilRun {
  results: CardResult[];
  diagnostics: string[];
}

/** Lexical-bias recall lines: the two markers, both, and any stance marker for context. */
export const LEX_MAPPINGS: readonly Mapping[] = [
  ...BIAS_MAPPINGS,
  { variant: 'any-stance-marker', metrics: STANCE_METRICS, rationale: 'any stance-bearing marker, for context' },
];

const QUOTE_MARK = /["\u201C\u201D\u00AB\u00BB]/;

export function evaluateBasil(corpus: CorpusInfo, documents: readonly BasilDocument[], analyze: Analyze): BasilRun {
  const tally = new BasilTally(corpus);
  for (const { article, spans } of documents) {
    const flat = flattenArticle(article);
    const located: LocatedSpan[] = [];
    for (const span of spans) {
      const at = locateSpan(flat, span, article.title);
      tally.located(at);
      if (at) located.push({ ...span, at, paragraphHasQuoteMark: paragraphHasQuoteMark(flat.text, at) });
    }
    const { analysis, alignment } = analyzePassage(analyze, flat.text);
    tally.analysed(alignment.identical);
    const quotes: PlacedQuote[] = [];
    for (const q of analysis.quotes) {
      const at = toSourceSpan(alignment, q.start, q.end);
      if (at && foldedText(flat.text.slice(at.start, at.end)).includes(foldedText(q.text))) quotes.push({ ...at, speaker: q.speaker });
      else tally.unalignedQuote();
    }
    tally.quotes(located, quotes);
    LEX_MAPPINGS.forEach((mapping) => {
      const placed = placeMarkers(analysis, mapping.metrics, alignment, flat.text);
      tally.lexical(mapping.variant, located, placed.markers, placed.unaligned + placed.mismatched);
    });
  }
  return tally.finish();
}

/** Whether the paragraph (blank-line separated block) around `at` holds a quotation mark. */
export function paragraphHasQuoteMark(text: string, at: Range): boolean {
  const before = text.lastIndexOf('\n\n', at.start);
  const after = text.indexOf('\n\n', at.end);
  return QUOTE_MARK.test(text.slice(before === -1 ? 0 : before, after === -1 ? text.length : after));
}
