/** Checks every structural promise of ArticleAnalysis; throws with a message on the first failure. */
import { METRIC_KEYS, VOICES, type ArticleAnalysis, type Span } from '../../../worker/analysis';

function fail(message: string): never {
  throw new Error(message);
}

function inside(a: ArticleAnalysis, span: Span, what: string): void {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= a.text.length)) {
    fail(`${what} span ${span.start}-${span.end} outside text of length ${a.text.length}`);
  }
}

function sliced(a: ArticleAnalysis, item: Span & { text: string }, what: string): void {
  inside(a, item, what);
  if (a.text.slice(item.start, item.end) !== item.text) fail(`${what} text ${JSON.stringify(item.text)} is not the slice`);
}

export function checkInvariants(a: ArticleAnalysis): void {
  for (const e of a.evidence) sliced(a, e, `evidence ${e.metric}`);
  for (const q of a.quotes) {
    sliced(a, q, 'quote');
    if (q.speakerSpan !== null) inside(a, q.speakerSpan, 'speaker');
  }
  for (const s of a.sources) sliced(a, s, 'source');
  for (const c of a.citations) sliced(a, c, 'citation');
  for (const p of a.people) for (const m of p.mentions) inside(a, m, `mention of ${p.name}`);
  for (const s of a.sentences) inside(a, s, 'sentence');
  for (const p of a.paragraphs) inside(a, p, 'paragraph');
  if (a.headlineSpan !== null) {
    inside(a, a.headlineSpan, 'headline');
    if (a.text.slice(a.headlineSpan.start, a.headlineSpan.end) !== a.headline) fail('headline is not its span');
  } else if (a.headline !== null) fail('headline without span');
  const expected = METRIC_KEYS.flatMap((m) => VOICES.map((v) => `${m}/${v}`));
  if (a.metrics.map((m) => `${m.metric}/${m.voice}`).join() !== expected.join()) fail('metrics not in METRIC_KEYS × VOICES order');
  for (const m of a.metrics) {
    const n = a.evidence.filter((e) => e.metric === m.metric && e.voice === m.voice).length;
    if (n !== m.count) fail(`${m.metric}/${m.voice} count ${m.count} but ${n} evidence items`);
    if (!Number.isFinite(m.per1k) || m.per1k < 0) fail('bad per1k');
  }
  if (a.words.outlet + a.words.quoted !== a.wordCount) fail('voice words do not add up');
  if (!(a.quotedShare >= 0 && a.quotedShare <= 1)) fail('quotedShare out of range');
}
