/** Loads the demo story's texts (read-only) for golden tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type ArticleAnalysis, type MetricKey, type Voice } from '../../../worker/analysis';

const dir = fileURLToPath(new URL('../../../demo/stories/xi-biden-election-2024/', import.meta.url));

export const DEMO = {
  cnn: { file: 'cnn.txt', outlet: 'CNN' },
  indiaToday: { file: 'india-today.txt', outlet: 'India Today' },
  mothership: { file: 'mothership.txt', outlet: 'Mothership' },
  rt: { file: 'rt.txt', outlet: 'RT' },
  unattributed: { file: 'unattributed.txt', outlet: null },
} as const;

export type DemoKey = keyof typeof DEMO;

export function demoText(key: DemoKey): string {
  return readFileSync(dir + DEMO[key].file, 'utf8');
}

const cache = new Map<DemoKey, ArticleAnalysis>();
export function demo(key: DemoKey): ArticleAnalysis {
  let result = cache.get(key);
  if (result === undefined) {
    result = analyze({ text: demoText(key), outlet: DEMO[key].outlet });
    cache.set(key, result);
  }
  return result;
}

export function metric(a: ArticleAnalysis, key: MetricKey, voice: Voice): { count: number; per1k: number } {
  const m = a.metrics.find((x) => x.metric === key && x.voice === voice);
  if (m === undefined) throw new Error(`no metric ${key}/${voice}`);
  return m;
}

export function evidenceTexts(a: ArticleAnalysis, key: MetricKey, voice?: Voice): string[] {
  return a.evidence.filter((e) => e.metric === key && (voice === undefined || e.voice === voice)).map((e) => e.text);
}
