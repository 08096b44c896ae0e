/**
 * The matchers' vocabulary: every word any lexicon phrase contains gets a small integer id at
 * module load. The tokenizer looks each token up once, so the many "is this word in list X?"
 * questions asked per token become array reads, and tokens outside every list (most content
 * words) are rejected at once.
 */
const VOCABULARY = new Map<string, number>();

/** The id of a lexicon word, registering it if new. */
export function registerWord(word: string): number {
  let id = VOCABULARY.get(word);
  if (id === undefined) {
    id = VOCABULARY.size;
    VOCABULARY.set(word, id);
  }
  return id;
}

/** The id of a token's lowercase form, or -1 when no lexicon list contains it. */
export function wordId(word: string): number {
  return VOCABULARY.get(word) ?? -1;
}

/** A membership table over vocabulary ids. */
export class IdSet {
  private table = new Uint8Array(64);

  add(id: number): void {
    if (id >= this.table.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.table.length * 2));
      grown.set(this.table);
      this.table = grown;
    }
    this.table[id] = 1;
  }

  has(id: number): boolean {
    return id >= 0 && id < this.table.length && this.table[id] === 1;
  }
}
