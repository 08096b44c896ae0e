import { describe, expect, it } from 'vitest';
import { HEDGE_CATEGORIES } from '../../../worker/analysis/lexicon/types';
import { LEXICAL_RULES } from '../../../worker/analysis/lexicon';
import { analyze } from '../../../worker/analysis';
import { demo } from './demo';
import { hits } from './helpers';

const CATEGORY = new Map(LEXICAL_RULES.map((e) => [e.id, e.category]));

/** [hedge text, category] for a bare passage. */
function hedges(text: string): [string, string | undefined][] {
  return analyze({ text, passage: true })
    .evidence.filter((e) => e.metric === 'hedging')
    .map((e) => [e.text, CATEGORY.get(e.ruleId)]);
}

describe('hedging rules and their categories', () => {
  it('gives every hedging entry one of the five categories, and no other metric a category', () => {
    for (const e of LEXICAL_RULES) {
      if (e.metric === 'hedging') expect(HEDGE_CATEGORIES, e.id).toContain(e.category);
      else expect(e.category, e.id).toBeUndefined();
    }
    const used = new Set(LEXICAL_RULES.map((e) => e.category).filter((c) => c !== undefined));
    expect([...used].sort()).toEqual([...HEDGE_CATEGORIES].sort());
  });

  it('counts doxastic verbs: belief, reputation and expectation', () => {
    expect(hedges('Investigators believe the fire was set.')).toEqual([['believe', 'doxastic']]);
    expect(hedges('He is widely seen as the heir apparent.')).toEqual([['seen as', 'doxastic']]);
    expect(hedges('Taiwan, long considered a flashpoint, voted on Saturday.')).toEqual([['considered', 'doxastic']]);
    expect(hedges('Analysts think the rate will rise.')).toEqual([['think', 'doxastic']]);
    expect(hedges('A ruling is expected next week.')).toEqual([['expected', 'doxastic']]);
    expect(hedges('Many economists consider it a gamble.')).toEqual([['consider', 'doxastic']]);
    expect(hedges('Rumors of a merger lifted the shares.')).toEqual([['Rumors', 'doxastic']]);
  });

  it('counts conditions and open questions', () => {
    expect(hedges('If the talks fail, sanctions will follow.')).toEqual([['If', 'conditional']]);
    expect(hedges('The deal holds unless Congress objects.')).toEqual([['unless', 'conditional']]);
    expect(hedges('A ban would hurt exports.')).toEqual([['would', 'conditional']]);
    expect(hedges('Such a move wouldn’t help anyone.')).toEqual([['wouldn’t', 'conditional']]);
    expect(hedges('Investigators are examining whether the fire was set.')).toEqual([['whether', 'investigation']]);
  });

  it('counts hearsay and accusations as evidential hedges', () => {
    expect(hedges('The senator allegedly took bribes.')).toEqual([['allegedly', 'evidential']]);
    expect(hedges('He was accused of leaking the memo.')).toEqual([['accused', 'evidential']]);
    expect(hedges('The bridge is said to date from Roman times.')).toEqual([['is said to', 'evidential']]);
    expect(hedges('Nobody has seen the supposed memo.')).toEqual([['supposed', 'evidential']]);
    expect(hedges('The memo implies that he knew.')).toEqual([['implies', 'evidential']]);
  });

  it('counts epistemic possibility and statements of ignorance', () => {
    expect(hedges('Officials are examining a possible link.')).toEqual([['possible', 'epistemic']]);
    expect(hedges('It is possible that the data was lost.')).toEqual([['It is possible', 'epistemic']]);
    expect(hedges('Little is known about his early life.')).toEqual([['Little is known', 'epistemic']]);
    expect(hedges('The report casts doubt on the timeline.')).toEqual([['casts doubt', 'epistemic']]);
  });

  it('finds CNN’s conditions and open questions but none of its four reported “would”s', () => {
    const cnn = demo('cnn');
    const found = cnn.evidence.filter((e) => e.metric === 'hedging').map((e) => [e.text, CATEGORY.get(e.ruleId)]);
    expect(found.filter(([, c]) => c === 'conditional' || c === 'investigation')).toEqual([
      ['Even if', 'conditional'],
      ['whether', 'investigation'],
      ['if', 'conditional'],
    ]);
    expect(found).toContainEqual(['alleged', 'evidential']);
    expect(cnn.text.match(/\bwould(?:n’t)?\b/g)).toHaveLength(4);
    expect(found.some(([t]) => t === 'would' || t === 'wouldn’t')).toBe(false);
    for (const key of ['indiaToday', 'mothership', 'rt', 'unattributed'] as const) {
      expect(demo(key).evidence.some((e) => e.ruleId === 'hedging.hypothetical-would'), key).toBe(false);
    }
  });

  it('does not double-count a hedge inside a longer hedge', () => {
    expect(hits('It is not known whether the ship sank.', 'hedging')).toEqual(['It is not known', 'whether']);
    expect(hits('The deal may or may not survive.', 'hedging')).toEqual(['may or may not']);
  });
});
