/**
 * Reader for pattern's balanced CoNLL-2010 Wikipedia sample: CSV with a BOM, no header, two
 * columns `label,sentence`, where `1` = certain and `-1` = uncertain.
 */
import { parseCsv } from './csv';

export interface ConllSentence {
  text: string;
  uncertain: boolean;
}

export function parseConll(csv: string): ConllSentence[] {
  return parseCsv(csv).map((row, k) => {
    const [label, text] = row;
    if (row.length !== 2 || text === undefined || (label !== '1' && label !== '-1')) {
      throw new Error(`CoNLL sample record ${k + 1}: expected "1|-1,sentence", got ${JSON.stringify(row).slice(0, 80)}`);
    }
    return { text, uncertain: label === '-1' };
  });
}
