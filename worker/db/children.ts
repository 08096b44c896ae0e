/**
 * Writes an analysis's child rows (metrics, evidence, people, quotes, sources, citations).
 *
 * Each table gets multi-row `INSERT … SELECT a.id, v.* FROM (VALUES …) v JOIN articles a ON <target>`
 * statements. The JOIN names the article by its ingest nonce (or id) instead of a literal id: inside a
 * batch the new article's id is not known yet, and if the article row was not written by this
 * request (a concurrent identical ingest won), the JOIN matches nothing and the statement writes
 * nothing — no orphans, no duplicates, no error.
 *
 * WARNING: production D1 rejects statements with more than 100 bound parameters (local D1 does
 * not), so rows are chunked: one parameter for the target plus `columns × rows` ≤ 100.
 * https://developers.cloudflare.com/d1/platform/limits/
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { ArticleAnalysis } from '../analysis/types';
import type { Database } from './client';
import { articles, citations, evidence, metrics, people, quotes, sources } from './schema';

/** D1's per-statement limit on bound parameters. */
export const MAX_BOUND_PARAMETERS = 100;

type Cell = string | number | null;
type ChildTable = typeof metrics | typeof evidence | typeof people | typeof quotes | typeof sources | typeof citations;

interface ChildRows<T extends ChildTable = ChildTable> {
  table: T;
  /** One object per row, keyed by the table's property names (all but `id` and `articleId`). */
  rows: Record<string, Cell>[];
}

/** Which article the child rows belong to. */
export type ArticleTarget = { nonce: string } | { articleId: number };

/** The analysis as rows per child table, in the analyser's order. */
export function childRows(analysis: ArticleAnalysis): ChildRows[] {
  return [
    { table: metrics, rows: analysis.metrics.map(({ metric, voice, count, per1k }) => ({ metric, voice, count, per1k })) },
    {
      table: evidence,
      rows: analysis.evidence.map(({ metric, start, end, text, ruleId, voice }) => ({ metric, start, end, text, ruleId, voice })),
    },
    {
      table: people,
      rows: analysis.people.map((p) => ({
        name: p.name,
        role: p.role,
        mentions: JSON.stringify(p.mentions.map(({ start, end }) => ({ start, end }))),
      })),
    },
    {
      table: quotes,
      rows: analysis.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker,
        speakerStart: q.speakerSpan?.start ?? null,
        speakerEnd: q.speakerSpan?.end ?? null,
      })),
    },
    {
      table: sources,
      rows: analysis.sources.map(({ kind, start, end, text, name, ruleId }) => ({ kind, start, end, text, name, ruleId })),
    },
    {
      table: citations,
      rows: analysis.citations.map(({ outlet, start, end, text, ruleId }) => ({ outlet, start, end, text, ruleId })),
    },
  ];
}

/** The table's property names that carry values (everything but the id and the article link). */
function valueKeys(table: ChildTable): string[] {
  return Object.keys(getTableColumns(table)).filter((key) => key !== 'id' && key !== 'articleId');
}

/** Rows per statement so that `columns × rows + 1` stays within the limit. */
export function rowsPerStatement(columnCount: number): number {
  return Math.floor((MAX_BOUND_PARAMETERS - 1) / columnCount);
}

function targetCondition(target: ArticleTarget): SQL {
  return 'nonce' in target ? sql`a.ingest_nonce = ${target.nonce}` : sql`a.id = ${target.articleId}`;
}

function insertChunk(db: Database, table: ChildTable, rows: Record<string, Cell>[], target: ArticleTarget) {
  const keys = valueKeys(table);
  // drizzle's INSERT … SELECT lists every column in table order, so the SELECT does too:
  // NULL for the autoincrement id, the joined article's id, then the VALUES columns (SQLite names
  // them column1, column2, …).
  const picked = Object.keys(getTableColumns(table)).map((key) => {
    if (key === 'id') return sql`null`;
    if (key === 'articleId') return sql`a.id`;
    return sql.raw(`v.column${keys.indexOf(key) + 1}`);
  });
  const values = sql.join(
    rows.map((row) => sql`(${sql.join(keys.map((key) => sql`${row[key] ?? null}`), sql`, `)})`),
    sql`, `,
  );
  return db
    .insert(table)
    .select(sql`select ${sql.join(picked, sql`, `)} from (values ${values}) as v join ${articles} as a on ${targetCondition(target)}`);
}

/** Statements inserting every child row of `analysis` for the target article, chunked. */
export function insertChildren(db: Database, analysis: ArticleAnalysis, target: ArticleTarget) {
  const statements: ReturnType<typeof insertChunk>[] = [];
  for (const { table, rows } of childRows(analysis)) {
    const size = rowsPerStatement(valueKeys(table).length);
    for (let i = 0; i < rows.length; i += size) statements.push(insertChunk(db, table, rows.slice(i, i + size), target));
  }
  return statements;
}
