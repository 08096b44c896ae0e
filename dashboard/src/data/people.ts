/**
 * Who names whom: a people × articles matrix of how each article features each person (byline,
 * quoted, mentioned, or not at all), who each article leaves out, and the summary sentence.
 */
import type { PersonRole } from '../../../worker/analysis/types';
import { formatList, formatSmall, noneOfArticles } from './format';
import type { LabelledArticle } from './labels';

/** How an article features a person, strongest first. */
export type NamingRole = 'byline' | 'quoted' | 'mentioned';
export const NAMING_ROLES: readonly NamingRole[] = ['byline', 'quoted', 'mentioned'];

const ROLE_OF: Record<PersonRole, NamingRole> = {
  author: 'byline',
  contributor: 'byline',
  source: 'quoted',
  mentioned: 'mentioned',
};

export interface PeopleRow {
  name: string;
  /** One cell per article, aligned with `columns`; null when the article does not name the person. */
  cells: (NamingRole | null)[];
  /** How many articles name the person. */
  articles: number;
}

export interface PeopleMatrix {
  columns: { articleId: number; label: string }[];
  rows: PeopleRow[];
  /** Per column: how many people other articles name that this one leaves out. */
  leftOut: number[];
}

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function buildPeopleMatrix(articles: readonly LabelledArticle[]): PeopleMatrix {
  const people = new Map<string, { name: string; cells: (NamingRole | null)[]; firstSeen: number }>();
  articles.forEach(({ article }, col) => {
    for (const person of article.people) {
      const name = person.name.trim().replace(/\s+/g, ' ');
      if (!name) continue;
      const entry = people.get(norm(name)) ?? { name, cells: articles.map(() => null), firstSeen: people.size };
      const role = ROLE_OF[person.role] ?? 'mentioned';
      const current = entry.cells[col] ?? null;
      if (current === null || NAMING_ROLES.indexOf(role) < NAMING_ROLES.indexOf(current)) entry.cells[col] = role;
      people.set(norm(name), entry);
    }
  });
  const rows = [...people.values()]
    .map((p) => ({ ...p, articles: p.cells.filter((c) => c !== null).length }))
    .sort((a, b) => b.articles - a.articles || a.firstSeen - b.firstSeen)
    .map(({ name, cells, articles: count }) => ({ name, cells, articles: count }));
  const leftOut = articles.map((_, col) => rows.filter((r) => r.cells[col] === null).length);
  return { columns: articles.map(({ article, label }) => ({ articleId: article.id, label })), rows, leftOut };
}

/**
 * @example summarizePeople(matrix)
 * // "Joe Biden and Xi Jinping are named in all five articles; 9 of 14 people appear in only one (e.g. Christopher Wray, only in CNN)."
 */
export function summarizePeople(matrix: PeopleMatrix): string {
  const { columns, rows } = matrix;
  if (columns.length === 0) return 'There are no articles to compare yet.';
  if (rows.length === 0) {
    return columns.length === 1
      ? `${columns[0]?.label} names no one.`
      : `${noneOfArticles(columns.length)} names anyone.`;
  }
  if (columns.length === 1) {
    return `${columns[0]?.label} names ${formatSmall(rows.length)} ${rows.length === 1 ? 'person' : 'people'}.`;
  }
  const everywhere = rows.filter((r) => r.articles === columns.length).map((r) => r.name);
  const loners = rows.filter((r) => r.articles === 1);
  const parts: string[] = [];
  if (everywhere.length > 0) {
    const verb = everywhere.length === 1 ? 'is' : 'are';
    const shown = everywhere.length > 3 ? `${formatSmall(everywhere.length)} people` : formatList(everywhere);
    parts.push(`${shown} ${verb} named in ${columns.length === 2 ? 'both' : `all ${formatSmall(columns.length)}`} articles`);
  } else {
    parts.push(`No one is named in ${columns.length === 2 ? 'both' : `all ${formatSmall(columns.length)}`} articles`);
  }
  const example = loners[0];
  if (example) {
    const only = columns[example.cells.findIndex((c) => c !== null)]?.label ?? '';
    const count = loners.length === 1 ? 'one person appears' : `${formatSmall(loners.length)} of ${formatSmall(rows.length)} people appear`;
    parts.push(`${count} in only one (${loners.length === 1 ? '' : 'e.g. '}${example.name}, only in ${only})`);
  }
  return `${parts.join('; ')}.`;
}
