/**
 * Sourcing: how many source references each article makes anonymously ("two people familiar with
 * the conversations") and by name ("Chris Krebs"), across both voices, and the summary sentence.
 */
import type { ArticleSummary } from '../../../worker/api-types';
import { formatList, formatPercent, formatSmall, noneOfArticles } from './format';
import type { LabelledArticle } from './labels';

export interface SourcingRow {
  articleId: number;
  label: string;
  anonymous: number;
  named: number;
  total: number;
  /** anonymous / total, or null when the article refers to no source. */
  anonymousShare: number | null;
}

function totalCount(article: ArticleSummary, metric: 'anonymousSources' | 'namedSources'): number {
  const cells = article.metrics[metric];
  return (cells?.outlet.count ?? 0) + (cells?.quoted.count ?? 0);
}

export function selectSourcing(articles: readonly LabelledArticle[]): SourcingRow[] {
  return articles.map(({ article, label }) => {
    const anonymous = totalCount(article, 'anonymousSources');
    const named = totalCount(article, 'namedSources');
    const total = anonymous + named;
    return { articleId: article.id, label, anonymous, named, total, anonymousShare: total ? anonymous / total : null };
  });
}

const refs = (n: number) => `${formatSmall(n)} source reference${n === 1 ? '' : 's'}`;

/** "two of its three source references (67%) were unnamed", "both of its source references were unnamed". */
function unnamedPart(row: SourcingRow): string {
  if (row.anonymous === row.total) {
    if (row.total === 1) return 'its only source reference was unnamed';
    return `${row.total === 2 ? 'both' : `all ${formatSmall(row.total)}`} of its source references were unnamed`;
  }
  const verb = row.anonymous === 1 ? 'was' : 'were';
  return `${formatSmall(row.anonymous)} of its ${refs(row.total)} (${formatPercent(row.anonymousShare ?? 0)}) ${verb} unnamed`;
}

/**
 * @example summarizeSourcing(rows)
 * // "RT leaned most on anonymous sources: two of its three source references (67%) were unnamed, against 40% for CNN."
 * // "India Today and RT leaned most on anonymous sources: all of their source references were unnamed, against 75% for Mothership."
 */
export function summarizeSourcing(rows: readonly SourcingRow[]): string {
  const withRefs = rows.filter((r) => r.total > 0);
  if (rows.length === 0) return 'There are no articles to compare yet.';
  if (withRefs.length === 0) {
    return rows.length === 1
      ? `${rows[0]?.label} refers to no source, named or anonymous.`
      : `${noneOfArticles(rows.length)} refers to a source, named or anonymous.`;
  }
  if (withRefs.every((r) => r.anonymous === 0)) {
    return 'Every source reference is named; no article relies on anonymous sources.';
  }
  const sorted = [...withRefs].sort(
    (a, b) => (b.anonymousShare ?? 0) - (a.anonymousShare ?? 0) || b.anonymous - a.anonymous,
  );
  const lead = sorted[0];
  if (!lead) return '';
  const leadShare = lead.anonymousShare ?? 0;
  const tied = sorted.filter((r) => r.anonymousShare === leadShare);
  const next = sorted.find((r) => (r.anonymousShare ?? 0) < leadShare);
  const against = next ? `, against ${formatPercent(next.anonymousShare ?? 0)} for ${next.label}` : '';
  if (tied.length > 1) {
    const amount = leadShare === 1 ? 'all' : formatPercent(leadShare);
    return `${formatList(tied.map((r) => r.label))} leaned most on anonymous sources: ${amount} of their source references were unnamed${against}.`;
  }
  return `${lead.label} leaned most on anonymous sources: ${unnamedPart(lead)}${against}.`;
}
