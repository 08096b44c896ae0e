import { describe, expect, it } from 'vitest';
import { firstSentence, formatIsoDate, formatList, formatRate, formatRatio } from '../../../dashboard/src/data/format';
import { storySlugFrom } from '../../../dashboard/src/lib/route';
import { article, labelled } from './fixtures';

describe('formatting', () => {
  it('formats rates, ratios, lists and dates for sentences', () => {
    expect(formatRate(9.803921)).toBe('9.8');
    expect(formatRate(0)).toBe('0.0');
    expect(formatRate(1204.46)).toBe('1,204.5');
    expect(formatRatio(9.8, 3.2)).toBe('3.1×');
    expect(formatRatio(6, 2)).toBe('3×');
    expect(formatRatio(40, 2)).toBe('20×');
    expect(formatList(['CNN'])).toBe('CNN');
    expect(formatList(['CNN', 'RT', 'VOA'])).toBe('CNN, RT and VOA');
    expect(formatIsoDate('2024-01-30')).toBe('30 January 2024');
    expect(formatIsoDate('soon')).toBe('soon');
  });
});

describe('storySlugFrom', () => {
  it('reads the slug from a pretty URL or a ?story= query, and rejects anything else', () => {
    expect(storySlugFrom('/stories/xi-biden-election-2024')).toBe('xi-biden-election-2024');
    expect(storySlugFrom('/stories/xi-biden-election-2024/')).toBe('xi-biden-election-2024');
    expect(storySlugFrom('/story', '?story=xi-biden-election-2024')).toBe('xi-biden-election-2024');
    expect(storySlugFrom('/stories/%3Cscript%3E')).toBeNull();
    expect(storySlugFrom('/stories/%E0%A4%A')).toBeNull();
    expect(storySlugFrom('/story')).toBeNull();
  });
});

describe('labelArticles', () => {
  it('labels outlet-less articles "Unattributed" and numbers repeats instead of merging them', () => {
    const labels = labelled(
      article({ outlet: 'CNN' }),
      article({ outlet: null, label: '' }),
      article({ outlet: 'CNN' }),
      article({ outlet: null }),
    ).map((a) => a.label);
    expect(labels).toEqual(['CNN', 'Unattributed', 'CNN (2)', 'Unattributed (2)']);
  });
});

describe('firstSentence', () => {
  it('cuts after the first sentence, past closing brackets and quotes', () => {
    expect(firstSentence('Hearsay words present a claim as reported (WikiWeasel marks "alleged" in 93%). In crime reporting it is required.')).toBe(
      'Hearsay words present a claim as reported (WikiWeasel marks "alleged" in 93%).',
    );
    expect(firstSentence('It says “maybe.” Then more.')).toBe('It says “maybe.”');
  });

  it('does not cut at abbreviations, and keeps a single sentence whole', () => {
    expect(firstSentence('Words such as e.g. Reuters or U.S. Officials count. Second.')).toBe('Words such as e.g. Reuters or U.S. Officials count.');
    expect(firstSentence('  One sentence without a full stop  ')).toBe('One sentence without a full stop');
    expect(firstSentence('A quote of 1–4 words: the marks signal distance, not quotation.')).toBe('A quote of 1–4 words: the marks signal distance, not quotation.');
  });
});
