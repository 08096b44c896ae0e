/**
 * Who speaks a quotation, in the forms news writing uses:
 * - after the closing mark: "…,” Wray told lawmakers", "…,” said Chris Krebs", "…,” he added",
 *   "…,” Smith, the council chair, said", "…,” according to Smith", and "…?” Smith asked." even
 *   when the quote's own sentence ended inside the marks;
 * - before the opening mark: "The ministry said in a statement, “…”", "Smith said: “…”";
 * - inherited (`inheritSpeakers`): a quote with no attribution of its own continues the speaker
 *   of the quote before it in the same paragraph or right before it ("“We will fight,” Smith
 *   said. “And we will win.”"), a paragraph-long quote continued over paragraphs shares one
 *   speaker, and a quote opening a paragraph goes to the speaker named in the sentence before it
 *   ("Smith told reporters on Monday:" / "Smith said the plan was flawed." + "“It will fail.”").
 * Windows are bounded, so each call is O(1) in the text length.
 */
import { LEXICON } from '../lexicon';
import { PhraseTrie, WordSet } from '../nlp/phrases';
import { sentenceEnd, type Sentences } from '../nlp/sentences';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { Span } from '../types';
import { AUXILIARIES, phraseAfter, subjectBefore, type TokenRange } from './phrases-around';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, PUNCT, WORD, isPunctChar } = tokenizer;
const COMMA = 0x2c;
const COLON = 0x3a;

const SPEECH = new WordSet(LEXICON.sources.speechVerbs.pattern);
const AFTER_QUOTE = new PhraseTrie<true>();
for (const p of LEXICON.sources.namedIntroducers.pattern) AFTER_QUOTE.add(p, true);
const LOOKBACK = 14;
/** Longest attribution sentence read after a quote whose own sentence ended inside the marks. */
const NEXT_SENTENCE_MAX = 12;
const APPOSITIVE_MAX = 10;

/** The parts of a quote the speaker rules need. */
export interface SpeakerSlot {
  /** Offset of the opening quotation mark. */
  open: number;
  kind: 'direct' | 'scare';
  /** Whether the quote has a speaker rule of its own to fall back on (a long quote, not a fragment). */
  long: boolean;
  unclosed: boolean;
  speaker: TokenRange | null;
}

const isCap = (t: Tokens, i: number): boolean => t.kind[i] === WORD && (t.flags[i]! & CAPITALISED) !== 0;

/** "Smith, the council chair, said": the name before an appositive, when a speech verb follows it. */
function appositiveSpeaker(t: Tokens, k: number, ceil: number): TokenRange | null {
  let e = k;
  while (e < ceil && isCap(t, e)) e++;
  if (e === k || !isPunctChar(t, e, COMMA)) return null;
  for (let c = e + 1; c < Math.min(ceil, e + 1 + APPOSITIVE_MAX); c++) {
    if (!isPunctChar(t, c, COMMA)) continue;
    let v = c + 1;
    while (v < ceil && AUXILIARIES.hasToken(t, v)) v++;
    return v < ceil && SPEECH.hasToken(t, v) ? [k, e] : null;
  }
  return null;
}

/** Speaker named right after the closing mark, up to `ceil` (the end of the attribution's sentence). */
export function speakerAfter(t: Tokens, closeTok: number, ceil: number): TokenRange | null {
  let k = closeTok + 1;
  while (k < ceil && isPunctChar(t, k, COMMA)) k++;
  if (k >= ceil) return null;
  if (SPEECH.hasToken(t, k)) return phraseAfter(t, k + 1, ceil);
  const intro = AFTER_QUOTE.longestAt(t, k);
  if (intro > 0) return phraseAfter(t, k + intro, ceil);
  for (let v = k + 1; v < Math.min(ceil, k + 8); v++) {
    if (t.kind[v] === PUNCT) return isPunctChar(t, v, COMMA) ? appositiveSpeaker(t, k, ceil) : null;
    if (SPEECH.hasToken(t, v)) {
      const subject = subjectBefore(t, v, k);
      return subject !== null && subject[0] === k ? subject : null;
    }
  }
  return null;
}

/**
 * Where an attribution after the closing mark may end: the quote's sentence, or, when that
 * sentence ends at the closing mark ("…?” Smith asked."), the next short sentence of the paragraph.
 */
