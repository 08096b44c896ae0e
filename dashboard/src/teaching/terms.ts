/**
 * Which words each outlet uses, counted from the evidence: "Mothership says ‘reportedly’ three times
 * in its own voice; CNN never does." Pure; the classroom's "words to watch" slide and its prompt.
 */
import type { MetricKey, Voice } from '../../../worker/analysis/types';
import type { DetailedArticle } from './types';

/** Lexical markers whose words are worth comparing across outlets. */
export const TERM_METRICS: readonly MetricKey[] = ['hedging', 'skepticism', 'boosters', 'loadedVerbs'];

export interface TermUse {
  metric: MetricKey;
  /** The matched words, lower-cased ("reportedly", "according to"). */
  term: string;
  /** Uses per article, aligned with the articles passed in. */
  counts: number[];
  /** Uses per 1,000 words of the voice, aligned likewise (0 when the voice has no words). */
  per1k: number[];
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Every (metric, term) used by any article in `voice`, in metric order, then by first use. */
export function countTerms(
  articles: readonly DetailedArticle[],
  metrics: readonly MetricKey[] = TERM_METRICS,
  voice: Voice = 'outlet',
): TermUse[] {
  const uses = new Map<string, TermUse>();
  articles.forEach((article, i) => {
    for (const e of article.detail.evidence) {
      if (e.voice !== voice || !metrics.includes(e.metric)) continue;
      const term = normalise(e.text);
      if (!term) continue;
      const key = `${e.metric}|${term}`;
      const use = uses.get(key) ?? { metric: e.metric, term, counts: articles.map(() => 0), per1k: articles.map(() => 0) };
      use.counts[i] = (use.counts[i] ?? 0) + 1;
      uses.set(key, use);
    }
  });
  const result = [...uses.values()];
  for (const use of result) {
    use.per1k = use.counts.map((count, i) => {
      const words = articles[i]?.article.words[voice] ?? 0;
      return words > 0 ? (count / words) * 1000 : 0;
    });
  }
  return result.sort((a, b) => metrics.indexOf(a.metric) - metrics.indexOf(b.metric));
}

/** How far apart the outlets are on a term: highest rate minus lowest (with one outlet, its rate). */
export function termSpread(use: TermUse): number {
  const max = Math.max(0, ...use.per1k);
  return use.per1k.length > 1 ? max - Math.min(...use.per1k) : max;
}

/** Terms by spread, widest first; ties: more uses, metric order, then alphabetical. */
export function rankTerms(uses: readonly TermUse[], metrics: readonly MetricKey[] = TERM_METRICS): TermUse[] {
  const total = (u: TermUse) => u.counts.reduce((sum, c) => sum + c, 0);
  return [...uses].sort(
    (a, b) =>
      termSpread(b) - termSpread(a) ||
      Math.max(...b.counts) - Math.max(...a.counts) ||
      total(b) - total(a) ||
      metrics.indexOf(a.metric) - metrics.indexOf(b.metric) ||
      a.term.localeCompare(b.term),
  );
}

export interface TermContrast {
  metric: MetricKey;
  term: string;
  /** The outlets that use the term most (sharing the count of the highest rate), in story order. */
  high: { labels: string[]; count: number };
  /** The outlet set against them, or null when the story has one article. */
  low: { label: string; count: number } | null;
  /** The high outlets credit the low outlet as their source: a re-report added the word. */
  reReport: boolean;
}

const key = (name: string) => name.trim().toLowerCase();

/** Does `article` credit `other`'s outlet as a source? */
export function credits(article: DetailedArticle, other: DetailedArticle): boolean {
  const name = other.article.outlet?.name;
  return !!name && article.article.citations.some((c) => key(c.outlet) === key(name));
}

/**
 * The most contrasting term between outlets, or null when no article uses any. The low side
 * prefers, among the outlets using the term least, one the high outlets credit as their source.
 */
export function mostContrastingTerm(articles: readonly DetailedArticle[], uses: readonly TermUse[]): TermContrast | null {
  const best = rankTerms(uses)[0];
  if (!best || Math.max(0, ...best.counts) === 0) return null;
  const top = best.per1k.reduce((t, rate, i) => (rate > (best.per1k[t] ?? 0) ? i : t), 0);
  const topCount = best.counts[top] ?? 0;
  const highIdx = best.counts.flatMap((c, i) => (c === topCount ? [i] : []));
  const rest = best.counts.flatMap((c, i) => (highIdx.includes(i) ? [] : [{ i, c }]));
  const high = { labels: highIdx.map((i) => articles[i]?.label ?? ''), count: topCount };
  if (rest.length === 0) return { metric: best.metric, term: best.term, high, low: null, reReport: false };
  const least = Math.min(...rest.map((r) => r.c));
  const candidates = rest.filter((r) => r.c === least).map((r) => r.i);
  const credited = (i: number) =>
    highIdx.some((h) => {
      const a = articles[h];
      const b = articles[i];
      return !!a && !!b && credits(a, b);
    });
  const lowIdx = candidates.find(credited) ?? (candidates[0] as number);
  return {
    metric: best.metric,
    term: best.term,
    high,
    low: { label: articles[lowIdx]?.label ?? '', count: least },
    reReport: credited(lowIdx),
  };
}
