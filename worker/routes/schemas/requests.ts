/**
 * zod schemas of request bodies, path parameters and queries. Objects are strict: unknown fields
 * are rejected (422) rather than silently dropped, so a typo like `heading` is reported.
 */
import { z } from '@hono/zod-openapi';
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_WORDS } from '../../lib/limits';
import { bodyText, countryCode, httpUrl, isoDate, lineText, storySlug } from '../../lib/validation';

/** Limits on untrusted strings. The 256 KB body cap bounds article text first, and the analyser takes at most `MAX_ARTICLE_CHARS` of it (413 beyond). */
export const LIMITS = {
  title: 300,
  summary: 5_000,
  outletName: 120,
  headline: 500,
  text: 262_144,
} as const;

export const CreateStoryBodySchema = z
  .strictObject({
    slug: storySlug,
    title: lineText(LIMITS.title),
    summary: bodyText(LIMITS.summary).nullish(),
    eventDate: isoDate.nullish(),
  })
  .openapi('CreateStoryBody', {
    example: { slug: 'xi-biden-election-2024', title: 'Xi promised Biden China would not interfere', eventDate: '2024-01-30' },
  });

export const OutletInputSchema = z
  .union([
    lineText(LIMITS.outletName),
    z.strictObject({
      name: lineText(LIMITS.outletName),
      country: countryCode.nullish(),
      homepage: httpUrl.nullish(),
    }),
  ], { error: 'must be an outlet name or { name, country?, homepage? }' })
  .openapi('OutletInput', { description: 'The outlet name, or { name, country?, homepage? }. Omit for unattributed texts.' });

const limitNote = `The analyser takes at most ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters (about ${MAX_ARTICLE_WORDS.toLocaleString('en-US')} words; a longer text gets 413), so that analysis fits the Workers free plan's 10 ms of CPU.`;
/** The article as plain text (page chrome is removed by the analyser). */
const articleText = bodyText(LIMITS.text).optional().openapi({ description: `The article as plain text, as scraped. ${limitNote}` });
/** The article as HTML, reduced to text by the analyser. */
const articleHtml = bodyText(LIMITS.text).optional().openapi({ description: `The article as HTML; its text counts towards the limit, not its markup. ${limitNote}` });

/** Adds the "exactly one of text or html" rule to a body schema. */
function oneOfTextOrHtml<T extends { text?: string | undefined; html?: string | undefined }>(body: T, ctx: z.RefinementCtx) {
  const given = Number(body.text !== undefined) + Number(body.html !== undefined);
  if (given !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['text'],
      message: given === 0 ? 'is required (send text or html)' : 'send exactly one of text or html, not both',
    });
  }
}

export const IngestBodySchema = z
  .strictObject({
    outlet: OutletInputSchema.nullish(),
    headline: lineText(LIMITS.headline).nullish(),
    url: httpUrl.nullish(),
    published: isoDate.nullish().openapi({
      description: "Publication date. When given it overrides the date the analyser finds in the text.",
    }),
    text: articleText,
    html: articleHtml,
  })
  .superRefine(oneOfTextOrHtml)
  .openapi('IngestBody', { example: { outlet: { name: 'CNN', country: 'US' }, published: '2024-01-30', text: '…' } });

export const AnalyzeBodySchema = z
  .strictObject({
    text: articleText,
    html: articleHtml,
    outlet: lineText(LIMITS.outletName).nullish(),
    url: httpUrl.nullish(),
    passage: z.boolean().optional().openapi({ description: 'Analyse a bare passage: no chrome, headline or date detection.' }),
  })
  .superRefine(oneOfTextOrHtml)
  .openapi('AnalyzeBody');

export const ReanalyzeBodySchema = z
  .strictObject({ limit: z.number().int().min(1).max(100).optional() })
  .openapi('ReanalyzeBody');

export const SlugParamSchema = z.object({
  slug: storySlug.openapi({ param: { name: 'slug', in: 'path' }, example: 'xi-biden-election-2024' }),
});

const articleId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, 'must be a positive integer')
  .openapi({ param: { name: 'id', in: 'path' }, example: '1' });

export const StoryArticleParamSchema = SlugParamSchema.extend({ id: articleId });
export const ArticleIdParamSchema = z.object({ id: articleId });

/** Not strict: unrelated query parameters (cache busters, tracking) are ignored on reads. */
export const RevisionQuerySchema = z.object({
  rev: z
    .string()
    .regex(/^\d{1,9}$/, 'must be a non-negative integer')
    .optional()
    .openapi({ param: { name: 'rev', in: 'query' }, description: 'Pin the payload to this story revision.' }),
});

export type IngestBody = z.infer<typeof IngestBodySchema>;
export type OutletInput = z.infer<typeof OutletInputSchema>;
