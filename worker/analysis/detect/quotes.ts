/**
 * Quotations: pairs of quotation marks classified as direct quotes (attributed, or sentence
 * length) or scare quotes, with the speaker where the text names one.
 *
 * Scare-quote rule. A quote of 1–4 words with no sentence-final punctuation inside is a SCARE
 * quote when (1) it follows a distancing marker ("so-called “collusion”"), or (2) it has no
 * speaker next to it and its sentence attributes only with a loaded verb ("claimed that foreign
 * powers are “interfering”"), or (3) neither its sentence nor the sentence before it contains a
 * neutral attribution (said, told, described, reported, according to …). Otherwise the short
 * fragment is a PARTIAL quote of the attributed source ("Biden told attendees that Xi was
 * “embarrassed”", "the “pervasive” operation" right after "Reuters reported that …") and counts
 * as a direct quote. Longer quotes are always direct quotes.
 */
import { LEXICON } from '../lexicon';
import { PhraseTrie, WordSet } from '../nlp/phrases';
import type { Sentences } from '../nlp/sentences';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { Span } from '../types';
import { subjectBefore, phraseAfter, type TokenRange } from './phrases-around';
import { findQuoteMarks } from './quote-marks';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { PUNCT, tokenAtOrAfter } = tokenizer;

const Q = LEXICON.quotes;
const DISTANCING = new PhraseTrie<true>();
for (const p of Q.distancingMarkers.pattern) DISTANCING.add(p, true);
const NEUTRAL_ATTRIBUTION = new PhraseTrie<true>();
for (const p of Q.attributionVerbs.pattern) NEUTRAL_ATTRIBUTION.add(p, true);
const LOADED_FRAME = new WordSet(Q.loadedFrames.pattern);
const SPEECH = new WordSet(LEXICON.sources.speechVerbs.pattern);
const TERMINAL = new WordSet(LEXICON.document.terminalPunctuation.pattern);
const SCARE_MAX_WORDS = 4;
const LOOKBACK = 14;

export type QuoteKind = 'direct' | 'scare';

export interface FoundQuote {
  /** Span including the quotation marks. */
  outer: Span;
  /** Span of the quoted words. */
  inner: Span;
  kind: QuoteKind;
  ruleId: string;
  speaker: TokenRange | null;
}

function prefixCounts(tokens: Tokens, test: (i: number) => boolean): Int32Array {
  const prefix = new Int32Array(tokens.count + 1);
  for (let i = 0; i < tokens.count; i++) prefix[i + 1] = prefix[i]! + (test(i) ? 1 : 0);
  return prefix;
}

/** Speaker named right after the closing mark ("…,” Wray told" / "…,” said Chris Krebs"). */
function speakerAfter(tokens: Tokens, closeTok: number, sentenceEnd: number): TokenRange | null {
  let k = closeTok + 1;
  while (k < sentenceEnd && tokens.lower[k] === ',') k++;
  if (k >= sentenceEnd) return null;
  if (SPEECH.hasToken(tokens, k)) return phraseAfter(tokens, k + 1, sentenceEnd);
  for (let v = k + 1; v < Math.min(sentenceEnd, k + 8); v++) {
    if (tokens.kind[v] === PUNCT) return null;
    if (SPEECH.hasToken(tokens, v)) {
      const subject = subjectBefore(tokens, v, k);
      return subject !== null && subject[0] === k ? subject : null;
    }
  }
  return null;
}

/** Speaker introducing the quote ("The ministry said in a statement, “…”"). */
function speakerBefore(tokens: Tokens, openTok: number, sentenceStart: number): TokenRange | null {
  const mark = tokens.lower[openTok - 1];
  if (mark !== ',' && mark !== ':') return null;
  for (let v = openTok - 2; v >= Math.max(sentenceStart, openTok - LOOKBACK); v--) {
    if (SPEECH.hasToken(tokens, v)) return subjectBefore(tokens, v, sentenceStart);
  }
  return null;
}

