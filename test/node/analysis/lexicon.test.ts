import { describe, expect, it } from 'vitest';
import { LEXICON, LEXICON_VERSION, METRIC_DEFINITIONS, METRIC_KEYS, analyze } from '../../../worker/analysis';
import { LEXICAL_RULES } from '../../../worker/analysis/lexicon';
import { MATCHER_TERMS } from '../../../worker/analysis/nlp/phrases';
import { lexiconHash } from '../../../worker/analysis/version';
import { DEMO, demo, type DemoKey } from './demo';

/** Every string listed under a `pattern`, `terms` or `skip` key anywhere in the data. */
function lexiconTerms(data: unknown, out = new Set<string>(), key = ''): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) {
      if (typeof item === 'string' && (key === 'pattern' || key === 'terms' || key === 'skip')) out.add(item);
      else lexiconTerms(item, out, key);
    }
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) lexiconTerms(v, out, k);
  }
  return out;
}

/** Every documented id (objects with id, rationale and examples). */
function documentedIds(data: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) documentedIds(item, out);
  else if (data !== null && typeof data === 'object') {
    const node = data as Record<string, unknown>;
    if (typeof node.id === 'string' && typeof node.rationale === 'string' && Array.isArray(node.examples)) out.add(node.id);
    for (const v of Object.values(node)) documentedIds(v, out);
  }
  return out;
}

describe('the lexicon as data', () => {
  it('builds every matcher only from terms listed in LEXICON', () => {
    analyze({ text: 'warm-up so that every matcher module is loaded' });
    const listed = lexiconTerms(LEXICON);
    expect(MATCHER_TERMS.size).toBeGreaterThan(500);
    expect([...MATCHER_TERMS].filter((t) => !listed.has(t))).toEqual([]);
  });

  it('documents every rule id that evidence carries', () => {
    const ids = documentedIds(LEXICON);
    for (const key of Object.keys(DEMO) as DemoKey[]) {
      for (const e of demo(key).evidence) expect(ids, e.ruleId).toContain(e.ruleId);
    }
    expect(ids).toContain('guard.may-month-capitalised');
  });

  it('gives every lexical entry a unique id, a rationale and examples that it matches', () => {
    const ids = LEXICAL_RULES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of LEXICAL_RULES) {
      expect(entry.rationale.length).toBeGreaterThan(10);
      for (const example of entry.examples) {
        const rules = analyze({ text: example, passage: true }).evidence.map((e) => e.ruleId);
        expect(rules, `${entry.id}: ${example}`).toContain(entry.id);
      }
      for (const counter of entry.counterExamples ?? []) {
        const rules = analyze({ text: counter, passage: true }).evidence.map((e) => e.ruleId);
        expect(rules, `${entry.id} counter: ${counter}`).not.toContain(entry.id);
      }
    }
  });

  it('hashes the lexicon data into LEXICON_VERSION, changing with any term', () => {
    expect(LEXICON_VERSION).toMatch(/^fnv1a-[0-9a-f]{8}$/);
    expect(lexiconHash(LEXICON)).toBe(LEXICON_VERSION);
    const copy = structuredClone(LEXICON) as unknown as { lexical: { pattern: string[] }[] };
    expect(lexiconHash(copy)).toBe(LEXICON_VERSION);
    copy.lexical[0]!.pattern.push('mayhaps');
    expect(lexiconHash(copy)).not.toBe(LEXICON_VERSION);
    expect(analyze({ text: 'x' }).lexiconVersion).toBe(LEXICON_VERSION);
  });

  it('defines every metric for the methodology page', () => {
    expect(METRIC_DEFINITIONS.map((d) => d.key)).toEqual([...METRIC_KEYS]);
    for (const d of METRIC_DEFINITIONS) {
      expect(d.label.length).toBeGreaterThan(3);
      expect(d.shortLabel.length).toBeLessThanOrEqual(d.label.length);
      expect(d.description.length).toBeGreaterThan(40);
    }
  });
});
