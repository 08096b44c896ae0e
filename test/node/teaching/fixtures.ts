/** Hand-made detailed articles for teaching tests: a text, its evidence found by phrase, its citations. */
import type { Evidence, MetricKey, Voice } from '../../../worker/analysis/types';
import { labelArticles } from '../../../dashboard/src/data/labels';
import type { DetailedArticle } from '../../../dashboard/src/teaching/types';
import { article } from '../dashboard/fixtures';

export interface Mark {
  metric: MetricKey;
  /** The marked words; the nth occurrence when `nth` is given (default first). */
  text: string;
  nth?: number;
  voice?: Voice;
  ruleId?: string;
}

/** Evidence for `mark` at its occurrence in `text`. */
export function mark(text: string, m: Mark): Evidence {
  let start = -1;
  for (let i = 0; i <= (m.nth ?? 0); i++) start = text.indexOf(m.text, start + 1);
  if (start < 0) throw new Error(`"${m.text}" not in text`);
  return { metric: m.metric, start, end: start + m.text.length, text: m.text, ruleId: m.ruleId ?? `${m.metric}.rule`, voice: m.voice ?? 'outlet' };
}

export interface DetailedSpec {
  outlet: string | null;
  text: string;
  marks?: Mark[];
  citations?: string[];
  /** Own-voice words (default: every word of the text). */
  words?: number;
}

export function detailed(...specs: DetailedSpec[]): DetailedArticle[] {
  const summaries = specs.map((spec) => {
    const words = spec.words ?? spec.text.split(/\s+/).filter(Boolean).length;
    return { ...article({ outlet: spec.outlet, citations: spec.citations ?? [], headline: null }), words: { outlet: words, quoted: 0 }, wordCount: words };
  });
  return labelArticles(summaries).map((labelled, i) => {
    const spec = specs[i] as DetailedSpec;
    const evidence = (spec.marks ?? []).map((m) => mark(spec.text, m));
    return {
      ...labelled,
      detail: {
        article: { ...labelled.article, text: spec.text, headlineSpan: null },
        evidence,
        people: [],
        quotes: [],
        sources: [],
        citations: [],
      },
    };
  });
}

/** "word word word …" of length n, for paragraphs of a given size. */
export function filler(n: number, word = 'text'): string {
  return Array.from({ length: n }, () => word).join(' ');
}
