/**
 * Comparing a detected quote's speaker with BASIL's annotated speaker ("Michael_Steele").
 * Strict: the normalised names are equal. Lenient: the surnames (last words, ignoring Jr./Sr./II/III)
 * are equal ("Trump" ~ "Donald Trump"); a first name alone does not match.
 */

/** "Felipe_Calderón" → "felipe calderon": underscores to spaces, accents and punctuation dropped, lower case. */
export function normalizeName(name: string): string {
  return name
    .replace(/_/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** BASIL speakers that name no one: '' and the anonymous classes other_anti / other_pro / other_neutral. */
export function isNamedSpeaker(goldSpeaker: string): boolean {
  return goldSpeaker.trim() !== '' && !/^other_/i.test(goldSpeaker.trim());
}

export function speakerMatchesStrict(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const p = normalizeName(predicted);
  return p !== '' && p === normalizeName(gold);
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function surname(name: string): string | undefined {
  const words = normalizeName(name).split(' ').filter((w) => w !== '' && !SUFFIXES.has(w));
  return words[words.length - 1];
}

export function speakerMatchesLenient(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const p = surname(predicted);
  return p !== undefined && p === surname(gold);
}
