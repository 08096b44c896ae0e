/**
 * The regression snapshot on disk: `{ [case name]: ArticleAnalysis }` as gzipped JSON (the JSON is a
 * few MB; gzip keeps the repository small and the file is never edited by hand).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ArticleAnalysis } from '../../../../worker/analysis';

export type Snapshot = Record<string, ArticleAnalysis>;

export const SNAPSHOT_PATH = fileURLToPath(new URL('./snapshot.json.gz', import.meta.url));

export function readSnapshot(): Snapshot {
  return JSON.parse(gunzipSync(readFileSync(SNAPSHOT_PATH)).toString('utf8')) as Snapshot;
}
