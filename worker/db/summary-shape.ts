/**
 * Pure shaping of stored rows into the API's `ArticleSummary` (worker/api-types.ts).
 */
import type { ArticleSummary, MetricCell } from '../api-types';
import { METRIC_KEYS, VOICES, type Evidence, type MetricKey, type PersonRole, type Voice } from '../analysis/types';
import type { SummaryRow } from './article-summaries';

/** Label shown in charts for texts without an outlet. */
export const UNATTRIBUTED_LABEL = 'Unattributed';

export function emptyMetricTable(): Record<MetricKey, Record<Voice, MetricCell>> {
  const table = {} as Record<MetricKey, Record<Voice, MetricCell>>;
  for (const key of METRIC_KEYS) {
    table[key] = { outlet: { count: 0, per1k: 0 }, quoted: { count: 0, per1k: 0 } };
  }
  return table;
}

export interface SummaryParts {
  metrics: { metric: string; voice: Voice; count: number; per1k: number }[];
  headlineEvidence: (Omit<Evidence, 'metric'> & { metric: string })[];
  citations: { outlet: string }[];
  people: { name: string; role: PersonRole }[];
}

export function toArticleSummary(row: SummaryRow, parts: SummaryParts): ArticleSummary {
  const table = emptyMetricTable();
  for (const m of parts.metrics) {
    const cells = table[m.metric as MetricKey];
    if (cells && VOICES.includes(m.voice)) cells[m.voice] = { count: m.count, per1k: m.per1k };
  }
  const offset = row.headlineStart ?? 0;
  const outlet =
    row.outletSlug !== null && row.outletName !== null
      ? { slug: row.outletSlug, name: row.outletName, country: row.outletCountry, homepage: row.outletHomepage }
      : null;
  return {
    id: row.id,
    outlet,
    label: outlet?.name ?? UNATTRIBUTED_LABEL,
    headline: row.headline,
    bylines: JSON.parse(row.bylines) as string[],
    url: row.url,
    published: row.published,
    wordCount: row.wordCount,
    words: { outlet: row.wordsOutlet, quoted: row.wordsQuoted },
    quotedShare: row.quotedShare,
    analyzerVersion: row.analyzerVersion,
    lexiconVersion: row.lexiconVersion,
    addedRevision: row.addedRevision,
    metrics: table,
    headlineEvidence: parts.headlineEvidence.map((e) => ({
      metric: e.metric as MetricKey,
      start: e.start - offset,
      end: e.end - offset,
      text: e.text,
      ruleId: e.ruleId,
      voice: e.voice,
    })),
    citations: parts.citations.map(({ outlet: name }) => ({ outlet: name })),
    people: parts.people.map(({ name, role }) => ({ name, role })),
  };
}
