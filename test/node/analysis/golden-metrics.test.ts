import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, VOICES } from '../../../worker/analysis';
import { DEMO, demo, evidenceTexts, metric, type DemoKey } from './demo';

const KEYS = Object.keys(DEMO) as DemoKey[];

describe('metrics of the demo texts', () => {
  it('gives RT the highest outlet-voice skepticism rate of the five', () => {
    const rates = KEYS.map((k) => [k, metric(demo(k), 'skepticism', 'outlet').per1k] as const);
    const top = [...rates].sort((a, b) => b[1] - a[1])[0]!;
    expect(top[0]).toBe('rt');
    expect(metric(demo('rt'), 'skepticism', 'outlet')).toEqual({ metric: 'skepticism', voice: 'outlet', count: 10, per1k: 34.13 });
    expect(evidenceTexts(demo('rt'), 'skepticism')).toEqual([
      'alleged', 'supposedly', 'claimed', 'claims', 'unsubstantiated', 'so-called', 'supposed', 'claimed', 'debunked', 'claims',
    ]);
  });

  it('lists every metric × voice in contract order, with counts equal to the evidence', () => {
    for (const key of KEYS) {
      const a = demo(key);
      expect(a.metrics.map((m) => `${m.metric}/${m.voice}`)).toEqual(METRIC_KEYS.flatMap((m) => VOICES.map((v) => `${m}/${v}`)));
      for (const m of a.metrics) {
        expect(m.count).toBe(a.evidence.filter((e) => e.metric === m.metric && e.voice === m.voice).length);
      }
      for (const e of a.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
      expect(a.words.outlet + a.words.quoted).toBe(a.wordCount);
    }
  });

  it('finds Mothership’s hedges, including its open question, and its one booster', () => {
    const m = demo('mothership');
    expect(evidenceTexts(m, 'hedging')).toEqual(['reportedly', 'possibility', 'seems', 'reportedly', 'Whether', 'remain to be seen', 'appear', 'appeared', 'reportedly']);
    expect(m.evidence.find((e) => e.text === 'Whether')!.ruleId).toBe('hedging.investigation-whether');
    expect(evidenceTexts(m, 'boosters')).toEqual(['one thing is certain']);
  });

  it('counts RT’s loaded attribution verbs and the unattributed text’s hedges', () => {
    expect(evidenceTexts(demo('rt'), 'loadedVerbs')).toEqual(['claimed', 'denied', 'claimed']);
    expect(evidenceTexts(demo('unattributed'), 'hedging')).toEqual(['is expected to', 'accused', 'According to', 'uncertain']);
  });

  it('reports word and sentence counts', () => {
    expect([demo('cnn').wordCount, demo('indiaToday').wordCount, demo('mothership').wordCount, demo('rt').wordCount, demo('unattributed').wordCount]).toEqual([1044, 384, 587, 325, 404]);
    expect(demo('unattributed').sentenceCount).toBe(17);
  });
});
