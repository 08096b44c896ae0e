import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { regressionCases } from './regression/inputs';
import { readSnapshot } from './regression/snapshot';

// The analyser's speed work must not change a single result: every case of regression/inputs.ts
// must give exactly the analysis stored in the snapshot (written by regression/generate.ts before
// the optimisation). A real change of results regenerates the snapshot and bumps ANALYZER_VERSION.
describe('regression snapshot', () => {
  const snapshot = readSnapshot();
  const cases = regressionCases();

  it('has a stored analysis for every case and no stale ones', () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(snapshot).sort());
    expect(cases.length).toBeGreaterThan(500);
    expect(snapshot['demo/cnn']!.headline).toBe('Exclusive: Xi promised Biden China wouldn’t interfere in 2024 election');
  });

  it('gives exactly the stored analysis for every case', () => {
    const differing: string[] = [];
    for (const c of cases) {
      // JSON text first (fast, and strict about numbers and nulls); a mismatch is then shown as a diff.
      if (JSON.stringify(analyze(c.input)) !== JSON.stringify(snapshot[c.name])) differing.push(c.name);
    }
    const first = cases.find((c) => c.name === differing[0]);
    if (first !== undefined) expect(JSON.parse(JSON.stringify(analyze(first.input))), first.name).toEqual(snapshot[first.name]);
    expect(differing).toEqual([]);
  });
});
