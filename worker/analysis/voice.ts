/**
 * Voice: whether a span lies inside a direct quotation ('quoted') or in the outlet's own
 * narration ('outlet'), and how many words each voice has.
 */
import * as tokenizer from './nlp/tokenize';
import type { Tokens } from './nlp/tokenize';
import type { Span, Voice } from './types';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { PUNCT, tokenAtOrAfter } = tokenizer;

export class QuotedRegions {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  /** The region `regionAt` last found (-1: before the first). */
  private last = -1;

  /** True when [start, end) lies entirely inside one quoted region. */
  quotedAt(start: number, end: number): boolean {
    const found = this.regionAt(start);
    return found >= 0 && end <= this.ends[found]!;
  }

  /**
   * Index of the last region starting at or before `offset` (-1: none). Spans are mostly asked
   * about in text order, so the region found last and the one after it are tried before a binary
   * search.
   */
  private regionAt(offset: number): number {
    const starts = this.starts;
    const n = starts.length;
    for (let r = this.last; r <= this.last + 1 && r < n; r++) {
      if ((r < 0 || starts[r]! <= offset) && (r + 1 === n || starts[r + 1]! > offset)) return (this.last = r);
    }
    let lo = 0;
    let hi = n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return (this.last = found);
  }

  /**
   * Words (non-punctuation tokens) per voice: all words in one pass over the kinds, then the quoted
   * ones by scanning only the tokens that start inside each region (found by binary search).
   */
  countWords(tokens: Tokens): Record<Voice, number> {
    const { count, kind, start, end } = tokens;
    let punct = 0;
    // (branch-free: punctuation is scattered, so a test per token would be mispredicted often)
    for (let i = 0; i < count; i++) punct += +(kind[i] === PUNCT);
    const words = count - punct;
    let quoted = 0;
    for (let r = 0; r < this.starts.length; r++) {
      const regionEnd = this.ends[r]!;
      for (let i = tokenAtOrAfter(tokens, this.starts[r]!); i < count && start[i]! < regionEnd; i++) {
        if (kind[i] !== PUNCT && end[i]! <= regionEnd) quoted++;
      }
    }
    return { outlet: words - quoted, quoted };
  }
}
