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

  /** True when [start, end) lies entirely inside one quoted region (binary search). */
  quotedAt(start: number, end: number): boolean {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && end <= this.ends[found]!;
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
