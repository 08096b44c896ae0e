/**
 * Small builders for dashboard data-shaping tests: ArticleSummary values shaped exactly like the
 * API contract (worker/api-types.ts), with only the fields a test cares about set.
 */
import { METRIC_KEYS, type Evidence, type MetricKey, type PersonRole } from '../../../worker/analysis/types';
import type { ArticleSummary, MetricCell } from '../../../worker/api-types';
import { labelArticles, type LabelledArticle } from '../../../dashboard/src/data/labels';

type Cells = Partial<Record<MetricKey, { outlet?: Partial<MetricCell>; quoted?: Partial<MetricCell> }>>;

let nextId = 1;

export function article(options: {
  outlet?: string | null;
  label?: string;
  metrics?: Cells;
  citations?: string[];
  people?: [string, PersonRole][];
  headline?: string | null;
  headlineEvidence?: Evidence[];
}): ArticleSummary {
  const outletName = options.outlet === undefined ? 'Outlet' : options.outlet;
  const metrics = Object.fromEntries(
    METRIC_KEYS.map((key) => [
      key,
      {
        outlet: { count: 0, per1k: 0, ...options.metrics?.[key]?.outlet },
        quoted: { count: 0, per1k: 0, ...options.metrics?.[key]?.quoted },
      },
    ]),
  ) as ArticleSummary['metrics'];
  const id = nextId++;
  return {
    id,
    outlet: outletName === null ? null : { slug: outletName.toLowerCase().replace(/\s+/g, '-'), name: outletName, country: null, homepage: null },
    label: options.label ?? outletName ?? 'Unattributed',
    headline: options.headline === undefined ? `Headline ${id}` : options.headline,
    bylines: [],
    url: null,
    published: null,
    wordCount: 500,
    words: { outlet: 450, quoted: 50 },
    quotedShare: 0.1,
    analyzerVersion: '1.0.0',
    lexiconVersion: 'test',
    addedRevision: 1,
    metrics,
    headlineEvidence: options.headlineEvidence ?? [],
    citations: (options.citations ?? []).map((outlet) => ({ outlet })),
    people: (options.people ?? []).map(([name, role]) => ({ name, role })),
  };
}

export function labelled(...articles: ArticleSummary[]): LabelledArticle[] {
  return labelArticles(articles);
}

/** `rate` per 1,000 words in the outlet's voice (count = rate, for simplicity). */
export function outletRate(metric: MetricKey, rate: number): Cells {
  return { [metric]: { outlet: { per1k: rate, count: Math.round(rate) } } };
}

export function evidence(metric: MetricKey, start: number, end: number, text: string, ruleId = `${metric}.rule`): Evidence {
  return { metric, start, end, text: text.slice(start, end), ruleId, voice: 'outlet' };
}
