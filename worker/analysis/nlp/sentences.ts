/**
 * Sentence segmentation over tokens: a sentence ends at terminal punctuation (plus any closing
 * quotes or brackets) followed by a capitalised word, a number, an opening quote or a paragraph
 * break, unless the period belongs to an abbreviation ("Jan.", "Mr.") or an initial ("J.").
 * Paragraph breaks always end a sentence.
 */
import { LEXICON } from '../lexicon';
import type { Span } from '../types';
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

export function splitSentences(tokens: Tokens): Sentences {
  const { text, count, start, end, kind, flags, ids } = tokens;
  const firsts: number[] = [];
  const ofToken = new Int32Array(count);
  let sentence = -1;
  let open = false;
  let nextBreak = text.indexOf('\n');
  if (nextBreak < 0) nextBreak = Infinity;
  let endHere = false;

  for (let i = 0; i < count; i++) {
    const s = start[i]!;
    let paragraphBreak = false;
    if (s > nextBreak) {
      paragraphBreak = true;
      nextBreak = text.indexOf('\n', s);
      if (nextBreak < 0) nextBreak = Infinity;
    }
    if (!open || paragraphBreak || endHere) {
      firsts.push(i);
      sentence++;
      open = true;
      endHere = false;
    }
    ofToken[i] = sentence;
    if (kind[i] !== PUNCT || !TERMINAL.ids.has(ids[i]!)) continue;
    if (text.charCodeAt(s) === 0x2e && i > 0 && end[i - 1] === s && kind[i - 1] === WORD) {
      if (ABBREVIATIONS.ids.has(ids[i - 1]!)) continue;
      if (tokens.lowerLength(i - 1) === 1 && (flags[i - 1]! & CAPITALISED) !== 0) continue;
    }
    // absorb further terminal marks and closing quotes/brackets glued to this one
    let j = i + 1;
    while (j < count && kind[j] === PUNCT && start[j] === end[j - 1] && (TERMINAL.ids.has(ids[j]!) || CLOSERS.includes(text[start[j]!]!))) {
      ofToken[j] = sentence;
      j++;
    }
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
    for (let k = i + 1; k < j; k++) ofToken[k] = sentence;
    i = j - 1;
  }

  const firstToken = Int32Array.from(firsts);
  const spans: Span[] = [];
  for (let k = 0; k < firsts.length; k++) {
    const a = firsts[k]!;
    const b = (k + 1 < firsts.length ? firsts[k + 1]! : count) - 1;
    spans.push({ start: start[a]!, end: end[b]! });
  }
  return { spans, firstToken, ofToken };
}

/** Token range [first, last) of sentence s. */
export function sentenceRange(sentences: Sentences, s: number, tokenCount: number): [number, number] {
  const first = sentences.firstToken[s]!;
  const last = s + 1 < sentences.firstToken.length ? sentences.firstToken[s + 1]! : tokenCount;
  return [first, last];
}
