import { describe, expect, it } from 'vitest';
import { countTerms, mostContrastingTerm, rankTerms } from '../../../dashboard/src/teaching/terms';
import { termPrompt, times } from '../../../dashboard/src/teaching/prompts';
import { demoArticles } from './demo-story';
import { detailed, filler } from './fixtures';

describe('countTerms on the demo story', () => {
  const articles = demoArticles();
  const uses = countTerms(articles);

  it('counts each outlet’s own-voice uses of a term, aligned with the articles', () => {
    const reportedly = uses.find((u) => u.metric === 'hedging' && u.term === 'reportedly');
    expect(articles.map((a) => a.label)).toEqual(['CNN', 'India Today', 'Mothership', 'RT', 'Unattributed']);
    expect(reportedly?.counts).toEqual([0, 0, 3, 3, 0]);
    const claims = uses.find((u) => u.metric === 'skepticism' && u.term === 'claims');
    expect(claims?.counts).toEqual([0, 0, 0, 2, 0]);
  });

  it('leaves quoted speech out of the own-voice counts', () => {
    // CNN's quoted "might" (a quoted official's hedge) is not CNN hedging.
    const might = uses.find((u) => u.metric === 'hedging' && u.term === 'might');
    expect(might?.counts[0]).toBe(1);
    const quoted = countTerms(articles, ['hedging'], 'quoted').find((u) => u.term === 'might');
    expect(quoted?.counts).toEqual([1, 0, 0, 0, 0]);
  });

  it('picks ‘reportedly’ as the most contrasting term, set against CNN, whose scoop the re-reports credit', () => {
    const contrast = mostContrastingTerm(articles, uses);
    expect(contrast).toEqual({
      metric: 'hedging',
      term: 'reportedly',
      high: { labels: ['Mothership', 'RT'], count: 3 },
      low: { label: 'CNN', count: 0 },
      reReport: true,
    });
    expect(termPrompt(contrast, 5)).toEqual({
      finding: 'Mothership and RT each say ‘reportedly’ three times in their own voice; CNN never does.',
      question: 'Why might a re-report add it?',
    });
  });
});

describe('mostContrastingTerm edge cases', () => {
  it('returns null when no article uses any term, and the prompt says so', () => {
    const articles = detailed({ outlet: 'A', text: filler(30) }, { outlet: 'B', text: filler(30) });
    expect(mostContrastingTerm(articles, countTerms(articles))).toBeNull();
    expect(termPrompt(null, 2).finding).toBe('No outlet uses a hedge, skepticism marker, booster or loaded verb in its own voice.');
    expect(termPrompt(null, 1).finding).toBe('This article uses no hedge, skepticism marker, booster or loaded verb in its own voice.');
  });

  it('handles a story of one outlet: no low side, a question about the word itself', () => {
    const text = `They claimed it. ${filler(20)} They claimed it again.`;
    const articles = detailed({ outlet: 'RT', text, marks: [{ metric: 'skepticism', text: 'claimed' }, { metric: 'skepticism', text: 'claimed', nth: 1 }] });
    const contrast = mostContrastingTerm(articles, countTerms(articles));
    expect(contrast).toMatchObject({ term: 'claimed', high: { labels: ['RT'], count: 2 }, low: null, reReport: false });
    expect(termPrompt(contrast, 1)).toEqual({
      finding: 'RT says ‘claimed’ twice in its own voice.',
      question: 'Does ‘claimed’ tell you what happened, or what to think of it?',
    });
  });

  it('ranks by rate, so a short article’s one use can outweigh a long article’s two', () => {
    const articles = detailed(
      { outlet: 'Long', text: `may ${filler(400)} may`, marks: [{ metric: 'hedging', text: 'may' }, { metric: 'hedging', text: 'may', nth: 1 }] },
      { outlet: 'Short', text: `so-called ${filler(20)}`, marks: [{ metric: 'skepticism', text: 'so-called' }] },
    );
    const [first] = rankTerms(countTerms(articles));
    expect(first?.term).toBe('so-called');
    const contrast = mostContrastingTerm(articles, countTerms(articles));
    expect(termPrompt(contrast, 2).finding).toBe('Short says ‘so-called’ once in its own voice; Long never does.');
  });

  it('says "only" when the low side uses the term too, and prefers the credited outlet among equal lows', () => {
    const text = (n: number) => `${Array.from({ length: n }, () => 'likely').join(' ')} ${filler(40)}`;
    const marks = (n: number) => Array.from({ length: n }, (_, nth) => ({ metric: 'hedging' as const, text: 'likely', nth }));
    const articles = detailed(
      { outlet: 'Wire', text: text(1), marks: marks(1) },
      { outlet: 'Paper', text: text(1), marks: marks(1) },
      { outlet: 'Blog', text: text(4), marks: marks(4), citations: ['Paper'] },
    );
    const contrast = mostContrastingTerm(articles, countTerms(articles));
    expect(contrast?.low).toEqual({ label: 'Paper', count: 1 });
    expect(contrast?.reReport).toBe(true);
    expect(termPrompt(contrast, 3).finding).toBe('Blog says ‘likely’ four times in its own voice; Paper only once.');
  });

  it('says "all" when every article shares the top count', () => {
    const articles = detailed(
      { outlet: 'A', text: `clearly ${filler(10)}`, marks: [{ metric: 'boosters', text: 'clearly' }] },
      { outlet: 'B', text: `clearly ${filler(30)}`, marks: [{ metric: 'boosters', text: 'clearly' }] },
    );
    const contrast = mostContrastingTerm(articles, countTerms(articles));
    expect(contrast).toMatchObject({ high: { labels: ['A', 'B'], count: 1 }, low: null });
    expect(termPrompt(contrast, 2).finding).toBe('Both articles say ‘clearly’ once in their own voice.');
  });

  it('words counts for sentences', () => {
    expect([1, 2, 3, 11].map(times)).toEqual(['once', 'twice', 'three times', '11 times']);
  });
});
