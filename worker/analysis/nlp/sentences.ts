/**
 * Sentence segmentation over tokens: a sentence ends at terminal punctuation (plus any closing
 * quotes or brackets) followed by a capitalised word, a number, an opening quote or a paragraph
 * break, unless the period belongs to an abbreviation ("Jan.", "Mr.") or an initial ("J.").
 * Paragraph breaks always end a sentence.
 */
import { LEXICON } from '../lexicon';
import type { Span } from '../types';
import { int32Column } from './int-columns';
import { nextIdIn, WordSet } from './phrases';
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
  // Line by line (no token spans a line break): a line's first token starts a sentence, and only
  // its terminal marks are examined, found by tight scans rather than a test at every token.
  for (let lineStart = 0; lineStart < count; ) {
    let lineBreak = text.indexOf('\n', start[lineStart]!);
    if (lineBreak < 0) lineBreak = text.length;
    let lineEnd = lineStart + 1;
    while (lineEnd < count && start[lineEnd]! < lineBreak) lineEnd++;
    firsts[++sentence] = lineStart;
    for (let i = nextIdIn(TERMINAL.ids, ids, lineStart, lineEnd); i < lineEnd; i = nextIdIn(TERMINAL.ids, ids, i + 1, lineEnd)) {
      const s = start[i]!;
      if (kind[i] !== PUNCT) continue;
      if (text.charCodeAt(s) === 0x2e && i > 0 && end[i - 1] === s && kind[i - 1] === WORD) {
        if (ABBREVIATIONS.ids.has(ids[i - 1]!)) continue;
        if (tokens.lowerLength(i - 1) === 1 && (flags[i - 1]! & CAPITALISED) !== 0) continue;
      }
      // absorb further terminal marks and closing quotes/brackets glued to this one (so still on this line)
      let j = i + 1;
      while (j < lineEnd && kind[j] === PUNCT && start[j] === end[j - 1] && (TERMINAL.ids.has(ids[j]!) || CLOSERS.includes(text[start[j]!]!))) j++;
      // at the line's end the next line starts a sentence anyway
      if (j === lineEnd) break;
      const startsSentence = (kind[j] === WORD && (flags[j]! & CAPITALISED) !== 0) || kind[j] === NUMBER || OPENERS.includes(text[start[j]!]!);
      if (startsSentence) firsts[++sentence] = j;
      i = j - 1;
    }
    lineStart = lineEnd;
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

/** The token after sentence s: the next sentence's first token, or the token count after the last sentence. */
export function sentenceEnd(sentences: Sentences, s: number): number {
  return s + 1 < sentences.firstToken.length ? sentences.firstToken[s + 1]! : sentences.ofToken.length;
}
