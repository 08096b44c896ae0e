/**
 * The framing analyser's public surface.
 *
 * @example
 * import { analyze } from './analysis';
 * const result = analyze({ text: rawArticle, outlet: 'CNN' });
 * result.metrics.find((m) => m.metric === 'hedging' && m.voice === 'outlet')?.per1k;
 */
export { analyze, analyzeDocument } from './analyze';
export { analysedLength, cleanDocument } from './text/clean';
export { LEXICON } from './lexicon';
export { METRIC_DEFINITIONS, type MetricDefinition } from './metric-definitions';
export { ANALYZER_VERSION, LEXICON_VERSION } from './version';
export * from './types';
