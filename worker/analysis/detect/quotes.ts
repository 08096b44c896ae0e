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
import { nextIdIn, PhraseTrie, WordSet } from '../nlp/phrases';
import { sentenceEnd, type Sentences } from '../nlp/sentences';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { IdSet } from '../nlp/vocabulary';
import type { Span } from '../types';
import type { TokenRange } from './phrases-around';
import { findQuoteMarks } from './quote-marks';
import { attributionCeiling, inheritSpeakers, sentenceSpeaker, speakerAfter, speakerBefore } from './quote-speakers';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { PUNCT, lowerBound, tokenAtOrAfter } = tokenizer;

const Q = LEXICON.quotes;
const DISTANCING = new PhraseTrie<true>();
for (const p of Q.distancingMarkers.pattern) DISTANCING.add(p, true);
const NEUTRAL_ATTRIBUTION = new PhraseTrie<true>();
for (const p of Q.attributionVerbs.pattern) NEUTRAL_ATTRIBUTION.add(p, true);
const LOADED_FRAME = new WordSet(Q.loadedFrames.pattern);
const TERMINAL = new WordSet(LEXICON.document.terminalPunctuation.pattern);
const SCARE_MAX_WORDS = 4;

export type QuoteKind = 'direct' | 'scare';

/**
 * A quotation found. Its quoted words are [open + 1, close); with its marks it spans [open, close + 1),
 * or [open, close) when unclosed. Offsets, not span objects: a text may hold tens of thousands of
 * short quotes, and every object per quote counts against the request's CPU time.
 */
export interface FoundQuote {
  /** Offset of the opening quotation mark. */
  open: number;
  /** Offset of the closing quotation mark, or the paragraph's end for an unclosed quote. */
  close: number;
  kind: QuoteKind;
  ruleId: string;
  speaker: TokenRange | null;
  /** Long enough to be a quotation on its own (not a short fragment). */
  long: boolean;
  /** Continues in the next paragraph (see `quote-marks.ts`). */
  unclosed: boolean;
}

/** Ranges up to this many tokens are counted by scanning them (every sentence of ordinary news). */
const DIRECT_SCAN_MAX = 256;

/**
 * Counts of tokens passing a test over a token range: short ranges by scanning, longer ones by
 * binary search in the positions of all passing tokens, collected in one O(n) pass on first need
 * (only tokens whose id is in `gate` can pass). A sentence without terminal punctuation can run to
 * the end of a 1 MB text; scanning it once per short quote was quadratic.
 */
class RangeCounter {
  private positions: number[] | null = null;
  constructor(private readonly tokens: Tokens, private readonly gate: IdSet, private readonly test: (i: number) => boolean) {}
  /** How many tokens in [a, b) pass the test. */
  in(a: number, b: number): number {
    if (b <= a) return 0;
    if (b - a <= DIRECT_SCAN_MAX) {
      let n = 0;
      for (let i = a; i < b; i++) if (this.test(i)) n++;
      return n;
    }
    const positions = (this.positions ??= this.collect());
    return lowerBound(positions, b) - lowerBound(positions, a);
  }
  /** How many tokens in [a, b), outside [skipFrom, skipTo), pass the test. */
  outside(a: number, b: number, skipFrom: number, skipTo: number): number {
    return this.in(a, Math.min(b, skipFrom)) + this.in(Math.max(a, skipTo), b);
  }
  private collect(): number[] {
    const { gate, test } = this;
    const { ids, count } = this.tokens;
    const out: number[] = [];
    for (let i = nextIdIn(gate, ids, 0, count); i < count; i = nextIdIn(gate, ids, i + 1, count)) if (test(i)) out.push(i);
    return out;
  }
}

export function findQuotes(tokens: Tokens, sentences: Sentences, paragraphs: readonly Span[]): FoundQuote[] {
  const marks = findQuoteMarks(tokens, paragraphs);
  if (marks.count === 0) return [];
  const isAttribution = (i: number): boolean => NEUTRAL_ATTRIBUTION.longestAt(tokens, i) > 0;
  const isLoaded = (i: number): boolean => LOADED_FRAME.hasToken(tokens, i);
  const attributions = new RangeCounter(tokens, NEUTRAL_ATTRIBUTION.firsts, isAttribution);
  const loadedFrames = new RangeCounter(tokens, LOADED_FRAME.ids, isLoaded);
  const out: FoundQuote[] = [];
  const { count, start } = tokens;
  let paragraph = 0;
  // Tokens of the marks by walking, not searching: opening marks ascend, and the walk to a closing
  // mark reads the quote's tokens, which the word count reads anyway (a token lies inside at most
  // one open quote of each mark kind, so the walks stay linear).
  let openTok = 0;
  for (let q = 0; q < marks.count; q++) {
    const open = marks.open[q]!;
    const close = marks.close[q]!;
    const unclosed = marks.unclosed[q] === 1;
    while (openTok < count && start[openTok]! < open) openTok++;
    let closeTok = openTok + 1;
    let words = 0;
    let terminal = false;
    for (; closeTok < count && start[closeTok]! < close; closeTok++) {
      if (tokens.kind[closeTok] !== PUNCT) words++;
      else if (TERMINAL.hasToken(tokens, closeTok)) terminal = true;
    }
    if (words === 0) continue;
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph + 1]!.start <= open) paragraph++;
    const s = sentences.ofToken[openTok]!;
    const sentenceStart = sentences.firstToken[s]!;
    const lastInside = unclosed ? closeTok - 1 : closeTok;
    const quoteSentencesEnd = sentenceEnd(sentences, sentences.ofToken[lastInside]!);
    const after = unclosed ? null : speakerAfter(tokens, closeTok, attributionCeiling(tokens, sentences, closeTok, paragraphs[paragraph]!.end));
    const adjacent = after ?? speakerBefore(tokens, openTok, sentenceStart);
    const short = words <= SCARE_MAX_WORDS && !terminal && !unclosed;
    let kind: QuoteKind = 'direct';
    let ruleId: string;
    let speaker: TokenRange | null = null;
    if (!short) {
      ruleId = adjacent !== null ? 'directQuotes.attributed' : 'directQuotes.sentence';
      speaker = adjacent;
    } else if (openTok > 0 && DISTANCING.longestEndingAt(tokens, openTok - 1) > 0) {
      kind = 'scare';
      ruleId = 'scareQuotes.distancing-marker';
    } else if (adjacent !== null) {
      ruleId = 'directQuotes.attributed';
      speaker = adjacent;
    } else {
      const neutralHere = attributions.outside(sentenceStart, quoteSentencesEnd, openTok, closeTok + 1) > 0;
      const loadedHere = loadedFrames.outside(sentenceStart, quoteSentencesEnd, openTok, closeTok + 1) > 0;
      const previousStart = s > 0 ? sentences.firstToken[s - 1]! : sentenceStart;
      const neutralBefore = attributions.in(previousStart, sentenceStart) > 0;
      if (loadedHere && !neutralHere) {
        kind = 'scare';
        ruleId = 'scareQuotes.loaded-frame';
      } else if (neutralHere || neutralBefore) {
        ruleId = 'directQuotes.partial';
        speaker = neutralHere ? sentenceSpeaker(tokens, openTok, sentenceStart, isAttribution) : null;
      } else {
        kind = 'scare';
        ruleId = 'scareQuotes.unattributed';
      }
    }
    out.push({ open, close, kind, ruleId, speaker, long: !short, unclosed });
  }
  inheritSpeakers(out, tokens, sentences, paragraphs, (offset) => tokenAtOrAfter(tokens, offset));
  return out;
}
