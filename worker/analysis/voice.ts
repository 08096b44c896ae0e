/**
 * Voice: whether a span lies inside a direct quotation ('quoted') or in the outlet's own
 * narration ('outlet'), and how many words each voice has.
 */
import { PUNCT, type Tokens } from './nlp/tokenize';
import type { Span, Voice } from './types';

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

  /** Voice of a span: 'quoted' when it lies entirely inside one quoted region. */
  voiceOf(span: Span): Voice {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= span.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && span.end <= this.ends[found]! ? 'quoted' : 'outlet';
  }

  /** Words (non-punctuation tokens) per voice. */
  countWords(tokens: Tokens): Record<Voice, number> {
    let outlet = 0;
    let quoted = 0;
    let r = 0;
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.kind[i] === PUNCT) continue;
      const s = tokens.start[i]!;
      while (r < this.starts.length && this.ends[r]! <= s) r++;
      if (r < this.starts.length && this.starts[r]! <= s && tokens.end[i]! <= this.ends[r]!) quoted++;
      else outlet++;
    }
    return { outlet, quoted };
  }
}
