import { describe, expect, it } from 'vitest';
import { exerciseParagraphs, paragraphLabel, resolveChoice } from '../../../dashboard/src/exercise/choices';
import { buildTargets, scoreExercise } from '../../../dashboard/src/exercise/score';
import { rankParagraphs } from '../../../dashboard/src/teaching/excerpts';
import { wordTokens } from '../../../dashboard/src/teaching/words';
import { demoArticles } from './demo-story';
import { detailed, filler, mark } from './fixtures';

describe('spot the marker on RT’s fourth paragraph', () => {
  const rt = demoArticles(['rt'])[0]!;
  const text = rt.detail.article.text;
  const paragraph = rankParagraphs(rt, { metrics: ['hedging', 'skepticism', 'scareQuotes'] })[0]!;
  const words = wordTokens(text, paragraph.range);
  const targets = buildTargets(rt.detail.evidence, words);
  const index = (word: string, nth = 0) => words.filter((w) => w.text === word)[nth]!.index;

  it('merges the rules on one word into one marker and leaves other metrics out', () => {
    expect(paragraph.paragraph).toBe(4);
    expect(targets.map((t) => [text.slice(t.start, t.end), t.evidence.map((e) => e.ruleId)])).toEqual([
      ['claimed', ['skepticism.claim']],
      ['“interfering”', ['scareQuotes.loaded-frame']],
      ['claims', ['skepticism.claim']],
      ['unsubstantiated', ['skepticism.discrediting']],
      ['so-called', ['skepticism.so-called']],
      ['“collusion”', ['scareQuotes.distancing-marker']],
      ['supposed', ['hedging.supposed', 'skepticism.supposed']],
    ]);
    // "claimed" is also a loaded attribution verb, which the exercise does not ask for.
    expect(rt.detail.evidence.some((e) => e.metric === 'loadedVerbs' && e.text === 'claimed')).toBe(true);
  });

  it('scores found, missed and extra words', () => {
    const clicked = new Set([index('claimed'), index('so-called'), index('supposed'), index('election'), index('repeatedly')]);
    const score = scoreExercise(targets, words, clicked);
    expect(score.found.map((t) => text.slice(t.start, t.end))).toEqual(['claimed', 'so-called', 'supposed']);
    expect(score.missed.map((t) => text.slice(t.start, t.end))).toEqual(['“interfering”', 'claims', 'unsubstantiated', '“collusion”']);
    expect(score.extra.map((w) => w.text)).toEqual(['election', 'repeatedly']);
    expect(score.line).toBe('You found three of seven markers, missed four, and clicked two words that are not a marker.');
  });

  it('says so when every marker is found and nothing extra was clicked', () => {
    const all = new Set(targets.map((t) => t.words[0]!));
    expect(scoreExercise(targets, words, all).line).toBe('You found seven of seven markers.');
    expect(scoreExercise(targets, words, new Set()).line).toBe('You found none of seven markers, and missed seven.');
  });
});

describe('scoring edge cases', () => {
  const text = 'According to sources, the talks may have been so-called “secret”.';
  const words = wordTokens(text);
  const ev = [
    mark(text, { metric: 'hedging', text: 'According to' }),
    mark(text, { metric: 'hedging', text: 'may' }),
    mark(text, { metric: 'skepticism', text: 'so-called' }),
    mark(text, { metric: 'scareQuotes', text: '“secret”' }),
    mark(text, { metric: 'anonymousSources', text: 'sources' }),
  ];

  it('counts a multi-word marker found when any of its words is clicked, once', () => {
    const targets = buildTargets(ev, words);
    expect(targets.map((t) => t.words)).toEqual([[0, 1], [5], [8], [9]]);
    const score = scoreExercise(targets, words, new Set([0, 1]));
    expect(score.found).toHaveLength(1);
    expect(score.extra).toEqual([]);
  });

  it('ignores evidence outside the paragraph’s words', () => {
    const first = wordTokens(text, { start: 0, end: 20 });
    expect(buildTargets(ev, first).map((t) => t.words)).toEqual([[0, 1]]);
  });

  it('handles a paragraph without markers', () => {
    const plain = wordTokens('Nothing to see here.');
    expect(scoreExercise([], plain, new Set()).line).toBe('The analyser finds no marker in this paragraph.');
    expect(scoreExercise([], plain, new Set([1])).line).toBe('The analyser finds no marker in this paragraph; you clicked one word.');
  });
});

describe('exercise paragraph choice', () => {
  const articles = demoArticles();

  it('defaults to the story’s richest paragraph, RT’s fourth', () => {
    expect(resolveChoice(articles, {})).toEqual({ articleId: 4, paragraph: 4 });
  });

  it('keeps a valid choice from the URL, and falls back within the article otherwise', () => {
    expect(resolveChoice(articles, { articleId: 3, paragraph: 8 })).toEqual({ articleId: 3, paragraph: 8 });
    const cnnBest = resolveChoice(articles, { articleId: 1, paragraph: 999 });
    expect(cnnBest?.articleId).toBe(1);
    expect(exerciseParagraphs(articles[0]!).map((p) => p.paragraph)).toContain(cnnBest?.paragraph);
    expect(resolveChoice(articles, { articleId: 999, paragraph: 1 })).toEqual({ articleId: 4, paragraph: 4 });
  });

  it('offers only paragraphs with a hedge or skepticism marker, in text order, labelled by their opening', () => {
    const rt = articles[3]!;
    const offered = exerciseParagraphs(rt);
    expect(offered.map((p) => p.paragraph)).toEqual([...offered.map((p) => p.paragraph)].sort((a, b) => a - b));
    expect(offered.every((p) => p.evidence.some((e) => ['hedging', 'skepticism', 'scareQuotes'].includes(e.metric)))).toBe(true);
    expect(paragraphLabel(rt, offered.find((p) => p.paragraph === 4)!)).toBe('Paragraph 4: “Ever since the election of Donald …”');
  });

  it('has nothing to offer in a story without markers', () => {
    expect(resolveChoice(detailed({ outlet: 'A', text: filler(40) }), {})).toBeNull();
  });
});
