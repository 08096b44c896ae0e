/**
 * Stores one analysed article and everything derived from it in a single atomic `db.batch`.
 *
 * Race-free idempotency without transactions (D1 has none across round trips):
 * 1. Each ingest draws a random nonce.
 * 2. The batch inserts the article with that nonce, `ON CONFLICT (story_id, content_hash) DO NOTHING`.
 * 3. Every child row is inserted with `INSERT … SELECT … JOIN articles a ON a.ingest_nonce = <nonce>`
 *    and the story revision is bumped `WHERE EXISTS (… ingest_nonce = <nonce>)`.
 * A batch runs as one transaction and D1 runs a database's batches one at a time, so exactly one of
 * N identical concurrent ingests inserts the article; the others' child inserts and revision bumps
 * match no row and write nothing. Each request then reads the article by hash: if it carries this
 * request's nonce the article is new (201), otherwise it already existed (200) — same id either way.
 */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ArticleAnalysis } from '../analysis/types';
import { analysisColumns, type ClientClaims } from './article-fields';
import { insertChildren } from './children';
import { runBatch, type Database } from './client';
import { articles, outlets, stories } from './schema';

export interface OutletRecord {
  slug: string;
  name: string;
  country: string | null;
  homepage: string | null;
}

export interface ArticleRecord extends ClientClaims {
  storyId: number;
  outlet: OutletRecord | null;
  url: string | null;
  /** Exactly what the analyser was given. */
  rawText: string;
  rawFormat: 'text' | 'html';
  analysis: ArticleAnalysis;
  /** SHA-256 of `analysis.text`. */
  contentHash: string;
}

export interface IngestResult {
  id: number;
  created: boolean;
}

async function findByHash(db: Database, storyId: number, contentHash: string) {
  const [row] = await db
    .select({ id: articles.id, nonce: articles.ingestNonce })
    .from(articles)
    .where(and(eq(articles.storyId, storyId), eq(articles.contentHash, contentHash)));
  return row ?? null;
}

/** Inserts or updates the outlet, keyed by slug; later non-null country/homepage fill gaps. */
function upsertOutlet(db: Database, outlet: OutletRecord) {
  return db
    .insert(outlets)
    .values(outlet)
    .onConflictDoUpdate({
      target: outlets.slug,
      set: {
        country: sql`coalesce(excluded.country, ${outlets.country})`,
        homepage: sql`coalesce(excluded.homepage, ${outlets.homepage})`,
      },
    });
}

/**
 * When the upsert would fill in an outlet's missing country or homepage, every story already showing
 * that outlet changes too: bump their generation (cached reads key on it). Runs before the upsert,
 * in the same batch; null when the record fills nothing.
 */
function bumpStoriesShowingOutlet(db: Database, outlet: OutletRecord) {
  const gaps = [
    ...(outlet.country !== null ? [isNull(outlets.country)] : []),
    ...(outlet.homepage !== null ? [isNull(outlets.homepage)] : []),
  ];
  if (gaps.length === 0) return null;
  const showing = db
    .select({ storyId: articles.storyId })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(and(eq(outlets.slug, outlet.slug), or(...gaps)));
  return db
    .update(stories)
    .set({ generation: sql`${stories.generation} + 1` })
    .where(inArray(stories.id, showing));
}

/**
 * Stores the article unless the story already has the same cleaned text.
 * @example const { id, created } = await ingestArticle(db, record); // created → 201, else 200
 */
export async function ingestArticle(db: Database, record: ArticleRecord, nonce = crypto.randomUUID()): Promise<IngestResult | null> {
  const existing = await findByHash(db, record.storyId, record.contentHash);
  if (existing) return { id: existing.id, created: false };

  const { storyId, outlet } = record;
  const insertArticle = db
    .insert(articles)
    .values({
      storyId,
      outletId: outlet ? sql`(select ${outlets.id} from ${outlets} where ${outlets.slug} = ${outlet.slug})` : null,
      ingestNonce: nonce,
      url: record.url,
      headlineInput: record.headlineInput,
      publishedInput: record.publishedInput,
      rawText: record.rawText,
      rawFormat: record.rawFormat,
      contentHash: record.contentHash,
      addedRevision: sql`(select ${stories.revision} + 1 from ${stories} where ${stories.id} = ${storyId})`,
      ...analysisColumns(record.analysis, record),
    })
    .onConflictDoNothing({ target: [articles.storyId, articles.contentHash] });
  const bumpRevision = db
    .update(stories)
    .set({ revision: sql`${stories.revision} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(
      and(eq(stories.id, storyId), sql`exists (select 1 from ${articles} where ${articles.ingestNonce} = ${nonce})`),
    );

  const outletChange = outlet ? bumpStoriesShowingOutlet(db, outlet) : null;
  await runBatch(db, [
    ...(outletChange ? [outletChange] : []),
    ...(outlet ? [upsertOutlet(db, outlet)] : []),
    insertArticle,
    ...insertChildren(db, record.analysis, { nonce }),
    bumpRevision,
  ]);

  // null only if a concurrent DELETE removed the article between the batch and this read.
  const stored = await findByHash(db, storyId, record.contentHash);
  return stored && { id: stored.id, created: stored.nonce === nonce };
}
