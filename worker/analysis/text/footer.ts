/**
 * The bottom of a scraped page: a "Related stories:" section near the end is cut with everything
 * after it, then trailing chrome lines ("Top image from …", a republisher's "Source: CNN") are
 * dropped while they last.
 */
import { LEXICON } from '../lexicon';
import * as tokenizer from '../nlp/tokenize';
import { LineStartPhrases } from './lines';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { PUNCT, tokenize } = tokenizer;

const SECTION = new LineStartPhrases(LEXICON.document.tailSectionStarts.pattern);
const TAIL = new LineStartPhrases(LEXICON.document.tailChrome.pattern);
const TAIL_WINDOW = 8;
const MAX_CHROME_WORDS = 15;
/** Enough characters to read the opening words of a line. */
const PREFIX = 40;

export function stripFooter(lines: readonly string[], keepAtLeast: number): string[] {
  let end = lines.length;
  for (let i = Math.max(keepAtLeast, lines.length - TAIL_WINDOW); i < lines.length; i++) {
    if (SECTION.mayStart(lines[i]!) && SECTION.phrases.longestAt(tokenize(lines[i]!.slice(0, PREFIX)), 0) > 0) {
      end = i;
      break;
    }
  }
  while (end > keepAtLeast) {
    const line = lines[end - 1]!;
    if (line.length > 200 || !TAIL.mayStart(line)) break;
    const t = tokenize(line);
    let words = 0;
    for (let i = 0; i < t.count; i++) if (t.kind[i] !== PUNCT) words++;
    if (words > MAX_CHROME_WORDS || TAIL.phrases.longestAt(t, 0) === 0) break;
    end--;
  }
  return lines.slice(0, end);
}
