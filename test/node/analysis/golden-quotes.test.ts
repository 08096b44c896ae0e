import { describe, expect, it } from 'vitest';
import { demo, evidenceTexts, metric } from './demo';

describe('quotes and scare quotes in the demo texts', () => {
  it('flags ‘interference’ in the RT headline as a scare quote', () => {
    const rt = demo('rt');
    const scare = rt.evidence.filter((e) => e.metric === 'scareQuotes');
    const headline = scare.find((e) => e.text === '‘interference’')!;
    expect(headline).toMatchObject({ start: 39, end: 53, ruleId: 'scareQuotes.unattributed', voice: 'outlet' });
    expect(rt.text.slice(headline.start, headline.end)).toBe('‘interference’');
    expect(headline.end).toBeLessThanOrEqual(rt.headlineSpan!.end);
    expect(scare.map((e) => [e.text, e.ruleId])).toEqual([
      ['‘interference’', 'scareQuotes.unattributed'],
      ['“interfering”', 'scareQuotes.loaded-frame'],
      ['“collusion”', 'scareQuotes.distancing-marker'],
    ]);
  });

  it('credits “China [has] promised a lot of things over the years…” to Christopher Wray', () => {
    const cnn = demo('cnn');
    const wray = cnn.quotes.find((q) => q.text.startsWith('China [has] promised a lot of things over the years'))!;
    expect(wray.speaker).toBe('Christopher Wray');
    expect(cnn.text.slice(wray.speakerSpan!.start, wray.speakerSpan!.end)).toBe('Wray');
    expect(wray.text).toBe('China [has] promised a lot of things over the years, so I’ll guess I’ll believe it when I see it,');
    expect(cnn.text.slice(wray.start, wray.end)).toBe(wray.text);
  });

  it('lists every CNN quotation with its speaker', () => {
    const cnn = demo('cnn');
    expect(cnn.quotes.map((q) => [q.text.slice(0, 25), q.speaker])).toEqual([
      ['China’s position has been', 'Chinese Foreign Ministry'],
      ['China [has] promised a lo', 'Christopher Wray'],
      ['intensify efforts to infl', null],
      ['magnify US societal divis', null],
      ['more freedom to operate', null],
      ['Between expanding geopoli', 'Chris Krebs'],
      ['Throw in AI-powered influ', 'Chris Krebs'],
      ['embarrassed', 'Joe Biden'],
    ]);
    expect(metric(cnn, 'directQuotes', 'outlet').count).toBe(8);
    expect(cnn.words).toEqual({ outlet: 903, quoted: 141 });
    expect(cnn.quotedShare).toBe(0.1351);
  });

  it('counts the hedge inside Krebs’s quote in the quoted voice, not the outlet’s', () => {
    const cnn = demo('cnn');
    const might = cnn.evidence.filter((e) => e.metric === 'hedging' && e.text === 'might');
    expect(might.map((e) => e.voice)).toEqual(['outlet', 'quoted']);
    expect(cnn.text.slice(might[1]!.start - 19, might[1]!.end)).toBe('campaigns and 2024 might');
    expect(metric(cnn, 'hedging', 'quoted')).toEqual({ metric: 'hedging', voice: 'quoted', count: 1, per1k: 7.09 });
    expect(metric(cnn, 'hedging', 'outlet').count).toBe(15);
  });

  it('treats short fragments with a named source nearby as partial quotes, not scare quotes', () => {
    const m = demo('mothership');
    expect(m.quotes.map((q) => q.text)).toEqual(['strategic channel of communication', 'pervasive', 'responsibly', 'important relationship']);
    expect(evidenceTexts(m, 'scareQuotes')).toEqual([]);
    const cnn = demo('cnn');
    expect(evidenceTexts(cnn, 'scareQuotes')).toEqual([]);
    expect(cnn.evidence.find((e) => e.text === '“embarrassed”')!.ruleId).toBe('directQuotes.partial');
  });

  it('calls India Today’s unattributed “brief” a scare quote', () => {
    expect(evidenceTexts(demo('indiaToday'), 'scareQuotes')).toEqual(['“brief”']);
  });
});
