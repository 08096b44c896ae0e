import { describe, expect, it } from 'vitest';
import { analyze, LEXICON } from '../../../worker/analysis';

/** [text, rule] of every source found in a bare passage. */
const sources = (text: string): [string, string][] => analyze({ text, passage: true }).sources.map((s) => [s.text, s.ruleId]);

describe('vague attribution (weasel words) as anonymous sourcing', () => {
  it('credits claims to unbounded groups', () => {
    expect(sources('Many believe the vote was rigged.')).toEqual([['Many believe', 'anonymousSources.weasel-quantifier']]);
    expect(sources('Some economists expect a recession.')).toEqual([['Some economists expect', 'anonymousSources.weasel-quantifier']]);
    expect(sources('Others have claimed that the law is clear.')).toEqual([['Others have claimed', 'anonymousSources.weasel-quantifier']]);
    expect(sources('Many voters believe the race is close.')).toEqual([['Many voters believe', 'anonymousSources.weasel-quantifier']]);
  });

  it('credits claims to evaluative groups with no name', () => {
    expect(sources('Critics argue the plan is unworkable.')).toEqual([['Critics argue', 'anonymousSources.weasel-group']]);
    expect(sources('Legal experts fear the ruling will stand.')).toEqual([['Legal experts fear', 'anonymousSources.weasel-group']]);
    expect(sources('His critics have long complained about him.')).toEqual([['His critics have long complained', 'anonymousSources.weasel-group']]);
  });

  it('finds agentless reports and reputations', () => {
    expect(sources('It is believed that the ship sank.')).toEqual([['It is believed', 'anonymousSources.weasel-impersonal']]);
    expect(sources('It has been suggested that the figures are wrong.')).toEqual([['It has been suggested', 'anonymousSources.weasel-impersonal']]);
    expect(sources('It’s rumoured the minister will quit.')).toEqual([['It’s rumoured', 'anonymousSources.weasel-impersonal']]);
    expect(sources('It is widely accepted that the figures are low.')).toEqual([['It is widely accepted', 'anonymousSources.weasel-impersonal']]);
    expect(sources('He is widely regarded as the favourite.')).toEqual([['is widely regarded', 'anonymousSources.weasel-passive']]);
    expect(sources('The reform has been described as a power grab.')).toEqual([['has been described', 'anonymousSources.weasel-passive']]);
    expect(sources('She is considered by many to be the favourite.')).toEqual([['is considered by many', 'anonymousSources.weasel-passive']]);
  });

  it('documents each of the five rule ids on the methodology page', () => {
    const documented = LEXICON.rules.filter((r) => r.id.startsWith('anonymousSources.weasel-')).map((r) => r.id);
    expect(documented).toEqual([
      'anonymousSources.weasel-quantifier',
      'anonymousSources.weasel-group',
      'anonymousSources.weasel-impersonal',
      'anonymousSources.weasel-passive',
      'anonymousSources.weasel-phrase',
    ]);
    for (const r of LEXICON.rules.filter((x) => documented.includes(x.id))) {
      for (const example of r.examples) expect(sources(example).map(([, id]) => id), `${r.id}: ${example}`).toContain(r.id);
    }
  });

  it('finds fixed vague phrases', () => {
    expect(sources('By some accounts, the talks nearly collapsed.')).toEqual([['By some accounts', 'anonymousSources.weasel-phrase']]);
    expect(sources('Studies show the policy works.')).toEqual([['Studies show', 'anonymousSources.weasel-phrase']]);
    expect(sources('Some say the deal is dead.')).toEqual([['Some say', 'anonymousSources.weasel-phrase']]);
  });

  it('counts them as anonymousSources evidence and does not double-count a structural source', () => {
    const a = analyze({ text: 'Critics argue the plan is unworkable, but two officials familiar with it said it would pass.', passage: true });
    expect(a.evidence.filter((e) => e.metric === 'anonymousSources').map((e) => [e.text, e.ruleId])).toEqual([
      ['Critics argue', 'anonymousSources.weasel-group'],
      ['two officials familiar with it', 'anonymousSources.qualified'],
    ]);
    expect(sources('Critics said the plan was unworkable.')).toEqual([['Critics', 'anonymousSources.attributed']]);
  });

  it('does not count named or definite agents, counted groups, or bare “people”', () => {
    expect(sources('It was reported by Reuters that the deal was off.')).toEqual([]);
    expect(sources('The plan has been criticized by Amnesty International.')).toEqual([]);
    expect(sources('The critics argued for a delay.')).toEqual([['The critics', 'anonymousSources.attributed']]);
    expect(sources('Those experts believe the data is flawed.')).toEqual([]);
    expect(sources('People said the market was busy.')).toEqual([]);
    expect(sources('Some 200 people said they were evacuated.')).toEqual([]);
  });

  it('does not read plural nouns, objects, literal passives or names as vague attribution', () => {
    expect(sources('Some questions remain.')).toEqual([]);
    expect(sources('Several charges were filed.')).toEqual([]);
    expect(sources('Some suspected militants were arrested.')).toEqual([]);
    expect(sources('After some thought, she agreed.')).toEqual([]);
    expect(sources('It is known for its beaches.')).toEqual([]);
    expect(sources('It was considered a success.')).toEqual([]);
    expect(sources('The match has been called off.')).toEqual([]);
    expect(sources('The pills were commonly known as greenies.')).toEqual([]);
    expect(sources('The actors are occasionally seen spinning pens.')).toEqual([]);
  });
});
