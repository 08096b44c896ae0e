/**
 * Reader for BABE (final_labels_SG2.csv): one news sentence per row with an expert bias label and
 * the words the experts marked as bias-inducing, stored as a Python list literal
 * (`['claimed', "don't", '"held"']`).
 */
import { csvObjects } from './csv';

export type BabeLabel = 'Biased' | 'Non-biased' | 'No agreement';

export interface BabeSentence {
  text: string;
  outlet: string;
  label: BabeLabel;
  biasedWords: string[];
}

const LABELS: readonly string[] = ['Biased', 'Non-biased', 'No agreement'];

export function parseBabe(csv: string): BabeSentence[] {
  return csvObjects(csv).map((row, k) => {
    const label = row.label_bias ?? '';
    if (!LABELS.includes(label)) throw new Error(`BABE row ${k + 2}: unknown label_bias ${JSON.stringify(label)}`);
    return {
      text: row.text ?? '',
      outlet: row.outlet ?? '',
      label: label as BabeLabel,
      biasedWords: parsePythonStringList(row.biased_words ?? '[]'),
    };
  });
}

/**
 * Parse a Python list of string literals: items in single or double quotes, separated by commas,
 * with backslash escapes (\\ \' \" \n \t). Empty input or `[]` gives [].
 * @example parsePythonStringList(`['a', "don't", '\\'x\\'']`) // ['a', "don't", "'x'"]
 */
export function parsePythonStringList(s: string): string[] {
  const src = s.trim();
  if (src === '' || src === '[]') return [];
  if (!src.startsWith('[') || !src.endsWith(']')) throw new Error(`not a list literal: ${src.slice(0, 40)}`);
  const items: string[] = [];
  let i = 1;
  const skipSpace = (): void => {
    while (i < src.length && /\s/.test(src[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    const quote = src[i];
    if (quote === ']') break;
    if (quote !== "'" && quote !== '"') throw new Error(`expected a string at ${i} in ${src.slice(0, 40)}`);
    let value = '';
    i++;
    while (i < src.length && src[i] !== quote) {
      const ch = src[i] ?? '';
      if (ch === '\\') {
        const next = src[i + 1] ?? '';
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        i += 2;
      } else {
        value += ch;
        i++;
      }
    }
    if (i >= src.length) throw new Error(`unterminated string in ${src.slice(0, 40)}`);
    items.push(value);
    i++;
    skipSpace();
    if (src[i] === ',') i++;
    else if (src[i] !== ']') throw new Error(`expected , or ] at ${i} in ${src.slice(0, 40)}`);
  }
  return items;
}

/**
 * A word as the experts' list and a marker's text are compared: lower case, curly apostrophes made
 * straight, surrounding quotes and punctuation dropped ('"Held"' → 'held').
 */
export function normalizeWord(w: string): string {
  return w
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
