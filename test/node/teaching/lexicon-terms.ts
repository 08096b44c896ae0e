/**
 * Every string listed under a `pattern`, `terms` or `skip` key anywhere in the lexicon data: what
 * the methodology page must show (the same walk as test/node/analysis/lexicon.test.ts uses).
 */
export function lexiconTermSet(data: unknown, out = new Set<string>(), key = ''): Set<string> {
  if (Array.isArray(data)) {
    for (const item of data) {
      if (typeof item === 'string' && (key === 'pattern' || key === 'terms' || key === 'skip')) out.add(item);
      else lexiconTermSet(item, out, key);
    }
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) lexiconTermSet(v, out, k);
  }
  return out;
}
