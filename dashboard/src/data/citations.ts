/**
 * Who cites whom: for each article, the outlets it credits and how often (the rows of the citation
 * graph), how many articles credit each outlet, and the summary sentence.
 */
import { capitalize, formatList, formatSmall, noneOfArticles } from './format';
import type { LabelledArticle } from './labels';

export interface CitedOutlet {
  outlet: string;
  count: number;
}

export interface CitationRow {
  articleId: number;
  label: string;
  /** Most-cited first, then alphabetical. */
  cited: CitedOutlet[];
  total: number;
  /** How many other articles in the story credit this article's outlet (0 when unattributed). */
  creditedBy: number;
}

export interface CitationGraph {
  rows: CitationRow[];
  /** Every cited outlet, most-crediting articles first, then alphabetical: the table's columns. */
  outlets: string[];
}

const key = (name: string) => name.trim().toLowerCase();

export function buildCitationGraph(articles: readonly LabelledArticle[]): CitationGraph {
  const baseRows = articles.map(({ article, label }) => {
    const counts = new Map<string, CitedOutlet>();
    for (const { outlet } of article.citations) {
      const name = outlet.trim();
      if (!name) continue;
      const existing = counts.get(key(name));
      if (existing) existing.count += 1;
      else counts.set(key(name), { outlet: name, count: 1 });
    }
    const cited = [...counts.values()].sort((a, b) => b.count - a.count || a.outlet.localeCompare(b.outlet));
    return { articleId: article.id, label, ownOutlet: article.outlet?.name ?? null, cited };
  });
  const creditors = new Map<string, { outlet: string; articles: number }>();
  for (const row of baseRows) {
    for (const { outlet } of row.cited) {
      const entry = creditors.get(key(outlet)) ?? { outlet, articles: 0 };
      entry.articles += 1;
      creditors.set(key(outlet), entry);
    }
  }
  const rows = baseRows.map(({ ownOutlet, ...row }) => ({
    ...row,
    total: row.cited.reduce((sum, c) => sum + c.count, 0),
    creditedBy: ownOutlet
      ? baseRows.filter(
          (other) => other.articleId !== row.articleId && other.cited.some((c) => key(c.outlet) === key(ownOutlet)),
        ).length
      : 0,
  }));
  const outlets = [...creditors.values()]
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet))
    .map((c) => c.outlet);
  return { rows, outlets };
}

/**
 * @example summarizeCitations(graph)
 * // "Four of five articles credit CNN; Mothership cites the most outlets (four)."
 */
export function summarizeCitations(graph: CitationGraph): string {
  const { rows, outlets } = graph;
  if (rows.length === 0) return 'There are no articles to compare yet.';
  const first = outlets[0];
  if (!first) {
    return rows.length === 1
      ? `${rows[0]?.label} credits no other outlet.`
      : `${noneOfArticles(rows.length)} credits another outlet.`;
  }
  const crediting = (outlet: string) => rows.filter((r) => r.cited.some((c) => key(c.outlet) === key(outlet))).length;
  const topCount = crediting(first);
  const topOutlets = outlets.filter((o) => crediting(o) === topCount);
  const lead =
    rows.length === 1
      ? `${rows[0]?.label} credits ${formatList(outlets)}`
      : `${capitalize(formatSmall(topCount))} of ${formatSmall(rows.length)} articles ${topCount === 1 ? 'credits' : 'credit'} ${formatList(topOutlets)}`;
  const widest = [...rows].sort((a, b) => b.cited.length - a.cited.length)[0];
  const widestTied = rows.filter((r) => r.cited.length === widest?.cited.length).length > 1;
  if (rows.length === 1 || !widest || widestTied || widest.cited.length < 2) return `${lead}.`;
  return `${lead}; ${widest.label} cites the most outlets (${formatSmall(widest.cited.length)}).`;
}
