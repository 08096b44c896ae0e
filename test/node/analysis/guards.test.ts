import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { hits } from './helpers';

describe('precision guards', () => {
  it('does not read "May" the month or the name as the modal may', () => {
    expect(hits('The summit took place in May and ended early.', 'hedging')).toEqual([]);
    expect(hits('Theresa May said the talks would go on.', 'hedging')).toEqual([]);
    expect(hits('May 5 was the deadline for the filing.', 'hedging')).toEqual([]);
    expect(hits('the talks resumed in may after a pause.', 'hedging')).toEqual([]);
    expect(hits('May the talks succeed.', 'hedging')).toEqual(['May']);
    expect(hits('The breach may have exposed voter data.', 'hedging')).toEqual(['may']);
  });

  it('does not count negated "could not" as hedging but keeps "may not" and "might not"', () => {
    expect(hits('Officials could not confirm the report.', 'hedging')).toEqual([]);
    expect(hits('The deal could collapse next week.', 'hedging')).toEqual(['could']);
    expect(hits('The deal may not survive.', 'hedging')).toEqual(['may']);
    expect(hits('The deal might not survive.', 'hedging')).toEqual(['might not']);
  });

  it('does not count "claimed responsibility", "claimed victory" or "claimed the title" as distancing', () => {
    expect(hits('The group claimed responsibility for the attack.', 'skepticism')).toEqual([]);
    expect(hits('She claimed victory on election night.', 'skepticism')).toEqual([]);
    expect(hits('He claimed the title in 2019.', 'skepticism')).toEqual([]);
    expect(hits('The group claimed responsibility for the attack.', 'loadedVerbs')).toEqual([]);
    expect(hits('Jobless claims fell last week.', 'skepticism')).toEqual([]);
    expect(hits('The minister claimed that the vote was rigged.', 'skepticism')).toEqual(['claimed']);
    expect(hits('The minister claimed that the vote was rigged.', 'loadedVerbs')).toEqual(['claimed']);
  });

  it('does not count "alleged" in a legal charge or before the victim as distancing', () => {
    expect(hits('He was charged with the alleged theft of documents.', 'skepticism')).toEqual([]);
    expect(hits('The alleged victim spoke to reporters on Monday.', 'skepticism')).toEqual([]);
    expect(hits('Beijing was pressed on alleged meddling in the vote.', 'skepticism')).toEqual(['alleged']);
  });

  it('does not count "supposed to" as distancing', () => {
    expect(hits('The talks are supposed to resume in March.', 'skepticism')).toEqual([]);
    expect(hits('The report described supposed efforts by Russia.', 'skepticism')).toEqual(['supposed']);
  });

  it('does not count "appeared in court" as hedging but counts "appeared to"', () => {
    expect(hits('The minister appeared in court on Monday.', 'hedging')).toEqual([]);
    expect(hits('He appeared to stress his willingness.', 'hedging')).toEqual(['appeared']);
  });

  it('does not count "will" as a booster', () => {
    expect(hits('China will not interfere and the talks will go on.', 'boosters')).toEqual([]);
    expect(hits('The talks will clearly go on.', 'boosters')).toEqual(['clearly']);
    expect(hits('The rule was not clearly explained.', 'boosters')).toEqual([]);
  });

  it('does not count "admitted to hospital" or "was denied entry" as loaded verbs', () => {
    expect(hits('He was admitted to hospital on Monday.', 'loadedVerbs')).toEqual([]);
    expect(hits('She was denied entry at the border.', 'loadedVerbs')).toEqual([]);
    expect(hits('The official admitted the agency had erred.', 'loadedVerbs')).toEqual(['admitted']);
  });

  it('does not count "That said," or "according to plan" as attribution', () => {
    expect(hits('That said, the doors remain open.', 'neutralVerbs')).toEqual([]);
    expect(hits('The launch went according to plan.', 'hedging')).toEqual([]);
    expect(hits('The launch failed, according to officials.', 'hedging')).toEqual(['according to']);
  });

  it('does not take apostrophes for quotation marks', () => {
    const a = analyze({ text: 'Biden’s aide said China won’t act, O’Brien’s note and the countries’ views aside.', passage: true });
    expect(a.quotes).toEqual([]);
    expect(a.evidence.filter((e) => e.metric === 'scareQuotes' || e.metric === 'directQuotes')).toEqual([]);
  });

  it('does not call a short quote with a speaker a scare quote', () => {
    const a = analyze({ text: '“Never,” Wray said.', passage: true });
    expect(a.evidence.filter((e) => e.metric === 'scareQuotes')).toEqual([]);
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['Never,', 'Wray']]);
    const b = analyze({ text: 'The agency called the plan a ‘threat’ in its report.', passage: true });
    expect(b.evidence.filter((e) => e.metric === 'scareQuotes')).toEqual([]);
    const c = analyze({ text: 'The ‘threat’ came from abroad.', passage: true });
    expect(c.evidence.filter((e) => e.metric === 'scareQuotes').map((e) => e.text)).toEqual(['‘threat’']);
  });

  it('does not count an outlet citing itself', () => {
    const text = 'Two people familiar with the talks told CNN that the deal was close, Reuters reported.';
    expect(analyze({ text, outlet: 'CNN', passage: true }).citations.map((c) => c.outlet)).toEqual(['Reuters']);
    expect(analyze({ text, outlet: null, passage: true }).citations.map((c) => c.outlet)).toEqual(['CNN', 'Reuters']);
  });

  it('does not treat "Xi told Biden" as sourcing but does treat "Wray told lawmakers"', () => {
    const a = analyze({ text: 'President Xi Jinping told President Joe Biden that China would stay out. FBI Director Christopher Wray told lawmakers he doubted it.', passage: true });
    expect(a.sources.map((s) => s.text)).toEqual(['Christopher Wray told']);
  });

  it('does not promote a passage’s first line to a headline in passage mode', () => {
    const a = analyze({ text: 'Officials may act\nThe vote is next week.', passage: true });
    expect(a.headline).toBeNull();
    expect(a.text).toBe('Officials may act\n\nThe vote is next week.');
  });
});
