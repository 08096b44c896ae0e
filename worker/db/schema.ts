/**
 * The D1 schema (drizzle-orm). drizzle-kit generates migrations/ from this file; wrangler applies them.
 *
 * Analysis results are computed once, at ingest, and stored row by row so reads never re-run the
 * analyser. Every child table hangs off `articles` with ON DELETE CASCADE, and articles hang off
 * `stories` the same way: deleting an article (a takedown) really removes its text and spans.
 * Offsets (`start`, `end`) are UTF-16 offsets into `articles.text`, end-exclusive.
 */
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC timestamp with milliseconds, as SQLite computes it. */
const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const outlets = sqliteTable('outlets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Slugified name: the identity outlets are upserted by ("India Today" → "india-today"). */
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** ISO 3166-1 alpha-2 code, or null. */
  country: text('country'),
  homepage: text('homepage'),
  createdAt: text('created_at').notNull().default(nowIso),
});

export const stories = sqliteTable('stories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  summary: text('summary'),
  /** YYYY-MM-DD or null. */
  eventDate: text('event_date'),
  /** Increments on every article added or removed; `?rev=N` pins the articles added at or before N. */
  revision: integer('revision').notNull().default(0),
  /**
   * Increments when the story's stored analysis changes without an article being added or removed
   * (re-analysis; an outlet's country or homepage filled in). With `revision` it versions every
   * cached read of the story: cache keys and ETags change exactly when the payload can.
   */
  generation: integer('generation').notNull().default(0),
  createdAt: text('created_at').notNull().default(nowIso),
  updatedAt: text('updated_at').notNull().default(nowIso),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    storyId: integer('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    /** null for unattributed texts. */
    outletId: integer('outlet_id').references(() => outlets.id),
    /** Random per ingest request: lets child inserts target only the row this request created. */
    ingestNonce: text('ingest_nonce').notNull().unique(),
    headline: text('headline'),
    /** JSON array of strings. */
    bylines: text('bylines').notNull().default('[]'),
    url: text('url'),
    /** Effective date (YYYY-MM-DD): the client's `published` when given, else the analyser's. */
    published: text('published'),
    /** The client's `published`, kept so re-analysis does not overwrite it. */
    publishedInput: text('published_input'),
    /** The client's `headline`, kept so re-analysis does not overwrite it. */
    headlineInput: text('headline_input'),
    /** Exactly what the analyser was given (headline already prepended when it was missing). */
    rawText: text('raw_text').notNull(),
    /** Whether raw_text is plain text or HTML. */
    rawFormat: text('raw_format', { enum: ['text', 'html'] }).notNull(),
    /** The analyser's cleaned text; every offset points into it. */
    text: text('text').notNull(),
    /** Hex SHA-256 of `text`: the idempotency key within a story. */
    contentHash: text('content_hash').notNull(),
    wordCount: integer('word_count').notNull(),
    wordsOutlet: integer('words_outlet').notNull(),
    wordsQuoted: integer('words_quoted').notNull(),
    quotedShare: real('quoted_share').notNull(),
    headlineStart: integer('headline_start'),
    headlineEnd: integer('headline_end'),
    analyzerVersion: text('analyzer_version').notNull(),
    lexiconVersion: text('lexicon_version').notNull(),
    /** The story revision this article's arrival created. */
    addedRevision: integer('added_revision').notNull(),
    createdAt: text('created_at').notNull().default(nowIso),
    analyzedAt: text('analyzed_at').notNull().default(nowIso),
  },
  (t) => [
    uniqueIndex('articles_story_hash_unique').on(t.storyId, t.contentHash),
    index('articles_story_revision_idx').on(t.storyId, t.addedRevision),
    index('articles_outlet_idx').on(t.outletId),
    index('articles_versions_idx').on(t.analyzerVersion, t.lexiconVersion),
  ],
);

/** One row per article × metric × voice (all of them, zero counts included). */
export const metrics = sqliteTable(
  'metrics',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    voice: text('voice', { enum: ['outlet', 'quoted'] }).notNull(),
    count: integer('count').notNull(),
    per1k: real('per1k').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.metric, t.voice] })],
);

/** The spans behind every count. */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    ruleId: text('rule_id').notNull(),
    voice: text('voice', { enum: ['outlet', 'quoted'] }).notNull(),
  },
  (t) => [index('evidence_article_metric_idx').on(t.articleId, t.metric)],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: ['author', 'contributor', 'source', 'mentioned'] }).notNull(),
    /** JSON array of { start, end }. */
    mentions: text('mentions').notNull(),
  },
  (t) => [index('people_article_idx').on(t.articleId), index('people_name_idx').on(t.name)],
);

export const quotes = sqliteTable(
  'quotes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    speaker: text('speaker'),
    speakerStart: integer('speaker_start'),
    speakerEnd: integer('speaker_end'),
  },
  (t) => [index('quotes_article_idx').on(t.articleId)],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['anonymous', 'named'] }).notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    name: text('name'),
    ruleId: text('rule_id').notNull(),
  },
  (t) => [index('sources_article_idx').on(t.articleId)],
);

/** Other outlets an article cites ("…, Reuters reported"). */
export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Canonical name of the cited outlet. */
    outlet: text('outlet').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    ruleId: text('rule_id').notNull(),
  },
  (t) => [index('citations_article_idx').on(t.articleId), index('citations_outlet_idx').on(t.outlet)],
);
