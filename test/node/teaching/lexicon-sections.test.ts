import { describe, expect, it } from 'vitest';
import { LEXICON, METRIC_KEYS, analyze } from '../../../worker/analysis';
import { MATCHER_TERMS } from '../../../worker/analysis/nlp/phrases';
import { guardLabel, lexiconSections, sectionTerms } from '../../../dashboard/src/method/lexicon-sections';
import { lexiconTermSet } from './lexicon-terms';

describe('the methodology page’s sections of the lexicon', () => {
  const sections = lexiconSections();

  it('puts every metric in exactly one section', () => {
    const metrics = sections.flatMap((s) => s.metrics);
    expect([...metrics].sort()).toEqual([...METRIC_KEYS].sort());
  });

  it('shows every lexical entry and structural rule once, in its metric’s section', () => {
    const entryIds = sections.flatMap((s) => s.entries.map((e) => e.id));
    expect(entryIds.sort()).toEqual(LEXICON.lexical.map((e) => e.id).sort());
    const ruleIds = sections.flatMap((s) => s.rules.map((r) => r.id));
    expect(ruleIds.sort()).toEqual(LEXICON.rules.map((r) => r.id).sort());
    const hedging = sections.find((s) => s.id === 'hedging');
    expect(hedging?.entries.every((e) => e.metric === 'hedging' && e.category)).toBe(true);
    expect(sections.find((s) => s.id === 'skepticism')?.entries.map((e) => e.id)).toContain('skepticism.so-called');
  });

  it('renders every term the lexicon lists — hence every term the matchers use — exactly as listed', () => {
    analyze({ text: 'warm-up so that every matcher module is loaded' });
    const shown = new Set(sections.flatMap((s) => [...sectionTerms(s)]));
    const listed = lexiconTermSet(LEXICON);
    expect([...listed].filter((t) => !shown.has(t))).toEqual([]);
    expect([...shown].filter((t) => !listed.has(t))).toEqual([]);
    expect([...MATCHER_TERMS].filter((t) => !shown.has(t))).toEqual([]);
  });

  it('lists the outlets the citation rules recognise with their aliases', () => {
    const cnn = sections.find((s) => s.id === 'citations')?.lists.find((l) => l.id === 'cnn');
    expect(cnn).toMatchObject({ name: 'CNN', terms: ['cnn'] });
  });

  it('describes guards in words', () => {
    const claim = LEXICON.lexical.find((e) => e.id === 'skepticism.claim');
    expect(claim?.guards?.map(guardLabel)).toEqual(['Not when the next word is', 'Not when the previous word is']);
  });
});
