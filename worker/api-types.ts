/**
 * Shapes of the JSON API's read responses, shared by the Worker (which produces them) and the
 * dashboard and widgets (which consume them). The zod schemas in worker/routes describe the same
 * shapes for validation and OpenAPI; keep the two in step.
 */
import type {
  Citation,
  Evidence,
  MetricKey,
  Person,
  PersonRole,
  Quote,
  SourceRef,
  Span,
  Voice,
} from './analysis/types';

export interface ApiError {
  error: { code: string; message: string };
}

export interface OutletSummary {
  slug: string;
  name: string;
  country: string | null;
  homepage: string | null;
}

export interface StorySummary {
  slug: string;
  title: string;
  summary: string | null;
  /** ISO date of the event (YYYY-MM-DD) or null. */
  eventDate: string | null;
  /** Increments on every article added or removed; widget URLs can pin it. */
  revision: number;
  articleCount: number;
  outletCount: number;
  updatedAt: string;
}

/** GET /api/stories */
export interface StoryListResponse {
  stories: StorySummary[];
}

export interface MetricCell {
  count: number;
  per1k: number;
}

/** An article as it appears in the story payload: everything the charts need, no full text. */
export interface ArticleSummary {
  id: number;
  /** null for unattributed texts. */
  outlet: OutletSummary | null;
  /** What charts show: the outlet name, or "Unattributed". */
  label: string;
  headline: string | null;
  bylines: string[];
  url: string | null;
  published: string | null;
  wordCount: number;
  words: Record<Voice, number>;
  quotedShare: number;
  analyzerVersion: string;
  lexiconVersion: string;
  /** Revision of the story at which this article was added. */
  addedRevision: number;
  metrics: Record<MetricKey, Record<Voice, MetricCell>>;
  /** Evidence inside the headline, with offsets relative to the headline string. */
  headlineEvidence: Evidence[];
  citations: { outlet: string }[];
  people: { name: string; role: PersonRole }[];
}

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  description: string;
}

/** GET /api/stories/:slug (optionally ?rev=N to pin a revision) */
export interface StoryResponse {
  story: StorySummary;
  /** The revision this payload reflects (== story.revision unless pinned). */
  revision: number;
  outlets: OutletSummary[];
  articles: ArticleSummary[];
  metrics: MetricDefinition[];
}

/** GET /api/stories/:slug/articles/:id */
export interface ArticleDetailResponse {
  article: ArticleSummary & {
    text: string;
    headlineSpan: Span | null;
  };
  evidence: Evidence[];
  people: Person[];
  quotes: Quote[];
  sources: SourceRef[];
  citations: Citation[];
}

/** One lexicon entry or rule of the analyser: why a highlight matched (tooltips, methodology page). */
export interface RuleInfo {
  /** The `ruleId` that evidence carries. */
  id: string;
  /**
   * The metric the rule counts towards; null for entries that never produce evidence themselves
   * (precision guards such as `guard.alleged-legal`, and term lists such as `sources.head`).
   */
  metric: MetricKey | null;
  label: string;
  rationale: string;
  examples: string[];
}

/** GET /api/rules (cacheable; changes only with the lexicon version) */
export interface RulesResponse {
  analyzerVersion: string;
  lexiconVersion: string;
  rules: RuleInfo[];
}
