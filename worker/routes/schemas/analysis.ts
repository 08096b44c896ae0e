/**
 * zod schemas of the analyser's output (worker/analysis/types.ts), for OpenAPI and response typing.
 * The compile-time checks at the bottom fail the typecheck if the two drift apart.
 */
import { z } from '@hono/zod-openapi';
import type { ArticleAnalysis, Citation, Evidence, MetricValue, Person, Quote, SourceRef } from '../../analysis/types';
import { METRIC_KEYS } from '../../analysis/types';
import type { Same } from './same';

export const MetricKeySchema = z.enum(METRIC_KEYS).openapi('MetricKey');
export const VoiceSchema = z.enum(['outlet', 'quoted']).openapi('Voice');

export const SpanSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .openapi('Span', { description: 'Half-open UTF-16 range [start, end) into the cleaned text.' });

export const EvidenceSchema = z
  .object({
    metric: MetricKeySchema,
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    ruleId: z.string(),
    voice: VoiceSchema,
  })
  .openapi('Evidence');

export const MetricValueSchema = z
  .object({ metric: MetricKeySchema, voice: VoiceSchema, count: z.number().int(), per1k: z.number() })
  .openapi('MetricValue');

export const QuoteSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    speaker: z.string().nullable(),
    speakerSpan: SpanSchema.nullable(),
  })
  .openapi('Quote');

export const PersonRoleSchema = z.enum(['author', 'contributor', 'source', 'mentioned']).openapi('PersonRole');

export const PersonSchema = z
  .object({ name: z.string(), role: PersonRoleSchema, mentions: z.array(SpanSchema) })
  .openapi('Person');

export const SourceRefSchema = z
  .object({
    kind: z.enum(['anonymous', 'named']),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    name: z.string().nullable(),
    ruleId: z.string(),
  })
  .openapi('SourceRef');

export const CitationSchema = z
  .object({ outlet: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), ruleId: z.string() })
  .openapi('Citation');

export const ArticleAnalysisSchema = z
  .object({
    analyzerVersion: z.string(),
    lexiconVersion: z.string(),
    text: z.string(),
    headline: z.string().nullable(),
    headlineSpan: SpanSchema.nullable(),
    bylines: z.array(z.string()),
    published: z.string().nullable(),
    wordCount: z.number().int(),
    sentenceCount: z.number().int(),
    words: z.object({ outlet: z.number().int(), quoted: z.number().int() }),
    quotedShare: z.number(),
    paragraphs: z.array(SpanSchema),
    sentences: z.array(SpanSchema),
    quotes: z.array(QuoteSchema),
    metrics: z.array(MetricValueSchema),
    evidence: z.array(EvidenceSchema),
    people: z.array(PersonSchema),
    sources: z.array(SourceRefSchema),
    citations: z.array(CitationSchema),
  })
  .openapi('ArticleAnalysis');

// Compile-time: the schemas describe exactly the contract types.
export const analysisSchemasMatch: [
  Same<z.infer<typeof EvidenceSchema>, Evidence>,
  Same<z.infer<typeof MetricValueSchema>, MetricValue>,
  Same<z.infer<typeof QuoteSchema>, Quote>,
  Same<z.infer<typeof PersonSchema>, Person>,
  Same<z.infer<typeof SourceRefSchema>, SourceRef>,
  Same<z.infer<typeof CitationSchema>, Citation>,
  Same<z.infer<typeof ArticleAnalysisSchema>, ArticleAnalysis>,
] = [true, true, true, true, true, true, true];
