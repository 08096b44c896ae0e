/**
 * Inputs that once made an analyser stage quadratic, and other worst cases, as one repeated piece
 * each. The property tests analyse every shape at 1 MB on every run; `npm run bench:cpu` times
 * them at the longest text the API analyses (`MAX_ARTICLE_CHARS`).
 */
export const WORST_CASES: Readonly<Record<string, string>> = {
  'one quote mark repeated': '"',
  'curly quote marks only': '“',
  'single quotes and words': '‘a ',
  'apostrophes only': "'",
  'one letter, no spaces': 'a',
  'full stops only': '.',
  'unclosed tags': '<',
  'entities only': '&amp;',
  'hedges only': 'may ',
  'named speakers only': 'Christopher Wray said ',
  'anonymous sources only': 'the source said ',
  'direct quotes with speakers': '“a,” Wray said. ',
  'single quote pairs': '‘a’ ',
  'citations only': 'CNN reported ',
  // 250,000 short quotes in one sentence with no full stop (was a scan of the sentence per quote)
  'short quotes in one endless sentence': '“a” ',
  // 20,000 hard-wrapped lines joined into one paragraph (was a string flattened per line)
  'hard-wrapped lines that all join': '"one of the sources,–icon familiar with\n as a contributor',
  'widget labels only': 'icon ',
  'lone surrogates': '\ud800',
};

/** `piece` repeated to exactly `length` UTF-16 code units. */
export function fill(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length);
}
