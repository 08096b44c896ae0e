/**
 * Comparing a detected quote's speaker with BASIL's annotated speaker ("Michael_Steele").
 * Strict: the normalised names are equal. Lenient: the surnames (last words, ignoring Jr./Sr./II/III)
 * are equal ("Trump" ~ "Donald Trump"); a first name alone does not match. BASIL cuts some entity
 * ids at the first non-ASCII letter ("Felipe_Calder" for Calderón); leniently, such a cut surname
 * matches a name that continues with a non-ASCII letter at that point.
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
  const g = surname(gold);
  if (p === undefined || g === undefined) return false;
  return p === g || isCutAtNonAscii(predicted, g);
}

/** Whether a word of `name` starts with `cut` and continues with a non-ASCII letter ("Calderón" / "calder"). */
function isCutAtNonAscii(name: string, cut: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => w.length > cut.length && w.startsWith(cut) && /[^\x00-\x7F]/.test(w[cut.length] ?? ''));
}
