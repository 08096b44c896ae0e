import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/eval/cli-args';
import { buildReport, formatLine } from '../../../scripts/eval/report/build';
import { renderMarkdown } from '../../../scripts/eval/report/markdown';
import type { CardResult } from '../../../scripts/eval/results';

const line = (over: Partial<CardResult>): CardResult => ({
  card: 'hedging', corpus: 'factbank', role: 'test', level: 'sentence', variant: 'main',
  precision: 0.8125, recall: 0.72, f1: 0.7636, tp: 400, fp: 92, fn: 154, n: 3129, note: 'a | b', ...over,
});

describe('formatLine', () => {
  it('prints one line per corpus, level and mapping with the counts', () => {
    expect(formatLine(line({}))).toBe('factbank sentence [main] P 0.81 R 0.72 F1 0.76 (tp 400 fp 92 fn 154) n 3129 test');
    expect(formatLine(line({ precision: null, f1: null }))).toBe('factbank sentence [main] P  n/a R 0.72 F1  n/a (tp 400 fp 92 fn 154) n 3129 test');
  });
  it('prints the prevalence-adjusted F1 first', () => {
    expect(formatLine(line({ corpus: 'conll', level: 'sentence-prevalence-adjusted', precision: 0.5, recall: 0.6, f1: 0.5455 }))).toBe(
      "conll prevalence-adjusted [main] F1 0.55 (P' 0.50 R 0.60) (tp 400 fp 92 fn 154) n 3129 test",
    );
  });
});

describe('buildReport / renderMarkdown', () => {
  const report = buildReport(
    [line({}), line({ card: 'directQuotes', corpus: 'basil', level: 'quote' }), line({ card: 'skepticism', corpus: 'babe', level: 'sentence-bias', variant: 'skepticism', tp: 7 })],
    [{ id: 'factbank', role: 'test', title: 'FactBank news', size: '3 sentences' }],
    { analyzerVersion: '1.2.3', lexiconVersion: 'abc', source: 'commit abc1234' },
    '2026-01-02',
  );
  it('groups results into method cards without the card tag, dropping cards with no results', () => {
    expect(report.cards.map((c) => c.metric)).toEqual(['hedging', 'directQuotes', 'skepticism']);
    expect(report.cards[0]?.results[0]).not.toHaveProperty('card');
    expect(report).toMatchObject({ schemaVersion: 1, generated: '2026-01-02', analyzerVersion: '1.2.3', lexiconVersion: 'abc' });
  });
  it('renders every figure with its counts and escapes pipes in notes', () => {
    const md = renderMarkdown(report, { diagnostics: ['all aligned'] });
    expect(md).toContain('analyser 1.2.3, lexicon abc (commit abc1234).');
    const row = '| hedging | factbank | test | sentence | main | 0.813 | 0.720 | 0.764 | 400 | 92 | 154 | 3129 | a \\| b |';
    expect(md).toContain(row);
    expect(md).toContain('- factbank (test): FactBank news; 3 sentences');
    expect(md).toContain('- all aligned');
    // The headline table lists the main lines and each marker card's own variant.
    const headline = md.slice(md.indexOf('## Headline figures'), md.indexOf('## Hedging'));
    expect(headline).toContain(row);
    expect(headline).toContain('| skepticism | babe | test | sentence-bias | skepticism |');
  });
});

describe('parseArgs', () => {
  it('reads options', () => {
    expect(parseArgs(['--corpus', '/x', '--only', 'wiki,conll', '--errors', '--top=5', '--no-write'])).toEqual({
      corpusDir: '/x', only: ['wiki', 'conll'], errors: true, examples: false, top: 5, write: false, help: false,
    });
    expect(parseArgs(['--examples'])).toMatchObject({ errors: true, examples: true });
  });
  it('rejects unknown corpora and options', () => {
    expect(() => parseArgs(['--only', 'imdb'])).toThrow(UsageError);
    expect(() => parseArgs(['--fast'])).toThrow('unknown option --fast');
    expect(() => parseArgs(['--corpus'])).toThrow('--corpus needs a value');
  });
});
