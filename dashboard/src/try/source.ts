/**
 * What /try analyses (pure): pasted text or an opened file, told apart as plain text or HTML, and the
 * profile series of the result so it can sit beside a stored story's outlets.
 */
import type { AnalyzeInput, ArticleAnalysis, MetricKey } from '../../../worker/analysis/types';
import type { ProfileSeries } from '../data/profile';

/** Longest input analysed (characters): far beyond any article, short of freezing the tab. */
export const MAX_INPUT_CHARS = 2_000_000;

/** HTML when the file says so (.html/.htm) or the text is plainly markup (opens with a tag and closes one). */
export function isHtml(text: string, fileName?: string): boolean {
  if (fileName && /\.x?html?$/i.test(fileName)) return true;
  if (fileName && /\.txt$/i.test(fileName)) return false;
  return /^\s*<(!doctype|html|head|body|article|div|p|h1|section|main)\b/i.test(text) && /<\/[a-z][a-z0-9]*\s*>/i.test(text);
}

/** The analyser's input for a text (and the name of the file it came from, if any). */
export function analyzeInput(text: string, options: { fileName?: string; passage?: boolean } = {}): AnalyzeInput {
  const input: AnalyzeInput = isHtml(text, options.fileName) ? { html: text } : { text };
  if (options.passage) input.passage = true;
  return input;
}

/** One profile series (own voice, per 1,000 words) from an analysis, for the comparison chart. */
export function analysisSeries(analysis: ArticleAnalysis, metrics: readonly MetricKey[], label: string): ProfileSeries {
  return {
    articleId: 0,
    label,
    values: metrics.map((metric) => analysis.metrics.find((m) => m.metric === metric && m.voice === 'outlet')?.per1k ?? 0),
  };
}

/**
 * Calls `run` once input has paused for `ms` (typing), or at once through `flush` (a file opened).
 */
export function debounce<T extends unknown[]>(run: (...args: T) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: T) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
  debounced.flush = (...args: T) => {
    clearTimeout(timer);
    run(...args);
  };
  return debounced;
}
