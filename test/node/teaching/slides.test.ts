import { describe, expect, it } from 'vitest';
import { buildSlides, slideIndexFromHash } from '../../../dashboard/src/classroom/slides';
import { buildCitationGraph } from '../../../dashboard/src/data/citations';
import { selectSourcing } from '../../../dashboard/src/data/sourcing';
import {
  citationsQuestion,
  closingPrompt,
  excerptPrompt,
  headlinesQuestion,
  markerBreakdown,
  openingPrompt,
  sourcingQuestion,
} from '../../../dashboard/src/teaching/prompts';
import { pickProfileMetrics } from '../../../dashboard/src/teaching/profile-metrics';
import { evidence, labelled, article, outletRate } from '../dashboard/fixtures';
import { demoStory } from './demo-story';
import { detailed, filler } from './fixtures';

describe('the classroom deck for the demo story', () => {
  const slides = buildSlides(demoStory());

  it('runs opening → headlines → profile → words → sourcing → citations → three excerpts → closing', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'start', 'headlines', 'profile', 'words', 'sourcing', 'citations', 'evidence-1', 'evidence-2', 'evidence-3', 'end',
    ]);
    expect(slides.map((s) => s.title)).toContain('In the text: RT');
  });

  it('gives every slide a finding and a question from the data', () => {
    const prompt = (id: string) => slides.find((s) => s.id === id)?.prompt;
    expect(prompt('start')).toEqual({
      finding: 'Five articles on one event: CNN, India Today, Mothership, RT and one unattributed text.',
      question: 'Before we look: will five articles tell the same event the same way? Guess which will sound most doubtful.',
    });
    expect(prompt('headlines')?.question).toBe('What do the quotation marks in ‘interference’ say that the word alone would not?');
    expect(prompt('profile')?.finding).toBe('RT used 34.1 skepticism markers per 1,000 words, 31× the next outlet (CNN, 1.1).');
    expect(prompt('words')?.finding).toBe('Mothership and RT each say ‘reportedly’ three times in their own voice; CNN never does.');
    expect(prompt('sourcing')?.question).toBe('How could a reader check a claim that rests on ‘sources privy to the exchange’?');
    expect(prompt('citations')).toEqual({
      finding: 'Three of five articles credit CNN; Mothership cites the most outlets (four).',
      question: 'If three articles rest on CNN’s reporting, how many independent sources does this story have?',
    });
    expect(prompt('evidence-1')?.finding).toBe(
      'RT, paragraph 4 (84 words): five skepticism markers, two scare quotes, one loaded attribution verb and one hedge.',
    );
    expect(prompt('end')?.finding).toBe(
      'Framelens counted 69 framing markers in five articles (2,744 words). Each one is a word match, not a verdict.',
    );
  });

  it('shows the four framing metrics the outlets differ on most, neutral verbs left out', () => {
    const profile = slides.find((s) => s.kind === 'profile');
    expect(profile?.kind === 'profile' && profile.metrics).toEqual(['hedging', 'skepticism', 'scareQuotes', 'loadedVerbs']);
  });

  it('finds a slide from the URL hash, falling back to the first', () => {
    expect(slideIndexFromHash(slides, '#sourcing')).toBe(4);
    expect(slideIndexFromHash(slides, '#evidence-3')).toBe(8);
    expect(slideIndexFromHash(slides, '#nope')).toBe(0);
    expect(slideIndexFromHash(slides, '')).toBe(0);
  });
});

describe('decks for thin stories', () => {
  it('still runs for one article without markers: no evidence slides, prompts that say so', () => {
    const slides = buildSlides(demoStory(['unattributed']));
    expect(slides.map((s) => s.id)).toEqual(['start', 'headlines', 'profile', 'words', 'sourcing', 'citations', 'evidence-1', 'end']);
    expect(slides[0]?.prompt.finding).toBe('One article, with no outlet named.');
    const none = { ...demoStory(['unattributed']), articles: detailed({ outlet: 'A', text: filler(40) }) };
    const bare = buildSlides(none);
    expect(bare.map((s) => s.id)).toEqual(['start', 'headlines', 'profile', 'words', 'sourcing', 'citations', 'end']);
    expect(bare.find((s) => s.id === 'citations')?.prompt.question).toBe('No article credits another outlet. Where did each one get its information?');
    expect(bare.find((s) => s.id === 'sourcing')?.prompt.question).toBe('No article names a source, named or not. Whose word are we taking?');
  });
});

