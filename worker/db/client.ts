/** The drizzle handle every query function takes. */
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/** Drizzle over a D1 binding (or anything shaped like one, e.g. a recording proxy in tests). */
export function createDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Database = ReturnType<typeof createDb>;

/** Runs statements as one atomic D1 batch (a no-op for an empty list). */
export async function runBatch(db: Database, statements: BatchItem<'sqlite'>[]): Promise<unknown[]> {
  const [first, ...rest] = statements;
  return first ? db.batch([first, ...rest]) : [];
}
