import { describe, expect, it } from 'vitest';

import { parseBabe } from '../../../scripts/eval/readers/babe';
import { parseSzegedXml } from '../../../scripts/eval/readers/szeged-xml';
import type { CardResult } from '../../../scripts/eval/results';
import { evaluateBabe } from '../../../scripts/eval/runners/babe';
import { evaluateConll } from '../../../scripts/eval/runners/conll';
import { evaluateSzeged } from '../../../scripts/eval/runners/szeged';
import { markInContext } from '../../../scripts/eval/errors';
import { wordAnalyzer } from './fake-analysis';

const pick = (rs: CardResult[], level: string, variant: string) => {
  const r = rs.find((x) => x.level === level && x.variant === variant);
  if (!r) throw new Error(`no ${level}/${variant} result`);
  return r;
};

// Hand-written sentences; the first has irregular whitespace that the fake analyser collapses,
// so its 'may' is only matched if offsets are aligned back to the input.
const XML = `<DocumentSet><Document><DocID>d1</DocID><DocumentPart type="Text">
<Sentence id="S1">   <ccue type="speculation_hypo_condition _">If</ccue>    clouds   come,    rain <ccue type="speculation_modal_probable_">may</ccue> fall.</Sentence>
<Sentence id="S2">Officials <ccue type="speculation_hypo_doxastic _">believe</ccue> it <ccue type="speculation_modal_probable_">might</ccue> end.</Sentence>
<Sentence id="S3">The sky may be blue.</Sentence>
<Sentence id="S4">It is <ccue type="speculation_hypo_doxastic _">allegedly</ccue> stolen.</Sentence>
</DocumentPart></Document></DocumentSet>`;

const hedger = wordAnalyzer({ may: 'hedging', might: 'hedging', allegedly: 'skepticism' });

describe('evaluateSzeged', () => {
  const sentences = parseSzegedXml(XML);
  const run = evaluateSzeged({ id: 'wiki', role: 'dev' }, sentences, hedger, { errors: true });

  it('scores cues by one-to-one overlap after aligning offsets', () => {
    expect(pick(run.results, 'cue', 'main')).toMatchObject({ tp: 2, fp: 1, fn: 3, precision: 0.6667, recall: 0.4, f1: 0.5, n: 5 });
    expect(pick(run.results, 'cue', 'hedging+skepticism')).toMatchObject({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 0.6667 });
    expect(run.unalignedMarkers).toBe(0);
    expect(run.realigned).toBe(1);
  });

  it('scores sentences as uncertain iff they hold a cue', () => {
    expect(pick(run.results, 'sentence', 'main')).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 0.6667, recall: 0.6667, n: 4 });
    expect(pick(run.results, 'sentence', 'hedging+skepticism')).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1, f1: 0.8571 });
    expect(pick(run.results, 'sentence', 'main').note).toBe('3 of 4 sentences hold a gold cue; tn 0');
  });

  it('tallies dev errors: missed gold cues and false-positive words with their rule ids', () => {
    expect(run.errors?.topMissed(10)).toEqual([
      { words: 'allegedly', count: 1, rules: [], examples: ['It is «allegedly» stolen.'] },
      { words: 'believe', count: 1, rules: [], examples: ['Officials «believe» it might end.'] },
      { words: 'if', count: 1, rules: [], examples: ['«If» clouds come, rain may fall.'] },
    ]);
    expect(run.errors?.topFalsePositives(10)).toEqual([
      { words: 'may', count: 1, rules: ['hedging.may'], examples: ['The sky «may» be blue.'] },
    ]);
    expect(run.errors?.format(1).split('\n')).toEqual([
      '== error analysis: wiki (dev), hedging main mapping ==',
      'missed gold cues: 3 of 5; most frequent:',
      '      1  allegedly',
      'false-positive predicted cues: 1 of 3; most frequent (rule ids):',
      '      1  may  [hedging.may]',
    ]);
    expect(run.errors?.format(1, true).split('\n')).toContain('           The sky «may» be blue.');
  });

  it('refuses error analysis on a test corpus', () => {
    expect(() => evaluateSzeged({ id: 'factbank', role: 'test' }, sentences, hedger, { errors: true })).toThrow(
      'error analysis is only for dev corpora; factbank is a test corpus',
    );
    expect(evaluateSzeged({ id: 'factbank', role: 'test' }, sentences, hedger).errors).toBeNull();
  });
});

