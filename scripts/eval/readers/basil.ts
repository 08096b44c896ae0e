/**
 * Reader for BASIL (Fan et al. 2019): article JSON (`title`, `body-paragraphs` = paragraphs of
 * sentences) and annotation JSON (phrase-level bias spans with `id` = "pN" or "title" and
 * character offsets inside that sentence). `flattenArticle` joins an article into one text for the
 * analyser and `locateSpan` turns an annotation's (pN, start, end) into offsets in that text.
 */

export interface BasilArticle {
  uuid: string;
  source: string;
  title: string;
  paragraphs: string[][];
}

export interface BasilSpan {
  /** "pN" (0-based index into the flattened sentence list) or "title". */
  id: string;
  start: number;
  end: number;
  txt: string;
  bias: 'lex' | 'inf';
  quote: boolean;
  /** Annotated speaker ("Michael_Steele", "other_anti"), '' when none. */
  speaker: string;
}

export interface FlatArticle {
  /** Title, then each paragraph (its sentences joined by one space), separated by blank lines. */
  text: string;
  titleStart: number;
  /** Start offset in `text` of each flattened sentence (index N of "pN"). */
  sentenceStarts: number[];
  sentences: string[];
}

const asString = (v: unknown): string => (typeof v === 'string' ? v : '');

export function parseBasilArticle(json: unknown): BasilArticle {
  const o = (json ?? {}) as Record<string, unknown>;
  const body = o['body-paragraphs'];
  if (!Array.isArray(body)) throw new Error(`BASIL article ${asString(o.uuid)} has no body-paragraphs`);
  return {
    uuid: asString(o.uuid),
    source: asString(o.source).toLowerCase(),
    title: asString(o.title),
    paragraphs: body.map((p) => (Array.isArray(p) ? p.map(asString) : [])),
  };
}

export function parseBasilAnnotations(json: unknown): BasilSpan[] {
  const o = (json ?? {}) as Record<string, unknown>;
  const list = o['phrase-level-annotations'];
  if (!Array.isArray(list)) return [];
  return list.map((raw) => {
    const a = raw as Record<string, unknown>;
    const bias = asString(a.bias);
    if (bias !== 'lex' && bias !== 'inf') throw new Error(`BASIL span with bias ${JSON.stringify(bias)}`);
    return {
      id: asString(a.id),
      start: Number(a.start),
      end: Number(a.end),
      txt: asString(a.txt),
      bias,
      quote: asString(a.quote) === 'yes',
      speaker: asString(a.speaker),
    };
  });
}

/** Join title and paragraphs into one text, remembering where each sentence starts. Empty paragraphs are skipped. */
export function flattenArticle(article: BasilArticle): FlatArticle {
  let text = article.title;
  const sentenceStarts: number[] = [];
  const sentences: string[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.length === 0) continue;
    text += '\n\n';
    paragraph.forEach((sentence, k) => {
      if (k > 0) text += ' ';
      sentenceStarts.push(text.length);
      sentences.push(sentence);
      text += sentence;
    });
  }
  return { text, titleStart: 0, sentenceStarts, sentences };
}

export type Located = { start: number; end: number; exact: boolean } | null;

/**
 * Where an annotated span sits in the flattened text. Exact when `txt` is at the stated offsets;
 * otherwise the occurrence of `txt` in the same sentence nearest the stated start; null when the
 * sentence does not exist or does not contain `txt`.
 */
export function locateSpan(flat: FlatArticle, span: BasilSpan, title: string): Located {
  let base: number;
  let sentence: string;
  if (span.id === 'title') {
    base = flat.titleStart;
    sentence = title;
  } else {
    const m = /^p(\d+)$/.exec(span.id);
    const n = m ? Number(m[1]) : -1;
    const start = flat.sentenceStarts[n];
    const s = flat.sentences[n];
    if (start === undefined || s === undefined) return null;
    base = start;
    sentence = s;
  }
  if (span.txt === '') return null;
  if (sentence.slice(span.start, span.end) === span.txt) {
    return { start: base + span.start, end: base + span.end, exact: true };
  }
  let best = -1;
  for (let at = sentence.indexOf(span.txt); at !== -1; at = sentence.indexOf(span.txt, at + 1)) {
    if (best === -1 || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best === -1 ? null : { start: base + best, end: base + best + span.txt.length, exact: false };
}
