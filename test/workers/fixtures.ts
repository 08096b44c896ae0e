/**
 * A synthetic analysis with hundreds of items in every child table, for tests of chunked writes
 * (the analyser rarely produces this many on real text). Spans are consistent with `text`.
 */
import { METRIC_KEYS, VOICES, type ArticleAnalysis, type Evidence } from '../../worker/analysis/types';

export function syntheticAnalysis(
  size: { evidence: number; people: number; quotes: number; sources: number; citations: number },
  seed = '',
): ArticleAnalysis {
  const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
  const text = `Synthetic ${seed}\n\n${words.join(' ')}`;
  const spanOf = (i: number) => {
    const word = `w${i % words.length}`;
    const start = text.indexOf(` ${word} `) + 1;
    return { start, end: start + word.length };
  };
  const evidence: Evidence[] = Array.from({ length: size.evidence }, (_, i) => {
    const span = spanOf(i);
    return {
      metric: METRIC_KEYS[i % METRIC_KEYS.length]!,
      ...span,
      text: text.slice(span.start, span.end),
      ruleId: `rule.${i % 7}`,
      voice: VOICES[i % 2]!,
    };
  });
  const metrics = METRIC_KEYS.flatMap((metric) =>
    VOICES.map((voice) => {
      const count = evidence.filter((e) => e.metric === metric && e.voice === voice).length;
      return { metric, voice, count, per1k: Math.round((count / 1500) * 100000) / 100 };
    }),
  );
  return {
    analyzerVersion: '1.0.0',
    lexiconVersion: 'synthetic',
    text,
    headline: `Synthetic ${seed}`.trim(),
    headlineSpan: { start: 0, end: `Synthetic ${seed}`.trim().length },
    bylines: ['A. Writer', 'B. Writer'],
    published: '2024-01-30',
    wordCount: 3000,
    sentenceCount: 1,
    words: { outlet: 1500, quoted: 1500 },
    quotedShare: 0.5,
    paragraphs: [],
    sentences: [],
    quotes: Array.from({ length: size.quotes }, (_, i) => {
      const span = spanOf(i + 1);
      return { ...span, text: text.slice(span.start, span.end), speaker: i % 3 ? `Speaker ${i}` : null, speakerSpan: i % 3 ? spanOf(i + 2) : null };
    }),
    metrics,
    evidence,
    people: Array.from({ length: size.people }, (_, i) => ({
      name: `Person ${i}`,
      role: (['author', 'contributor', 'source', 'mentioned'] as const)[i % 4]!,
      mentions: [spanOf(i), spanOf(i + 100)],
    })),
    sources: Array.from({ length: size.sources }, (_, i) => {
      const span = spanOf(i + 3);
      return { kind: i % 2 ? ('named' as const) : ('anonymous' as const), ...span, text: text.slice(span.start, span.end), name: i % 2 ? `Source ${i}` : null, ruleId: `source.${i % 5}` };
    }),
    citations: Array.from({ length: size.citations }, (_, i) => {
      const span = spanOf(i + 4);
      return { outlet: `Outlet ${i % 9}`, ...span, text: text.slice(span.start, span.end), ruleId: `citation.${i % 3}` };
    }),
  };
}
