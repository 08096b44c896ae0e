import { describe, expect, it } from 'vitest';
import { buildCitationGraph, summarizeCitations } from '../../../dashboard/src/data/citations';
import { quoteMarker, summarizeHeadlines } from '../../../dashboard/src/data/headlines';
import { summarizeReader } from '../../../dashboard/src/data/reader';
import { READER_METRICS } from '../../../dashboard/src/data/metrics';
import { storyFindings } from '../../../dashboard/src/data/glance';
import { buildPeopleMatrix, summarizePeople } from '../../../dashboard/src/data/people';
import { rankDescending } from '../../../dashboard/src/data/rank';
import { selectSourcing, summarizeSourcing } from '../../../dashboard/src/data/sourcing';
import { article, evidence, labelled } from './fixtures';

const sources = (anonymous: number, named: number) => ({
  anonymousSources: { outlet: { count: anonymous } },
  namedSources: { outlet: { count: named - 1 }, quoted: { count: 1 } },
});

describe('rankDescending', () => {
  it('ranks highest first and lets ties share a rank, keeping input order', () => {
    const ranked = rankDescending([
      { label: 'CNN', value: 2 },
      { label: 'RT', value: 5 },
      { label: 'Mothership', value: 2 },
      { label: 'Unattributed', value: 0 },
    ]);
    expect(ranked.map((r) => [r.label, r.rank])).toEqual([['RT', 1], ['CNN', 2], ['Mothership', 2], ['Unattributed', 4]]);
  });
});

describe('sourcing', () => {
  it('adds both voices and computes the anonymous share per article', () => {
    const rows = selectSourcing(labelled(article({ outlet: 'CNN', metrics: sources(4, 6) }), article({ outlet: null })));
    expect(rows.map(({ label, anonymous, named, total, anonymousShare }) => [label, anonymous, named, total, anonymousShare])).toEqual([
      ['CNN', 4, 6, 10, 0.4],
      ['Unattributed', 0, 0, 0, null],
    ]);
  });

  it('names the outlet that leans most on anonymous sources, against the next', () => {
    const rows = selectSourcing(labelled(
      article({ outlet: 'CNN', metrics: sources(4, 6) }),
      article({ outlet: 'RT', metrics: sources(2, 1) }),
      article({ outlet: null }),
    ));
    expect(summarizeSourcing(rows)).toBe(
      'RT leaned most on anonymous sources: two of its three source references (67%) were unnamed, against 40% for CNN.',
    );
  });

  it('covers ties, all-named and no sources at all', () => {
    const tie = selectSourcing(labelled(article({ outlet: 'A', metrics: sources(1, 1) }), article({ outlet: 'B', metrics: sources(1, 1) })));
    expect(summarizeSourcing(tie)).toBe('A and B leaned most on anonymous sources: 50% of their source references were unnamed.');
    const allAnonymous = selectSourcing(labelled(
      article({ outlet: 'CNN', metrics: sources(8, 5) }),
      article({ outlet: 'India Today', metrics: { anonymousSources: { outlet: { count: 3 } } } }),
      article({ outlet: 'Mothership', metrics: sources(3, 1) }),
      article({ outlet: 'RT', metrics: { anonymousSources: { outlet: { count: 2 } } } }),
    ));
    expect(summarizeSourcing(allAnonymous)).toBe(
      'India Today and RT leaned most on anonymous sources: all of their source references were unnamed, against 75% for Mothership.',
    );
    const single = (anonymous: number, named: number) =>
      summarizeSourcing(selectSourcing(labelled(article({ outlet: 'RT', metrics: sources(anonymous, named + 1) }), article({ outlet: 'CNN', metrics: sources(1, 4) }))));
    expect(single(1, 0)).toBe('RT leaned most on anonymous sources: one of its two source references (50%) was unnamed, against 20% for CNN.');
    expect(summarizeSourcing(selectSourcing(labelled(article({ outlet: 'RT', metrics: { anonymousSources: { outlet: { count: 1 } } } }))))).toBe(
      'RT leaned most on anonymous sources: its only source reference was unnamed.',
    );
    expect(summarizeSourcing(selectSourcing(labelled(article({ outlet: 'RT', metrics: { anonymousSources: { outlet: { count: 3 } } } }))))).toBe(
      'RT leaned most on anonymous sources: all three of its source references were unnamed.',
    );
    const named = selectSourcing(labelled(article({ outlet: 'A', metrics: sources(0, 3) })));
    expect(summarizeSourcing(named)).toBe('Every source reference is named; no article relies on anonymous sources.');
    expect(summarizeSourcing(selectSourcing(labelled(article({ outlet: 'A' }), article({ outlet: 'B' }), article({ outlet: null }))))).toBe(
      'None of the three articles refers to a source, named or anonymous.',
    );
  });
});

