/**
 * RFC 4180 CSV parsing for the evaluation corpora: a leading UTF-8 BOM is dropped, fields may be
 * quoted, quoted fields may hold commas, CR/LF line breaks and doubled quotes (""), and records end
 * with CRLF or LF. A final line break does not start an empty record.
 */

/**
 * @example parseCsv('\uFEFF"1","a, ""b"""\r\n-1,c') // [['1', 'a, "b"'], ['-1', 'c']]
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = (): void => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && !fieldStarted && field === '') {
      const close = readQuoted(text, i + 1);
      field = close.value;
      fieldStarted = true;
      i = close.next;
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i++;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}

/** Read a quoted field starting after its opening quote; returns the value and the index after the closing quote. */
function readQuoted(text: string, from: number): { value: string; next: number } {
  let value = '';
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) throw new Error(`unterminated quoted field starting at offset ${from - 1}`);
    value += text.slice(i, q);
    if (text[q + 1] === '"') {
      value += '"';
      i = q + 2;
    } else {
      return { value, next: q + 1 };
    }
  }
}

/** Rows as objects keyed by the header row. Missing trailing fields become ''. */
export function csvObjects(input: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(input);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, k) => [name, row[k] ?? ''])));
}
