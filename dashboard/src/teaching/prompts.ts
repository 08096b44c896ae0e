/**
 * Discussion prompts generated from the data: a finding (what the numbers say, with the numbers) and
 * a question for the class. Pure; one function per classroom slide.
 */
import type { Evidence, MetricKey } from '../../../worker/analysis/types';
import type { CitationGraph } from '../data/citations';
import { allArticles, capitalize, formatList, formatSmall } from '../data/format';
import { METRIC_NOUNS, nounFor } from '../data/metrics';
import type { SourcingRow } from '../data/sourcing';
import type { Excerpt } from './excerpts';
import type { TermContrast } from './terms';

export interface Prompt {
  /** What the data shows, with its numbers. */
  finding: string;
  /** What to ask the class. */
  question: string;
}

/** "once", "twice", "three times", "12 times". */
export function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${formatSmall(n)} times`;
}

const quoted = (term: string) => `‘${term}’`;

/** Evidence text in quotes, unless it already opens with a quote mark (a scare quote's own marks). */
const quotedText = (text: string) => {
  const trimmed = text.trim();
  return /^[‘“'"]/.test(trimmed) ? trimmed : `“${trimmed}”`;
};

const RE_REPORT_QUESTIONS: Partial<Record<MetricKey, string>> = {
  hedging: 'Why might a re-report add it?',
  skepticism: 'Why might a re-report add doubt that the original did not?',
  boosters: 'Why might a re-report sound surer than the original?',
  loadedVerbs: 'Why might a re-report pick a more loaded verb than the original?',
};

const TERM_QUESTIONS: Partial<Record<MetricKey, (term: string) => string>> = {
  hedging: (t) => `What does ${quoted(t)} change about how sure a reader feels?`,
  skepticism: (t) => `Does ${quoted(t)} tell you what happened, or what to think of it?`,
  boosters: (t) => `What doubt does ${quoted(t)} close off, and who gains from that?`,
  loadedVerbs: (t) => `How would the sentence read with ‘said’ instead of ${quoted(t)}?`,
};

/**
 * @example termPrompt(contrast, 5).finding
 * // "Mothership and RT each say ‘reportedly’ three times in their own voice; CNN never does."
 */
export function termPrompt(contrast: TermContrast | null, articleCount: number): Prompt {
  if (!contrast) {
    return {
      finding:
        articleCount === 1
          ? 'This article uses no hedge, skepticism marker, booster or loaded verb in its own voice.'
          : `${articleCount === 0 ? 'No article' : 'No outlet'} uses a hedge, skepticism marker, booster or loaded verb in its own voice.`,
      question: 'Is everything told as settled fact? Find one sentence that should have been hedged.',
    };
  }
  const { term, high, low, metric } = contrast;
  const many = high.labels.length > 1;
  const who = many && high.labels.length === articleCount ? allArticles(articleCount) : formatList(high.labels);
  const verb = many ? `${high.labels.length === articleCount ? 'say' : 'each say'}` : 'says';
  const voice = many ? 'their own voice' : 'its own voice';
  let finding = `${who} ${verb} ${quoted(term)} ${times(high.count)} in ${voice}`;
  if (low) finding += low.count === 0 ? `; ${low.label} never does` : `; ${low.label} only ${times(low.count)}`;
  const question = contrast.reReport
    ? (RE_REPORT_QUESTIONS[metric] ?? 'Why might a re-report add it?')
    : (TERM_QUESTIONS[metric]?.(term) ?? 'What does this word do to the claim?');
  return { finding: `${finding}.`, question };
}

const HEADLINE_QUESTIONS: Partial<Record<MetricKey, (text: string) => string>> = {
  scareQuotes: (t) => `What do the quotation marks in ${t} say that the word alone would not?`,
  citations: () => 'Which headlines tell you where the story came from, and why might one leave it out?',
  hedging: (t) => `What does ${t} do to the headline’s claim?`,
  skepticism: (t) => `Does ${t} report the news or judge it?`,
  boosters: (t) => `Why might a headline sound so sure? Look at ${t}.`,
  loadedVerbs: (t) => `Would the headline read differently without ${t}?`,
};

/** The headlines slide's question, from the first marker found in a headline (or none). */
export function headlinesQuestion(markers: readonly Evidence[]): string {
  const priority: MetricKey[] = ['scareQuotes', 'skepticism', 'hedging', 'loadedVerbs', 'boosters', 'citations'];
  for (const metric of priority) {
    const first = markers.find((e) => e.metric === metric);
    const ask = first ? HEADLINE_QUESTIONS[metric] : undefined;
    if (first && ask) return ask(quotedText(first.text));
  }
  return 'Which headline would you trust most, and which single word decides it?';
}

/** The sourcing slide's question: can a reader check the sources? */
export function sourcingQuestion(rows: readonly SourcingRow[], anonymousExample: string | null): string {
  if (rows.every((r) => r.total === 0)) return 'No article names a source, named or not. Whose word are we taking?';
  if (rows.every((r) => r.anonymous === 0)) return 'Every source is named. Does naming a source make a claim true?';
  const phrase = anonymousExample?.replace(/^(A|An|The|One|Two|Some|Several)\b/, (w) => w.toLowerCase());
  return phrase
    ? `How could a reader check a claim that rests on ${quoted(phrase)}?`
    : 'How could a reader check a claim that rests on an unnamed source?';
}

/** The who-cites-whom slide's question: how many independent sources does the story have? */
export function citationsQuestion(graph: CitationGraph): string {
  const first = graph.outlets[0];
  if (!first) return 'No article credits another outlet. Where did each one get its information?';
  const crediting = graph.rows.filter((r) => r.cited.some((c) => c.outlet.toLowerCase() === first.toLowerCase())).length;
  if (crediting >= 2) {
    return `If ${formatSmall(crediting)} articles rest on ${first}’s reporting, how many independent sources does this story have?`;
  }
  return `What does a reader gain when an outlet says where its story came from?`;
}

/** "4 skepticism markers, 2 scare quotes and 1 hedge": evidence per metric, most first. */
export function markerBreakdown(evidence: readonly Evidence[]): string {
  const counts = new Map<MetricKey, number>();
  for (const e of evidence) counts.set(e.metric, (counts.get(e.metric) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([metric, n]) => `${formatSmall(n)} ${nounFor(METRIC_NOUNS[metric], n)}`);
  return formatList(parts);
}

const EXCERPT_QUESTIONS = [
  'Read it aloud without the highlighted words. What changes?',
  'Which highlighted word does the most work? Could a neutral report do without it?',
  'Is each highlighted word the outlet’s own voice, or someone it quotes? Does that matter?',
];

/**
 * @example excerptPrompt(excerpt, 0).finding // "RT, paragraph 4 (84 words): four skepticism markers, …"
 */
export function excerptPrompt(excerpt: Excerpt, position: number): Prompt {
  return {
    finding: `${excerpt.label}, paragraph ${excerpt.paragraph} (${excerpt.words} words): ${markerBreakdown(excerpt.evidence)}.`,
    question: EXCERPT_QUESTIONS[position % EXCERPT_QUESTIONS.length] as string,
  };
}

/**
 * The opening slide: who reported the event, and the question of the lesson. `labels` are the
 * articles' outlets, null for unattributed texts.
 * @example openingPrompt(['CNN', 'RT', null]).finding // "Three articles on one event: CNN, RT and one unattributed text."
 */
export function openingPrompt(outlets: readonly (string | null)[]): Prompt {
  const n = outlets.length;
  const unattributed = outlets.filter((o) => o === null).length;
  const labels = [
    ...outlets.filter((o): o is string => o !== null),
    ...(unattributed ? [`${formatSmall(unattributed)} unattributed ${unattributed === 1 ? 'text' : 'texts'}`] : []),
  ];
  if (n === 0) return { finding: 'This story has no articles yet.', question: 'What would you expect different outlets to do with the same event?' };
  const finding =
    n === 1
      ? unattributed ? 'One article, with no outlet named.' : `One article, from ${labels[0]}.`
      : `${capitalize(formatSmall(n))} articles on one event: ${formatList([...labels])}.`;
  const question =
    n === 1
      ? 'Before we look: which words would show you how this outlet wants you to see the event?'
      : `Before we look: will ${formatSmall(n)} articles tell the same event the same way? Guess which will sound most doubtful.`;
  return { finding, question };
}

/** The closing slide: how many markers were counted, and a reminder of what a count is. */
export function closingPrompt(markers: number, articles: number, words: number): Prompt {
  return {
    finding: `Framelens counted ${markers.toLocaleString('en-GB')} framing ${markers === 1 ? 'marker' : 'markers'} in ${formatSmall(articles)} ${articles === 1 ? 'article' : 'articles'} (${words.toLocaleString('en-GB')} words). Each one is a word match, not a verdict.`,
    question: 'Pick one highlighted word from today. Argue that the count got it wrong — or that it got it right.',
  };
}