describe('citation graph', () => {
  const story = () => labelled(
    article({ outlet: 'CNN', citations: [] }),
    article({ outlet: 'India Today', citations: ['CNN', 'Reuters'] }),
    article({ outlet: 'Mothership', citations: ['CNN', 'CNN', 'Reuters', 'South China Morning Post', 'VOA', 'CNN'] }),
    article({ outlet: 'RT', citations: ['CNN', 'CNN'] }),
    article({ outlet: null, citations: [] }),
  );

  it('counts each cited outlet per article and how many articles credit each article’s outlet', () => {
    const graph = buildCitationGraph(story());
    expect(graph.outlets).toEqual(['CNN', 'Reuters', 'South China Morning Post', 'VOA']);
    const mothership = graph.rows[2];
    expect(mothership?.cited).toEqual([
      { outlet: 'CNN', count: 3 },
      { outlet: 'Reuters', count: 1 },
      { outlet: 'South China Morning Post', count: 1 },
      { outlet: 'VOA', count: 1 },
    ]);
    expect(mothership?.total).toBe(6);
    expect(graph.rows.map((r) => r.creditedBy)).toEqual([3, 0, 0, 0, 0]);
    expect(graph.rows[4]).toMatchObject({ label: 'Unattributed', cited: [], total: 0 });
  });

  it('summarises the scoop and the widest citer', () => {
    expect(summarizeCitations(buildCitationGraph(story()))).toBe(
      'Three of five articles credit CNN; Mothership cites the most outlets (four).',
    );
  });

  it('handles no citations, one article, and case differences in outlet names', () => {
    expect(summarizeCitations(buildCitationGraph(labelled(article({ outlet: 'A' }), article({ outlet: 'B' }))))).toBe(
      'Neither article credits another outlet.',
    );
    expect(summarizeCitations(buildCitationGraph(labelled(article({ outlet: 'RT', citations: ['CNN'] }))))).toBe('RT credits CNN.');
    const graph = buildCitationGraph(labelled(article({ outlet: 'X', citations: ['CNN', 'cnn '] })));
    expect(graph.rows[0]?.cited).toEqual([{ outlet: 'CNN', count: 2 }]);
  });
});

describe('people matrix', () => {
  const story = () => labelled(
    article({ outlet: 'CNN', people: [['Xi Jinping', 'mentioned'], ['Joe Biden', 'mentioned'], ['Christopher Wray', 'source'], ['Chris Krebs', 'source']] }),
    article({ outlet: 'India Today', people: [['Devika Bhattacharya', 'author'], ['Xi Jinping', 'mentioned'], ['Joe Biden', 'mentioned']] }),
    article({ outlet: 'RT', people: [['Joe Biden', 'mentioned'], ['Xi Jinping', 'source'], ['Xi Jinping', 'mentioned'], ['Natasha Bertrand', 'contributor']] }),
    article({ outlet: null, people: [] }),
  );

  it('marks byline, quoted and mentioned per article, strongest role winning, absent as null', () => {
    const matrix = buildPeopleMatrix(story());
    expect(matrix.columns.map((c) => c.label)).toEqual(['CNN', 'India Today', 'RT', 'Unattributed']);
    const row = (name: string) => matrix.rows.find((r) => r.name === name)?.cells;
    expect(row('Xi Jinping')).toEqual(['mentioned', 'mentioned', 'quoted', null]);
    expect(row('Natasha Bertrand')).toEqual([null, null, 'byline', null]);
    expect(row('Devika Bhattacharya')).toEqual([null, 'byline', null, null]);
    expect(matrix.rows.slice(0, 2).map((r) => r.name)).toEqual(['Xi Jinping', 'Joe Biden']);
    expect(matrix.leftOut).toEqual([2, 3, 3, 6]);
  });

  it('summarises who everyone names and who appears only once', () => {
    expect(summarizePeople(buildPeopleMatrix(story()))).toBe(
      'No one is named in all four articles; four of six people appear in only one (e.g. Christopher Wray, only in CNN).',
    );
    const withoutUnattributed = buildPeopleMatrix(story().slice(0, 3));
    expect(summarizePeople(withoutUnattributed)).toBe(
      'Xi Jinping and Joe Biden are named in all three articles; four of six people appear in only one (e.g. Christopher Wray, only in CNN).',
    );
  });

  it('handles articles that name no one', () => {
    expect(summarizePeople(buildPeopleMatrix(labelled(article({ outlet: null }))))).toBe('Unattributed names no one.');
  });
});