export function attributionCeiling(t: Tokens, sentences: Sentences, closeTok: number, paragraphEnd: number): number {
  const s = sentences.ofToken[closeTok]!;
  const end = sentenceEnd(sentences, s);
  if (end !== closeTok + 1 || end >= t.count || t.start[end]! >= paragraphEnd) return end;
  const after = sentenceEnd(sentences, s + 1);
  return after - end <= NEXT_SENTENCE_MAX ? after : end;
}

/** Speaker introducing the quote ("The ministry said in a statement, “…”"). */
export function speakerBefore(t: Tokens, openTok: number, sentenceStart: number): TokenRange | null {
  if (!isPunctChar(t, openTok - 1, COMMA) && !isPunctChar(t, openTok - 1, COLON)) return null;
  for (let v = openTok - 2; v >= Math.max(sentenceStart, openTok - LOOKBACK); v--) {
    if (SPEECH.hasToken(t, v)) return subjectBefore(t, v, sentenceStart);
  }
  return null;
}

/** Subject of the nearest neutral attribution verb before the quote in its sentence. */
export function sentenceSpeaker(t: Tokens, openTok: number, sentenceStart: number, isAttribution: (i: number) => boolean): TokenRange | null {
  for (let v = openTok - 1; v >= Math.max(sentenceStart, openTok - 3 * LOOKBACK); v--) {
    if (SPEECH.hasToken(t, v) && isAttribution(v)) return subjectBefore(t, v, sentenceStart);
  }
  return null;
}

/** Subject of the last speech verb of the sentence ending right before token `first`, or null. */
function previousSentenceSpeaker(t: Tokens, sentences: Sentences, first: number): TokenRange | null {
  if (first === 0) return null;
  const s = sentences.ofToken[first - 1]!;
  const start = sentences.firstToken[s]!;
  for (let v = first - 1; v >= start; v--) {
    if (!SPEECH.hasToken(t, v)) continue;
    const subject = subjectBefore(t, v, start);
    if (subject !== null) return subject;
    const after = phraseAfter(t, v + 1, first);
    if (after !== null) return after;
  }
  return null;
}

/** Index of the paragraph holding offset `at` (paragraphs are sorted), scanning from `from`. */
function paragraphOf(paragraphs: readonly Span[], at: number, from: number): number {
  let p = from;
  while (p + 1 < paragraphs.length && paragraphs[p + 1]!.start <= at) p++;
  return p;
}

/** Paragraph index of each quote while inheriting speakers, reused across calls. */
let paragraphOfQuote = new Int32Array(1024);

/** Gives unattributed long quotes the speaker their context implies (see the module comment). */
export function inheritSpeakers(quotes: SpeakerSlot[], t: Tokens, sentences: Sentences, paragraphs: readonly Span[], tokenAt: (offset: number) => number): void {
  if (paragraphOfQuote.length < quotes.length) paragraphOfQuote = new Int32Array(2 * quotes.length);
  const para = paragraphOfQuote;
  let p = 0;
  for (let k = 0; k < quotes.length; k++) para[k] = p = paragraphOf(paragraphs, quotes[k]!.open + 1, p);
  const opensParagraph = (k: number): boolean => quotes[k]!.open === paragraphs[para[k]!]!.start;
  // A quote continued over paragraphs: the last part usually carries the attribution.
  for (let k = quotes.length - 2; k >= 0; k--) {
    const q = quotes[k]!;
    const next = quotes[k + 1]!;
    if (q.unclosed && q.speaker === null && next.kind === 'direct' && para[k + 1] === para[k]! + 1 && opensParagraph(k + 1)) q.speaker = next.speaker;
  }
  let last = -1;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.kind !== 'direct') continue;
    if (q.speaker === null && q.long) {
      const lastQuote = last >= 0 ? quotes[last]! : null;
      const continues = lastQuote !== null && lastQuote.speaker !== null && (para[last] === para[k] || (para[last] === para[k]! - 1 && opensParagraph(k)));
      if (continues) q.speaker = lastQuote.speaker;
      else if (opensParagraph(k)) q.speaker = previousSentenceSpeaker(t, sentences, tokenAt(q.open));
    }
    last = k;
  }
}
