/**
 * The classroom deck, built from the data (pure): an opening slide with the question of the lesson,
 * headlines, framing profile, words to watch, sourcing, who cites whom, one slide per chosen excerpt,
 * and a closing slide on what a count cannot tell you. Every slide carries a prompt from the data.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import { buildCitationGraph, summarizeCitations, type CitationGraph } from '../data/citations';
import { summarizeHeadlines } from '../data/headlines';
import { READER_METRICS } from '../data/metrics';
import { selectProfile, summarizeProfile } from '../data/profile';
import { selectSourcing, summarizeSourcing, type SourcingRow } from '../data/sourcing';
import { chooseExcerpts, FRAMING_MARKERS, type Excerpt } from '../teaching/excerpts';
import { LIMITATIONS, type Limitation } from '../teaching/limitations';
import { pickProfileMetrics } from '../teaching/profile-metrics';
import {
  citationsQuestion,
  closingPrompt,
  excerptPrompt,
  headlinesQuestion,
  openingPrompt,
  sourcingQuestion,
  termPrompt,
  type Prompt,
} from '../teaching/prompts';
import { countTerms, mostContrastingTerm, rankTerms, type TermContrast, type TermUse } from '../teaching/terms';
import type { DetailedArticle, TeachingStory } from '../teaching/types';

interface SlideBase {
  /** The slide's URL hash (without '#'). */
  id: string;
  title: string;
  prompt: Prompt;
}

export type Slide = SlideBase &
  (
    | { kind: 'opening'; date: string | null; labels: string[] }
    | { kind: 'headlines' }
    | { kind: 'profile'; metrics: MetricKey[] }
    | { kind: 'words'; terms: TermUse[]; contrast: TermContrast | null }
    | { kind: 'sourcing'; rows: SourcingRow[] }
    | { kind: 'citations'; graph: CitationGraph }
    | { kind: 'evidence'; excerpt: Excerpt }
    | { kind: 'closing'; limitations: readonly Limitation[] }
  );

export type SlideKind = Slide['kind'];

/** How many terms the "words to watch" table lists, and how many excerpts get a slide. */
export const WORDS_SHOWN = 6;
export const EXCERPT_SLIDES = 3;

const PROFILE_VIEW = { voice: 'outlet', measure: 'per1k' } as const;

/** The first anonymous-source phrase of the outlet that leans most on them ("an anonymous source"). */
function anonymousExample(articles: readonly DetailedArticle[], rows: readonly SourcingRow[]): string | null {
  const lead = [...rows].filter((r) => r.anonymous > 0).sort((a, b) => (b.anonymousShare ?? 0) - (a.anonymousShare ?? 0))[0];
  const article = lead && articles.find((a) => a.article.id === lead.articleId);
  const phrase = article?.detail.evidence.find((e) => e.metric === 'anonymousSources')?.text.trim();
  return phrase || null;
}

/** Distinct framing-marker spans across the story (a word two rules match counts once). */
function markerCount(articles: readonly DetailedArticle[]): number {
  return articles.reduce(
    (sum, a) =>
      sum + new Set(a.detail.evidence.filter((e) => FRAMING_MARKERS.includes(e.metric)).map((e) => `${e.start}:${e.end}`)).size,
    0,
  );
}

export function buildSlides(story: TeachingStory): Slide[] {
  const { payload, articles } = story;
  const labels = articles.map((a) => a.label);
  const n = articles.length;

  const profileMetrics = pickProfileMetrics(articles);
  const series = selectProfile(articles, profileMetrics, PROFILE_VIEW);
  const uses = countTerms(articles);
  const contrast = mostContrastingTerm(articles, uses);
  const rows = selectSourcing(articles);
  const graph = buildCitationGraph(articles);
  const headlineMarkers = articles.flatMap((a) => a.article.headlineEvidence);
  const excerpts = chooseExcerpts(articles, EXCERPT_SLIDES, { maxWords: 110 });

  const slides: Slide[] = [
    { id: 'start', kind: 'opening', title: payload.story.title, prompt: openingPrompt(articles.map((a) => a.article.outlet?.name ?? null)), date: payload.story.eventDate, labels },
    {
      id: 'headlines',
      kind: 'headlines',
      title: 'Headlines',
      prompt: { finding: summarizeHeadlines(articles, READER_METRICS), question: headlinesQuestion(headlineMarkers) },
    },
    {
      id: 'profile',
      kind: 'profile',
      title: 'Framing profile',
      prompt: {
        finding: summarizeProfile(series, profileMetrics, PROFILE_VIEW),
        question: n === 1
          ? 'Which of these markers would you expect a neutral report to use?'
          : 'Which outlet sounds surest of the story, and which most doubtful? Point to the bar that tells you.',
      },
      metrics: profileMetrics,
    },
    {
      id: 'words',
      kind: 'words',
      title: 'Words to watch',
      prompt: termPrompt(contrast, n),
      terms: rankTerms(uses).slice(0, WORDS_SHOWN),
      contrast,
    },
    {
      id: 'sourcing',
      kind: 'sourcing',
      title: 'Sourcing',
      prompt: { finding: summarizeSourcing(rows), question: sourcingQuestion(rows, anonymousExample(articles, rows)) },
      rows,
    },
    {
      id: 'citations',
      kind: 'citations',
      title: 'Who cites whom',
      prompt: { finding: summarizeCitations(graph), question: citationsQuestion(graph) },
      graph,
    },
    ...excerpts.map((excerpt, i): Slide => ({
      id: `evidence-${i + 1}`,
      kind: 'evidence',
      title: `In the text: ${excerpt.label}`,
      prompt: excerptPrompt(excerpt, i),
      excerpt,
    })),
    {
      id: 'end',
      kind: 'closing',
      title: 'What a count cannot tell you',
      prompt: closingPrompt(markerCount(articles), n, articles.reduce((sum, a) => sum + a.article.wordCount, 0)),
      limitations: LIMITATIONS,
    },
  ];
  return slides;
}

/** The slide index a URL hash points to (0 for none or an unknown id). */
export function slideIndexFromHash(slides: readonly Pick<Slide, 'id'>[], hash: string): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const index = slides.findIndex((s) => s.id === id);
  return index < 0 ? 0 : index;
}
