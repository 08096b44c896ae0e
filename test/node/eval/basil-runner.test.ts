import { describe, expect, it } from 'vitest';
import type { Analyze } from '../../../scripts/eval/analyzer';
import { parseBasilAnnotations, parseBasilArticle } from '../../../scripts/eval/readers/basil';
import type { CardResult } from '../../../scripts/eval/results';
import { evaluateBasil } from '../../../scripts/eval/runners/basil';
import type { Quote } from '../../../worker/analysis/types';
import { analysisOf, wordAnalyzer } from './fake-analysis';

// A hand-written article in BASIL's format.
const article = parseBasilArticle({
  uuid: 'a1',
  source: 'fox',
  title: 'Mayor Slams Plan',
  'body-paragraphs': [
    ['The mayor slammed the “foolish” plan.', '“It is a disaster,” said Jane Roe.'],
    ['Critics called it “a so-called fix” and left.'],
    ['He said it was bad.'],
    ['Aides said “nothing changed” today.'],
    ['“We wait,” said Jane Roe.'],
    ['“All fine,” said Jane Roe.'],
  ],
});

const ann = (id: string, start: number, end: number, txt: string, bias: string, quote: string, speaker = '') => ({
  id, start, end, txt, bias, quote, speaker,
});
const spans = parseBasilAnnotations({
  'phrase-level-annotations': [
    ann('p0', 10, 17, 'slammed', 'lex', 'no'),
    ann('p1', 7, 17, 'a disaster', 'inf', 'yes', 'Jane_Roe'),
    ann('p2', 21, 34, 'so-called fix', 'lex', 'yes', 'Rick_Critic'),
    ann('p3', 8, 18, 'it was bad', 'inf', 'yes', 'Joe_Bloggs'),
    ann('title', 6, 11, 'Slams', 'lex', 'no'),
    ann('p0', 23, 30, 'foolish', 'lex', 'no'),
    ann('p2', 0, 35, 'Critics called it “a so-called fix”', 'inf', 'no'),
    ann('p4', 12, 27, 'nothing changed', 'inf', 'no'),
    ann('p5', 1, 8, 'We wait', 'inf', 'yes', 'John_Roe'),
  ],
});

/** Word markers plus a quote for every “…” of two or more words, with "said First Last" after it as speaker. */
const words = wordAnalyzer({ slammed: 'loadedVerbs', 'so-called': 'skepticism' });
const analyze: Analyze = (input) => {
  const base = words(input);
  const quotes: Quote[] = [];
  for (const m of base.text.matchAll(/“([^”]+)”/g)) {
    const inner = m[1] ?? '';
    if (inner.trim().split(/\s+/).length < 2) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const said = /^\s*said ([A-Z]\w+ [A-Z]\w+)/.exec(base.text.slice(end));
    quotes.push({ start, end, text: inner, speaker: said?.[1] ?? null, speakerSpan: null });
  }
  return analysisOf(base.text, base.evidence, quotes);
};

const run = evaluateBasil({ id: 'basil', role: 'test' }, [{ article, spans }], analyze);
const pick = (level: string, variant: string): CardResult => {
  const r = run.results.find((x) => x.level === level && x.variant === variant);
  if (!r) throw new Error(`no ${level}/${variant}`);
  return r;
};

describe('evaluateBasil', () => {
  it('locates every annotated span and aligns the detected quotes', () => {
    expect(run.diagnostics).toEqual([
      'basil: 9 annotated spans; 9 at their stated offsets, 0 found nearby in the same sentence, 0 not located',
      "basil: the analyser's text differed from the joined text in 1 of 1 articles (offsets aligned by characters); 5 detected direct quotes placed in the joined text, 0 could not be aligned or landed on different text",
    ]);
  });

  it('scores quote recall over gold quote spans and precision over judged detections', () => {
    expect(pick('gold-quote-span', 'main')).toMatchObject({ tp: 3, fn: 1, recall: 0.75, precision: null, n: 4 });
    expect(pick('gold-quote-span', 'paragraph-has-quote-mark')).toMatchObject({ tp: 3, fn: 0, recall: 1, n: 3 });
    const judged = pick('detected-quote-judged', 'main');
    expect(judged).toMatchObject({ tp: 3, fp: 1, precision: 0.75, recall: null, n: 4 });
    expect(judged.note).toContain('4 of 5 detected quotes overlap an annotated span (1 touch none and are not judged)');
    expect(pick('quote', 'main')).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it('scores speakers strictly and by surname', () => {
    expect(pick('speaker-strict', 'main')).toMatchObject({ card: 'speakerAttribution', tp: 1, fp: 1, fn: 2, precision: 0.5, recall: 0.3333, n: 3 });
    expect(pick('speaker-lenient', 'main')).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1, recall: 0.6667 });
    expect(pick('speaker-strict', 'main').note).toContain('1 detected with no speaker');
  });

  it('measures recall of lexical-bias spans per marker, overall and in the outlet voice', () => {
    expect(pick('lexical-bias-span', 'skepticism')).toMatchObject({ card: 'skepticism', tp: 1, fn: 3, recall: 0.25 });
    expect(pick('lexical-bias-span-outlet-voice', 'skepticism')).toMatchObject({ tp: 0, fn: 3, recall: 0 });
    expect(pick('lexical-bias-span', 'loadedVerbs')).toMatchObject({ card: 'loadedVerbs', tp: 1, fn: 3 });
    expect(pick('lexical-bias-span-outlet-voice', 'loadedVerbs')).toMatchObject({ tp: 1, fn: 2, recall: 0.3333 });
    expect(pick('lexical-bias-span', 'skepticism+loadedVerbs')).toMatchObject({ card: 'biasMarkers', tp: 2, fn: 2, recall: 0.5 });
    expect(pick('lexical-bias-span', 'any-stance-marker')).toMatchObject({ tp: 2, fn: 2 });
    expect(pick('lexical-bias-span', 'skepticism').note).toContain('1 markers fired in the 1 articles, 1 inside any annotated bias span');
  });
});