describe('evaluateConll', () => {
  const sentences = [
    { text: 'Some  people say it may work.', uncertain: true },
    { text: 'Critics argue otherwise.', uncertain: true },
    { text: 'It was a famous show.', uncertain: true },
    { text: 'It may be true.', uncertain: false },
    { text: 'It opened in 1990.', uncertain: false },
    { text: 'It is clearly great.', uncertain: false },
  ];
  const analyze = wordAnalyzer({ may: 'hedging', critics: 'anonymousSources', clearly: 'boosters' });
  const devSentenceKeys = new Set(['Some people say it may work.', 'It may be true.']);
  const results = evaluateConll({ id: 'conll', role: 'test' }, sentences, analyze, { devSentenceKeys });

  it('scores each mapping at sentence level', () => {
    expect(pick(results, 'sentence', 'main')).toMatchObject({ tp: 2, fp: 1, fn: 1, precision: 0.6667, recall: 0.6667, n: 6 });
    expect(pick(results, 'sentence', 'hedging-only')).toMatchObject({ tp: 1, fp: 1, fn: 2, precision: 0.5, recall: 0.3333, f1: 0.4 });
    expect(pick(results, 'sentence', 'main+boosters')).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5, f1: 0.5714 });
  });

  it('re-weights to 22.7% prevalence (TPR 2/3, FPR 1/3: hand-computed P 0.3700, F1 0.4759)', () => {
    const r = pick(results, 'sentence-prevalence-adjusted', 'main');
    expect(r).toMatchObject({ precision: 0.37, recall: 0.6667, f1: 0.4759, tp: 2, fp: 1, fn: 1 });
    expect(r.note).toContain('FPR 0.3333');
  });

  it('scores the sentences absent from the dev file separately', () => {
    expect(pick(results, 'sentence', 'main-not-in-dev')).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, n: 4 });
  });
});

describe('evaluateBabe', () => {
  const csv =
    'text,label_bias,biased_words\n' +
    'He claimed the radical plan failed.,Biased,"[\'claimed\', \'radical\']"\n' +
    'Officials slammed the bill.,Biased,[\'bill\']\n' +
    'A terrible idea.,Biased,[]\n' +
    'He claimed the title.,Non-biased,[]\n' +
    'It rained.,Non-biased,[]\n' +
    'X claimed.,No agreement,[]\n';
  const results = evaluateBabe({ id: 'babe', role: 'test' }, parseBabe(csv), wordAnalyzer({ claimed: 'skepticism', slammed: 'loadedVerbs' }));

  it('counts firing in Biased vs Non-biased sentences, leaving out No agreement', () => {
    const s = pick(results, 'sentence-bias', 'skepticism');
    expect(s).toMatchObject({ card: 'skepticism', tp: 1, fp: 1, fn: 2, precision: 0.5, recall: 0.3333, n: 5 });
    expect(s.note).toBe(
      "fires in 1/3 Biased (33.3%) vs 1/2 Non-biased (50.0%) sentences; precision = P(Biased | fires), base rate 60.0%; tn 1; 1 'No agreement' sentence(s) left out",
    );
    expect(pick(results, 'sentence-bias', 'loadedVerbs')).toMatchObject({ tp: 1, fp: 0, fn: 2, precision: 1, f1: 0.5 });
    expect(pick(results, 'sentence-bias', 'skepticism+loadedVerbs')).toMatchObject({ card: 'biasMarkers', tp: 2, fp: 1, fn: 1 });
  });

  it("checks flagged words against the experts' biased_words", () => {
    expect(pick(results, 'marker-word-in-biased_words', 'skepticism')).toMatchObject({ tp: 1, fp: 0, precision: 1, recall: null });
    expect(pick(results, 'marker-word-in-biased_words', 'loadedVerbs')).toMatchObject({ tp: 0, fp: 1, precision: 0 });
    expect(pick(results, 'marker-word-in-biased_words', 'skepticism+loadedVerbs')).toMatchObject({ tp: 1, fp: 1, precision: 0.5 });
  });
});


describe('markInContext', () => {
  it('marks the span and cuts long sentences to 70 characters either side', () => {
    const long = `${'a'.repeat(100)} may ${'b'.repeat(100)}`;
    expect(markInContext(long, 101, 104)).toBe(`…${'a'.repeat(69)} «may» ${'b'.repeat(69)}…`);
    expect(markInContext('It  may\nrain.', 4, 7)).toBe('It «may» rain.');
  });
});
