/**
 * Writes the regression snapshot: the full `analyze()` output for every case of `inputs.ts`, as
 * produced by the analyser at the time of writing. Run it only when outputs are meant to change
 * (and then bump ANALYZER_VERSION): `npx tsx test/node/analysis/regression/generate.ts`.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyze } from '../../../../worker/analysis';
import { regressionCases } from './inputs';
import { SNAPSHOT_PATH, type Snapshot } from './snapshot';

const snapshot: Snapshot = {};
for (const c of regressionCases()) {
  if (Object.hasOwn(snapshot, c.name)) throw new Error(`duplicate case ${c.name}`);
  snapshot[c.name] = analyze(c.input);
}
const json = JSON.stringify(snapshot);
writeFileSync(SNAPSHOT_PATH, gzipSync(json, { level: 9 }));
console.log(`${Object.keys(snapshot).length} cases, ${(json.length / 1024).toFixed(0)} KB of JSON → ${SNAPSHOT_PATH}`);
