/**
 * GET /api/rules: every documented lexicon entry and rule of the analyser (id → metric, label,
 * rationale, examples), so highlight tooltips can say why a word matched without shipping the whole
 * lexicon in the page bundle. Entries that produce evidence carry their metric; precision guards and
 * term lists (which explain what does or does not count, for the methodology page) carry
 * `metric: null`, as `RuleInfo` in api-types.ts allows. Immutable per analyser and lexicon version:
 * ETag, 304 on If-None-Match.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { LEXICON, LEXICON_VERSION, ANALYZER_VERSION } from '../analysis';
import { METRIC_KEYS, type MetricKey } from '../analysis/types';
import type { RuleInfo, RulesResponse } from '../api-types';
import { createRouter, jsonResponse } from '../lib/router';

const RuleInfoSchema = z.object({
  id: z.string(),
  metric: z.enum(METRIC_KEYS).nullable(),
  label: z.string(),
  rationale: z.string(),
  examples: z.array(z.string()),
});

const RulesResponseSchema = z
  .object({ analyzerVersion: z.string(), lexiconVersion: z.string(), rules: z.array(RuleInfoSchema) })
  .openapi('RulesResponse');

const isMetric = (value: unknown): value is MetricKey => METRIC_KEYS.includes(value as MetricKey);

/** "Matches “claim”, “claims”, “claimed” and 1 more" from a pattern list; else the id, humanised. */
function ruleLabel(id: string, pattern: unknown): string {
  const terms = Array.isArray(pattern) ? pattern.filter((t): t is string => typeof t === 'string') : [];
  if (terms.length > 0) {
    const shown = terms.slice(0, 3).map((t) => `“${t}”`).join(', ');
    return terms.length > 3 ? `${shown} and ${terms.length - 3} more` : shown;
  }
  const name = id.split('.').slice(1).join(' ') || id;
  return name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * Every object in the lexicon data that documents itself (`id`, `rationale`, `examples`), found by
 * walking the data, so new rule families appear here without changes to this route.
 */
export function collectRules(data: unknown, out = new Map<string, RuleInfo>()): RuleInfo[] {
  if (Array.isArray(data)) {
    for (const item of data) collectRules(item, out);
  } else if (data && typeof data === 'object') {
    const node = data as Record<string, unknown>;
    const { id, rationale, examples } = node;
    if (typeof id === 'string' && typeof rationale === 'string' && Array.isArray(examples) && !out.has(id)) {
      const prefix = id.split('.')[0];
      out.set(id, {
        id,
        metric: isMetric(node.metric) ? node.metric : isMetric(prefix) ? prefix : null,
        label: ruleLabel(id, node.pattern),
        rationale,
        examples: examples.filter((e): e is string => typeof e === 'string'),
      });
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') collectRules(value, out);
  }
  return [...out.values()];
}

let cached: RulesResponse | null = null;
const rulesPayload = (): RulesResponse =>
  (cached ??= { analyzerVersion: ANALYZER_VERSION, lexiconVersion: LEXICON_VERSION, rules: collectRules(LEXICON) });

export const rulesRouter = createRouter();

rulesRouter.openapi(
  createRoute({
    method: 'get',
    path: '/api/rules',
    summary: 'The analyser’s rules and lexicon entries with their rationale (for highlight tooltips)',
    responses: {
      200: jsonResponse(RulesResponseSchema, 'Every documented rule'),
      304: { description: 'Not modified (same lexicon version)' },
    },
  }),
  (c) => {
    const etag = `"${ANALYZER_VERSION}-${LEXICON_VERSION}"`;
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
    return c.json(rulesPayload(), 200, headers);
  },
);
