/**
 * Citations: other outlets credited as the origin of the reporting. Forms, in order of preference
 * for one outlet mention: "CNN reported" (outlet + reporting verb, adverbs allowed between),
 * "CNN’s source" (possessive + reporting noun), "told CNN" / "according to Reuters" (introducer
 * + outlet), "– CNN" / ": CNN" ending the headline; plus "The news outlet listed …" (an anaphor +
 * verb) crediting the outlet cited last. The publishing outlet citing itself is not a citation.
 */
import { LEXICON } from '../lexicon';
import type { OutletEntry } from '../lexicon/types';
import { PhraseTrie, WordSet } from '../nlp/phrases';
import * as tokenizer from '../nlp/tokenize';
import type { Tokens } from '../nlp/tokenize';
import type { Span } from '../types';

// Module-local copies: hot loops must not go through cross-module bindings (getters under some loaders).
const { CAPITALISED, POSSESSIVE } = tokenizer;

const C = LEXICON.citations;
const OUTLETS = new PhraseTrie<OutletEntry>();
for (const o of C.outlets) for (const alias of o.pattern) OUTLETS.add(alias, o);
const VERBS = new PhraseTrie<true>();
for (const v of C.verbs.pattern) VERBS.add(v, true);
const ADVERBS = new WordSet(C.adverbs.pattern);
const POSSESSED = new WordSet(C.possessed.pattern);
const INTRODUCERS = new PhraseTrie<true>();
for (const p of C.introducers.pattern) INTRODUCERS.add(p, true);
const ANAPHORS = new PhraseTrie<true>();
for (const p of C.anaphors.pattern) ANAPHORS.add(p, true);
const CREDIT_MARKS = new WordSet(C.headlineCreditMarks.pattern);
const FUNCTION_WORDS = new WordSet(C.aliasFunctionWords.pattern);
const ARTICLES = new WordSet(LEXICON.sources.articles.pattern);
/** Each outlet's lowercase name and aliases: the keys a free-text outlet name matches it by. */
const OUTLET_KEYS = new Map<OutletEntry, ReadonlySet<string>>(C.outlets.map((o) => [o, new Set([o.name.toLowerCase(), ...o.pattern])]));
/** The first outlet (in lexicon order) with each key. */
const OUTLET_BY_KEY = new Map<string, OutletEntry>();
for (const [o, keys] of OUTLET_KEYS) for (const key of keys) if (!OUTLET_BY_KEY.has(key)) OUTLET_BY_KEY.set(key, o);

export interface FoundCitation extends Span {
  outlet: string;
  ruleId: string;
}

/** Canonical outlet for a free-text outlet name ("cnn" → CNN), or the name itself. */
export function canonicalOutlet(name: string | null | undefined): string | null {
  if (name === null || name === undefined || name.trim() === '') return null;
  return OUTLET_BY_KEY.get(name.trim().toLowerCase())?.name ?? name.trim();
}

/** Every word of the outlet name [i, end) is capitalised or a function word ("the", "of"). */
function capitalised(t: Tokens, i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (!FUNCTION_WORDS.ids.has(t.baseIds[k]!) && (t.flags[k]! & CAPITALISED) === 0) return false;
  return true;
}

/** End (exclusive token) of a reporting verb after token j, skipping adverbs, or -1. */
function verbAfter(t: Tokens, j: number): number {
  let k = j;
  while (k < t.count && ADVERBS.hasToken(t, k)) k++;
  const len = VERBS.longestAt(t, k);
  return len > 0 ? k + len : -1;
}

export function findCitations(t: Tokens, headlineEnd: number | null, selfOutlet: string | null): FoundCitation[] {
  const out: FoundCitation[] = [];
  const self = selfOutlet?.toLowerCase() ?? null;
  const cite = (outlet: string, a: number, b: number, ruleId: string): void => {
    out.push({ outlet, start: t.start[a]!, end: t.end[b - 1]!, ruleId });
  };
  const { count, ids, baseIds } = t;
  for (let i = 0; i < count; i++) {
    // An anaphor credits the outlet cited last, so it is looked for only once there is one.
    if (out.length > 0 && ANAPHORS.firsts.has(ids[i]!)) {
      const anaphor = ANAPHORS.longestAt(t, i);
      const v = anaphor > 0 ? verbAfter(t, i + anaphor) : -1;
      if (v > 0) {
        cite(out[out.length - 1]!.outlet, i, v, 'citations.anaphor');
        i = v - 1;
        continue;
      }
    }
    // Outlets are matched on possessive-free forms ("CNN’s source").
    if (!OUTLETS.firsts.has(baseIds[i]!)) continue;
    const found = OUTLETS.valuesAt(t, i, baseIds);
    if (found === null || !capitalised(t, i, i + found.length)) continue;
    const outlet = found.values[0]!;
    const j = i + found.length;
    i = j - 1;
    if (self !== null && OUTLET_KEYS.get(outlet)!.has(self)) continue;
    const start = i + 1 - found.length;
    const v = verbAfter(t, j);
    if (v > 0) {
      cite(outlet.name, start, v, 'citations.outlet-verb');
      continue;
    }
    if ((t.flags[j - 1]! & POSSESSIVE) !== 0 && POSSESSED.hasToken(t, j)) {
      cite(outlet.name, start, j + 1, 'citations.possessive');
      continue;
    }
    let k = start - 1;
    if (k >= 0 && ARTICLES.hasToken(t, k)) k--;
    const intro = k >= 0 ? INTRODUCERS.longestEndingAt(t, k) : 0;
    if (intro > 0) {
      cite(outlet.name, k - intro + 1, j, 'citations.introducer');
      continue;
    }
    if (headlineEnd !== null && t.end[j - 1] === headlineEnd && start > 0 && CREDIT_MARKS.hasToken(t, start - 1)) {
      cite(outlet.name, start - 1, j, 'citations.headline-credit');
    }
  }
  return out;
}
