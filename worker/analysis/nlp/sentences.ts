/**
 * Sentence segmentation over tokens: a sentence ends at terminal punctuation (plus any closing
 * quotes or brackets) followed by a capitalised word, a number, an opening quote or a paragraph
 * break, unless the period belongs to an abbreviation ("Jan.", "Mr.") or an initial ("J.").
 * Paragraph breaks always end a sentence.
 */
import { LEXICON } from '../lexicon';
import type { Span } from '../types';
import { int32Column } from './int-columns';
import { WordSet } from './phrases';
import * as tokenizer from './tokenize';
import type { Tokens } from './tokenize';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, NUMBER, PUNCT, WORD } = tokenizer;

const ABBREVIATIONS = new WordSet(LEXICON.document.abbreviations.pattern);
const TERMINAL = new WordSet(LEXICON.document.terminalPunctuation.pattern);
const CLOSERS = '”"’\')]»';
const OPENERS = '“"‘\'([«';

export interface Sentences {
  spans: Span[];
  /** First token index of each sentence; `firstToken[s + 1]` (or token count) ends it. */
  firstToken: Int32Array;
  /** Sentence index of every token. */
  ofToken: Int32Array;
}

/** First token of each sentence while splitting (at most one per token), reused across calls. */
let firsts = new Int32Array(1024);

export function splitSentences(tokens: Tokens): Sentences {
  const { text, count, start, end, kind, flags, ids } = tokens;
  if (firsts.length < count) firsts = new Int32Array(2 * count);
  let sentence = -1;
  // No line break ahead: text.length, which no token starts after.
  let nextBreak = text.indexOf('\n');
  if (nextBreak < 0) nextBreak = text.length;
  let endHere = true;

  for (let i = 0; i < count; i++) {
    const s = start[i]!;
    let paragraphBreak = false;
    if (s > nextBreak) {
      paragraphBreak = true;
      nextBreak = text.indexOf('\n', s);
      if (nextBreak < 0) nextBreak = text.length;
    }
    if (paragraphBreak || endHere) {
      firsts[++sentence] = i;
      endHere = false;
    }
    if (kind[i] !== PUNCT || !TERMINAL.ids.has(ids[i]!)) continue;
    if (text.charCodeAt(s) === 0x2e && i > 0 && end[i - 1] === s && kind[i - 1] === WORD) {
      if (ABBREVIATIONS.ids.has(ids[i - 1]!)) continue;
      if (tokens.lowerLength(i - 1) === 1 && (flags[i - 1]! & CAPITALISED) !== 0) continue;
    }
    // absorb further terminal marks and closing quotes/brackets glued to this one
    let j = i + 1;
    while (j < count && kind[j] === PUNCT && start[j] === end[j - 1] && (TERMINAL.ids.has(ids[j]!) || CLOSERS.includes(text[start[j]!]!))) j++;
    if (j >= count) {
      i = j - 1;
      continue;
    }
    const nextStart = start[j]!;
    const nextChar = text[nextStart]!;
    const startsSentence =
      nextStart > nextBreak ||
      (kind[j] === WORD && (flags[j]! & CAPITALISED) !== 0) ||
      kind[j] === NUMBER ||
      OPENERS.includes(nextChar);
    if (startsSentence) endHere = true;
    i = j - 1;
  }

  const firstToken = int32Column(sentence + 1);
  const ofToken = int32Column(count);
  const spans: Span[] = [];
  for (let k = 0; k <= sentence; k++) {
    const a = firsts[k]!;
    const b = k < sentence ? firsts[k + 1]! : count;
    firstToken[k] = a;
    ofToken.fill(k, a, b);
    spans.push({ start: start[a]!, end: end[b - 1]! });
  }
  return { spans, firstToken, ofToken };
}

/** Token range [first, last) of sentence s. */
export function sentenceRange(sentences: Sentences, s: number, tokenCount: number): [number, number] {
  const first = sentences.firstToken[s]!;
  const last = s + 1 < sentences.firstToken.length ? sentences.firstToken[s + 1]! : tokenCount;
  return [first, last];
}