describe('summarizeHeadlines', () => {
  const rtHeadline = 'Xi gave Biden promise on 2024 election ‘interference’ – CNN';
  const start = rtHeadline.indexOf('‘');
  const msHeadline = 'Xi Jinping promised Joe Biden China won’t interfere in 2024 US election: CNN';
  const story = () => labelled(
    article({ outlet: 'CNN', headline: 'Exclusive: Xi promised Biden' }),
    article({ outlet: 'Mothership', headline: msHeadline, headlineEvidence: [evidence('citations', msHeadline.length - 5, msHeadline.length, msHeadline)] }),
    article({ outlet: 'RT', headline: rtHeadline, headlineEvidence: [evidence('citations', rtHeadline.length - 5, rtHeadline.length, rtHeadline), evidence('scareQuotes', start, start + 14, rtHeadline)] }),
    article({ outlet: null, headline: null }),
  );

  it('lists framing markers first, keeps a marker’s own quotation marks and notes articles without a headline', () => {
    expect(summarizeHeadlines(story(), READER_METRICS)).toBe(
      'Two of three headlines carry markers (one article has none): RT’s ‘interference’ (scare quote) and “– CNN” (citation of another outlet); Mothership’s “: CNN” (citation of another outlet).',
    );
  });

  it('only counts the metrics shown, and says so when no headline carries one', () => {
    expect(summarizeHeadlines(story(), ['scareQuotes'])).toBe(
      'One of three headlines carries markers (one article has none): RT’s ‘interference’ (scare quote).',
    );
    expect(summarizeHeadlines(story(), ['hedging'])).toBe('None of the three headlines carries a framing marker (one article has none).');
    expect(summarizeHeadlines(story().slice(0, 1), READER_METRICS)).toBe('CNN’s headline carries no framing marker.');
    expect(summarizeHeadlines(story().slice(3), READER_METRICS)).toBe('The article has no headline.');
  });

  it('puts bare markers in quotation marks and leaves quoted ones alone', () => {
    expect(quoteMarker(' – CNN ')).toBe('“– CNN”');
    expect(quoteMarker('‘interference’')).toBe('‘interference’');
    expect(quoteMarker('"hoax"')).toBe('"hoax"');
  });
});

describe('summarizeReader', () => {
  const rt = { label: 'RT', evidence: [{ metric: 'skepticism' as const }, { metric: 'skepticism' as const }, { metric: 'hedging' as const }] };
  const cnn = { label: 'CNN', evidence: [{ metric: 'hedging' as const }] };

  it('counts the highlights of the metrics switched on, per open article', () => {
    expect(summarizeReader([rt, cnn], new Set(READER_METRICS), READER_METRICS.length)).toBe(
      'RT has 3 highlighted markers and CNN 1, with all ten kinds of marker shown.',
    );
    expect(summarizeReader([rt], new Set(['skepticism'] as const), READER_METRICS.length)).toBe(
      'RT has 2 highlighted markers, with one of ten kinds of marker shown.',
    );
  });

  it('says what to do when nothing is open or nothing is switched on', () => {
    expect(summarizeReader([], new Set(READER_METRICS), 10)).toBe('Choose an article to read.');
    expect(summarizeReader([rt, cnn], new Set(), 10)).toBe('Showing RT and CNN with no highlights (turn a kind of marker on in the legend).');
  });
});

describe('storyFindings (At a glance)', () => {
  it('gives each section’s sentence, in lesson order, linking to its section', () => {
    const articles = labelled(
      article({ outlet: 'CNN', metrics: { skepticism: { outlet: { per1k: 1.1, count: 1 } }, ...sources(8, 5) } }),
      article({ outlet: 'RT', citations: ['CNN'], metrics: { skepticism: { outlet: { per1k: 34.13, count: 10 } }, anonymousSources: { outlet: { count: 2 } } } }),
    );
    const findings = storyFindings(articles);
    expect(findings.map((f) => f.section)).toEqual(['profile', 'sourcing', 'headlines', 'citations', 'people']);
    expect(findings[0]?.text).toBe('RT used 34.1 skepticism markers per 1,000 words, 31× the next outlet (CNN, 1.1).');
    expect(findings[1]?.text).toBe('RT leaned most on anonymous sources: both of its source references were unnamed, against 62% for CNN.');
    expect(findings[2]?.text).toBe('None of the two headlines carries a framing marker.');
    expect(findings[3]?.text).toBe('One of two articles credits CNN.');
    expect(findings[4]?.text).toBe('Neither article names anyone.');
  });
});