describe('prompt pieces', () => {
  it('opens with the outlets, counting unattributed texts', () => {
    expect(openingPrompt(['CNN', null, 'RT', null]).finding).toBe('Four articles on one event: CNN, RT and two unattributed texts.');
    expect(openingPrompt(['RT']).finding).toBe('One article, from RT.');
    expect(openingPrompt([]).finding).toBe('This story has no articles yet.');
  });

  it('asks about the strongest headline marker, in quotes unless it carries its own', () => {
    const headline = 'Xi may act on ‘interference’';
    const hedge = evidence('hedging', 3, 6, headline);
    const scare = evidence('scareQuotes', 14, 28, headline);
    expect(headlinesQuestion([hedge])).toBe('What does “may” do to the headline’s claim?');
    expect(headlinesQuestion([hedge, scare])).toBe('What do the quotation marks in ‘interference’ say that the word alone would not?');
    expect(headlinesQuestion([])).toBe('Which headline would you trust most, and which single word decides it?');
  });

  it('asks how to check anonymous sources, lower-casing a leading article', () => {
    const rows = selectSourcing(labelled(article({ outlet: 'RT', metrics: { anonymousSources: { outlet: { count: 2 } } } })));
    expect(sourcingQuestion(rows, 'An anonymous source')).toBe('How could a reader check a claim that rests on ‘an anonymous source’?');
    const named = selectSourcing(labelled(article({ outlet: 'RT', metrics: { namedSources: { outlet: { count: 2 } } } })));
    expect(sourcingQuestion(named, null)).toBe('Every source is named. Does naming a source make a claim true?');
  });

  it('asks about independence only when several articles rest on one outlet', () => {
    const one = buildCitationGraph(labelled(article({ outlet: 'RT', citations: ['CNN'] }), article({ outlet: 'CNN' })));
    expect(citationsQuestion(one)).toBe('What does a reader gain when an outlet says where its story came from?');
  });

  it('breaks an excerpt’s evidence down by metric, most first', () => {
    const text = 'so-called claims may';
    const ev = [evidence('hedging', 17, 20, text), evidence('skepticism', 0, 9, text), evidence('skepticism', 10, 16, text)];
    expect(markerBreakdown(ev)).toBe('two skepticism markers and one hedge');
    const prompt = excerptPrompt({ articleId: 1, label: 'RT', paragraph: 2, range: { start: 0, end: 20 }, words: 3, evidence: ev, markers: 3, density: 100 }, 4);
    expect(prompt.finding).toBe('RT, paragraph 2 (3 words): two skepticism markers and one hedge.');
    expect(prompt.question).toBe('Which highlighted word does the most work? Could a neutral report do without it?');
  });

  it('closes with the count of markers, in words for small numbers', () => {
    expect(closingPrompt(1, 1, 300).finding).toBe('Framelens counted 1 framing marker in one article (300 words). Each one is a word match, not a verdict.');
  });
});

describe('pickProfileMetrics', () => {
  it('keeps the metrics outlets differ on most, in profile order', () => {
    const articles = labelled(
      article({ outlet: 'A', metrics: { ...outletRate('boosters', 9), ...outletRate('hedging', 2) } }),
      article({ outlet: 'B', metrics: { ...outletRate('hedging', 1), ...outletRate('loadedVerbs', 4) } }),
    );
    expect(pickProfileMetrics(articles, 2)).toEqual(['boosters', 'loadedVerbs']);
    expect(pickProfileMetrics(articles, 4)).toEqual(['hedging', 'boosters', 'loadedVerbs']);
  });

  it('falls back to the first metrics when nobody uses any', () => {
    expect(pickProfileMetrics(labelled(article({ outlet: 'A' })), 2)).toEqual(['hedging', 'skepticism']);
  });
});