/** Subject of the nearest neutral attribution verb before the quote in its sentence. */
function sentenceSpeaker(tokens: Tokens, openTok: number, sentenceStart: number, attribution: Int32Array): TokenRange | null {
  for (let v = openTok - 1; v >= Math.max(sentenceStart, openTok - 3 * LOOKBACK); v--) {
    if (attribution[v + 1]! > attribution[v]! && SPEECH.hasToken(tokens, v)) return subjectBefore(tokens, v, sentenceStart);
  }
  return null;
}

export function findQuotes(tokens: Tokens, sentences: Sentences, paragraphs: readonly Span[]): FoundQuote[] {
  const marks = findQuoteMarks(tokens.text, paragraphs);
  if (marks.length === 0) return [];
  // Prefix counts of attribution words, computed only if some short quote needs them.
  let attributionCounts: Int32Array | null = null;
  let loadedCounts: Int32Array | null = null;
  const attributionPrefix = (): Int32Array => (attributionCounts ??= prefixCounts(tokens, (i) => NEUTRAL_ATTRIBUTION.longestAt(tokens, i) > 0));
  const loadedPrefix = (): Int32Array => (loadedCounts ??= prefixCounts(tokens, (i) => LOADED_FRAME.hasToken(tokens, i)));
  const out: FoundQuote[] = [];
  for (const { open, close } of marks) {
    const openTok = tokenAtOrAfter(tokens, open);
    const closeTok = tokenAtOrAfter(tokens, close);
    let words = 0;
    let terminal = false;
    for (let k = openTok + 1; k < closeTok; k++) {
      if (tokens.kind[k] !== PUNCT) words++;
      else if (TERMINAL.hasToken(tokens, k)) terminal = true;
    }
    if (words === 0) continue;
    const s = sentences.ofToken[openTok]!;
    const sentenceStart = sentences.firstToken[s]!;
    const sEndIndex = sentences.ofToken[closeTok]! + 1;
    const sentenceEnd = sEndIndex < sentences.firstToken.length ? sentences.firstToken[sEndIndex]! : tokens.count;
    const adjacent = speakerAfter(tokens, closeTok, sentenceEnd) ?? speakerBefore(tokens, openTok, sentenceStart);
    const outer = { start: open, end: close + 1 };
    const inner = { start: open + 1, end: close };
    const short = words <= SCARE_MAX_WORDS && !terminal;
    if (!short) {
      out.push({ outer, inner, kind: 'direct', ruleId: adjacent !== null ? 'directQuotes.attributed' : 'directQuotes.sentence', speaker: adjacent });
      continue;
    }
    if (openTok > 0 && DISTANCING.longestEndingAt(tokens, openTok - 1) > 0) {
      out.push({ outer, inner, kind: 'scare', ruleId: 'scareQuotes.distancing-marker', speaker: null });
      continue;
    }
    if (adjacent !== null) {
      out.push({ outer, inner, kind: 'direct', ruleId: 'directQuotes.attributed', speaker: adjacent });
      continue;
    }
    const outside = (p: Int32Array, a: number, b: number): number => p[b]! - p[a]! - (p[closeTok + 1]! - p[openTok]!);
    const attribution = attributionPrefix();
    const neutralHere = outside(attribution, sentenceStart, sentenceEnd) > 0;
    const loadedHere = outside(loadedPrefix(), sentenceStart, sentenceEnd) > 0;
    const previousStart = s > 0 ? sentences.firstToken[s - 1]! : sentenceStart;
    const neutralBefore = attribution[sentenceStart]! - attribution[previousStart]! > 0;
    if (loadedHere && !neutralHere) {
      out.push({ outer, inner, kind: 'scare', ruleId: 'scareQuotes.loaded-frame', speaker: null });
    } else if (neutralHere || neutralBefore) {
      const speaker = neutralHere ? sentenceSpeaker(tokens, openTok, sentenceStart, attribution) : null;
      out.push({ outer, inner, kind: 'direct', ruleId: 'directQuotes.partial', speaker });
    } else {
      out.push({ outer, inner, kind: 'scare', ruleId: 'scareQuotes.unattributed', speaker: null });
    }
  }
  return out;
}
