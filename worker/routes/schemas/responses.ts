/**
 * zod schemas of the read API's responses (worker/api-types.ts), for OpenAPI and response typing.
 * The compile-time checks at the bottom fail the typecheck if the two drift apart.
 */
import { z } from '@hono/zod-openapi';
import type {
  ApiError,
  ArticleDetailResponse,
  ArticleSummary,
  OutletSummary,
  StoryListResponse,
  StoryResponse,
  StorySummary,
} from '../../api-types';
import { METRIC_KEYS } from '../../analysis/types';
import {
  CitationSchema,
  EvidenceSchema,
  MetricKeySchema,
  PersonRoleSchema,
  PersonSchema,
  QuoteSchema,
  SourceRefSchema,
  SpanSchema,
} from './analysis';
import type { Same } from './same';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error', { example: { error: { code: 'not_found', message: 'No story "x".' } } });

export const OutletSummarySchema = z
  .object({ slug: z.string(), name: z.string(), country: z.string().nullable(), homepage: z.string().nullable() })
  .openapi('OutletSummary');

export const StorySummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    eventDate: z.string().nullable(),
    revision: z.number().int(),
    articleCount: z.number().int(),
    outletCount: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('StorySummary');

export const StoryListResponseSchema = z.object({ stories: z.array(StorySummarySchema) }).openapi('StoryListResponse');

const MetricCellSchema = z.object({ count: z.number().int(), per1k: z.number() });
const VoiceCellsSchema = z.object({ outlet: MetricCellSchema, quoted: MetricCellSchema });
const MetricTableSchema = z.object(
  Object.fromEntries(METRIC_KEYS.map((key) => [key, VoiceCellsSchema])) as Record<
    (typeof METRIC_KEYS)[number],
    typeof VoiceCellsSchema
  >,
);

export const ArticleSummarySchema = z
  .object({
    id: z.number().int(),
    outlet: OutletSummarySchema.nullable(),
    label: z.string(),
    headline: z.string().nullable(),
    bylines: z.array(z.string()),
    url: z.string().nullable(),
    published: z.string().nullable(),
    wordCount: z.number().int(),
    words: z.object({ outlet: z.number().int(), quoted: z.number().int() }),
    quotedShare: z.number(),
    analyzerVersion: z.string(),
    lexiconVersion: z.string(),
    addedRevision: z.number().int(),
    metrics: MetricTableSchema,
    headlineEvidence: z.array(EvidenceSchema),
    citations: z.array(z.object({ outlet: z.string() })),
    people: z.array(z.object({ name: z.string(), role: PersonRoleSchema })),
  })
  .openapi('ArticleSummary');

export const MetricDefinitionSchema = z
  .object({ key: MetricKeySchema, label: z.string(), description: z.string() })
  .openapi('MetricDefinition');

export const StoryResponseSchema = z
  .object({
    story: StorySummarySchema,
    revision: z.number().int(),
    outlets: z.array(OutletSummarySchema),
    articles: z.array(ArticleSummarySchema),
    metrics: z.array(MetricDefinitionSchema),
  })
  .openapi('StoryResponse');

export const ArticleDetailResponseSchema = z
  .object({
    article: ArticleSummarySchema.extend({ text: z.string(), headlineSpan: SpanSchema.nullable() }),
    evidence: z.array(EvidenceSchema),
    people: z.array(PersonSchema),
    quotes: z.array(QuoteSchema),
    sources: z.array(SourceRefSchema),
    citations: z.array(CitationSchema),
  })
  .openapi('ArticleDetailResponse');

export const IngestResponseSchema = z
  .object({
    id: z.number().int(),
    created: z.boolean().openapi({ description: 'false when the same cleaned text was already in the story' }),
    article: ArticleSummarySchema,
  })
  .openapi('IngestResponse');

export const DeleteResponseSchema = z
  .object({ id: z.number().int(), deleted: z.literal(true), story: z.string(), revision: z.number().int() })
  .openapi('DeleteResponse');

export const ReanalyzeResponseSchema = z
  .object({
    reanalyzed: z.number().int(),
    failed: z.array(z.number().int()).openapi({ description: 'Ids the analyser could not process (still outdated)' }),
    remaining: z.number().int(),
  })
  .openapi('ReanalyzeResponse');

// Compile-time: the schemas describe exactly the contract types.
export const responseSchemasMatch: [
  Same<z.infer<typeof ErrorSchema>, ApiError>,
  Same<z.infer<typeof OutletSummarySchema>, OutletSummary>,
  Same<z.infer<typeof StorySummarySchema>, StorySummary>,
  Same<z.infer<typeof StoryListResponseSchema>, StoryListResponse>,
  Same<z.infer<typeof ArticleSummarySchema>, ArticleSummary>,
  Same<z.infer<typeof StoryResponseSchema>, StoryResponse>,
  Same<z.infer<typeof ArticleDetailResponseSchema>, ArticleDetailResponse>,
] = [true, true, true, true, true, true, true];
