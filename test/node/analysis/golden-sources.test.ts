import { describe, expect, it } from 'vitest';
import { demo, evidenceTexts } from './demo';

describe('sources and citations in the demo texts', () => {
  it('finds CNN’s anonymous and named sources', () => {
    const cnn = demo('cnn');
    expect(cnn.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text)).toEqual([
      'two people familiar with the conversations',
      'one of the sources',
      'the source',
      'the source who was briefed on the matter',
      'US national security officials',
      'US intelligence officials',
      'a senior National Security Agency official',
      'one of the sources',
    ]);
    expect(cnn.sources.filter((s) => s.kind === 'named').map((s) => [s.text, s.name])).toEqual([
      ['Chinese Foreign Ministry said', 'Chinese Foreign Ministry'],
      ['Wray told', 'Christopher Wray'],
      ['said Chris Krebs', 'Chris Krebs'],
      ['Krebs told', 'Chris Krebs'],
      ['Biden told', 'Joe Biden'],
    ]);
    for (const s of cnn.sources) expect(cnn.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not count public intelligence reports as a source', () => {
    const cnn = demo('cnn');
    expect(cnn.sources.some((s) => s.text.includes('reports'))).toBe(false);
  });

  it('finds the anonymous sources of the re-reports', () => {
    expect(evidenceTexts(demo('rt'), 'anonymousSources')).toEqual(['An anonymous source', 'CNN’s source']);
    expect(evidenceTexts(demo('mothership'), 'anonymousSources')).toEqual(['two unnamed sources', 'A source', 'a source']);
    expect(evidenceTexts(demo('indiaToday'), 'anonymousSources')).toEqual(['sources privy to the exchange', 'experts', 'security officials']);
  });

  it('cites Reuters, VOA, the South China Morning Post and CNN in Mothership', () => {
    const m = demo('mothership');
    expect(m.citations.map((c) => [c.outlet, c.text])).toEqual([
      ['CNN', ': CNN'],
      ['CNN', 'CNN reported'],
      ['CNN', 'told CNN'],
      ['CNN', 'CNN reported'],
      ['Reuters', 'Reuters reported'],
      ['Reuters', 'Reuters further reported'],
      ['South China Morning Post', 'the South China Morning Post reported'],
      ['VOA', 'VOA reported'],
    ]);
  });

  it('credits CNN six times in RT, from the headline to "The news outlet listed"', () => {
    const rt = demo('rt');
    expect(rt.citations.map((c) => [c.text, c.ruleId])).toEqual([
      ['– CNN', 'citations.headline-credit'],
      ['CNN reported', 'citations.outlet-verb'],
      ['told CNN', 'citations.introducer'],
      ['CNN claimed', 'citations.outlet-verb'],
      ['CNN’s source', 'citations.possessive'],
      ['The news outlet listed', 'citations.anaphor'],
    ]);
    expect(rt.citations[0]!.end).toBe(rt.headlineSpan!.end);
  });

  it('does not count CNN crediting itself', () => {
    expect(demo('cnn').citations).toEqual([]);
    expect(demo('indiaToday').citations.map((c) => c.text)).toEqual(['CNN reported', 'Reuters reported']);
  });
});
