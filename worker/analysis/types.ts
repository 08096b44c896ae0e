/**
 * The framing analyser's public types: what `analyze()` returns for one article.
 *
 * Every number here is backed by spans: for each metric and voice, `count` equals the number of
 * `evidence` items with that metric and voice. All offsets are UTF-16 code-unit offsets into
 * `ArticleAnalysis.text` (the cleaned text), end-exclusive, so `text.slice(start, end)` is the span.
 */

/** The metrics the analyser measures. Stable ids: they are stored in D1 and used in URLs. */
export const METRIC_KEYS = [
  'hedging',
  'skepticism',
  'scareQuotes',
  'boosters',
  'anonymousSources',
  'namedSources',
  'directQuotes',
  'loadedVerbs',
  'neutralVerbs',
  'citations',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * Who is speaking: the outlet's own narration, or words inside a direct quotation
 * (a hedge spoken by a quoted official is not the outlet hedging).
 */
export type Voice = 'outlet' | 'quoted';
export const VOICES: readonly Voice[] = ['outlet', 'quoted'];

/** A half-open range [start, end) into `ArticleAnalysis.text`. */
export interface Span {
  start: number;
  end: number;
}

/** One match behind a count. `text === analysis.text.slice(start, end)`. */
export interface Evidence extends Span {
  metric: MetricKey;
  text: string;
  /** Id of the lexicon entry or rule that matched (see the methodology page). */
  ruleId: string;
  voice: Voice;
}

/** One row of the metrics table: a metric in one voice. */
export interface MetricValue {
  metric: MetricKey;
  voice: Voice;
  count: number;
  /** Matches per 1,000 words of that voice (0 when the voice has no words). */
  per1k: number;
}

export interface Quote extends Span {
  /** The quoted words without the quotation marks. */
  text: string;
  /**
   * The speaker's name as attributed in the text ("Christopher Wray"), or null. For "he"/"she" it is
   * the person the pronoun stands for; an organisation or unnamed source is given as written.
   */
  speaker: string | null;
  /**
   * Where the attribution names the speaker: the name or pronoun ("Wray" in “…,” Wray told lawmakers;
   * "he" in “…,” he said). A quote that continues the previous quote's speaker, or opens a paragraph
   * after "Smith said:", points to that earlier attribution, so the span may lie before the quote.
   */
  speakerSpan: Span | null;
}

export type PersonRole = 'author' | 'contributor' | 'source' | 'mentioned';

export interface Person {
  /** Full name without titles ("Christopher Wray", not "FBI Director Christopher Wray"). */
  name: string;
  role: PersonRole;
  /** Every mention, including later surname-only mentions ("Wray"). */
  mentions: Span[];
}

export type SourceKind = 'anonymous' | 'named';

export interface SourceRef extends Span {
  kind: SourceKind;
  text: string;
  /** The named source ("Chris Krebs"), or null for anonymous ones. */
  name: string | null;
  ruleId: string;
}

export interface Citation extends Span {
  /** Canonical outlet name ("CNN", "Reuters", "South China Morning Post"). */
  outlet: string;
  text: string;
  ruleId: string;
}

export interface AnalyzeInput {
  /** Raw text as scraped, possibly with page chrome, HTML tags and entities. */
  text?: string;
  /** Raw HTML; converted to text (tags stripped, entities decoded, script/style dropped). */
  html?: string;
  /** The publishing outlet's name, when known (used to tell self-references from citations). */
  outlet?: string | null;
  url?: string | null;
  /**
   * Treat the input as a bare passage (a sentence or paragraph): no page-chrome removal and no
   * headline, byline or date detection. Used by the evaluation harness and classroom exercises.
   */
  passage?: boolean;
}

export interface ArticleAnalysis {
  /** Semver of the analyser code. */
  analyzerVersion: string;
  /** Hash of the lexicon and rule data. */
  lexiconVersion: string;
  /** The cleaned text: page chrome removed, paragraphs kept (separated by "\n\n"). */
  text: string;
  /** The headline, or null when the text has none. */
  headline: string | null;
  /** Where the headline sits in `text` (it is the first paragraph when present). */
  headlineSpan: Span | null;
  bylines: string[];
  /** ISO date (YYYY-MM-DD) where the text states one, else null. */
  published: string | null;
  wordCount: number;
  sentenceCount: number;
  /** Words in the outlet's own voice and inside direct quotes; outlet + quoted === wordCount. */
  words: Record<Voice, number>;
  /** Share of words inside direct quotes, 0..1. */
  quotedShare: number;
  paragraphs: Span[];
  sentences: Span[];
  quotes: Quote[];
  /** Every metric × voice, always all of them (zero counts included), in METRIC_KEYS × VOICES order. */
  metrics: MetricValue[];
  evidence: Evidence[];
  people: Person[];
  sources: SourceRef[];
  citations: Citation[];
}
