/**
 * Versions stored with every analysis: the analyser's semver, and a hash of the lexicon data so a
 * stored result says exactly which word lists produced it.
 */
import { LEXICON } from './lexicon';

/** Semver of the analyser code; bump when the same lexicon would give different results. */
export const ANALYZER_VERSION = '1.1.2';

/** 32-bit FNV-1a over the UTF-16 code units of a string, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Hash of any lexicon-shaped data (a pure function of its JSON serialisation). */
export function lexiconHash(data: unknown): string {
  return `fnv1a-${fnv1a(JSON.stringify(data))}`;
}

/** Hash of the lexicon and rule data, computed once at module load. */
export const LEXICON_VERSION = lexiconHash(LEXICON);
