/**
 * RFC 4180 CSV with a guard against formula injection: a cell that a spreadsheet would read as a
 * formula (starting with = + - @, or a tab or carriage return) is prefixed with `'` so it shows as
 * text. Article headlines and outlet names come from anywhere, so every text cell is guarded.
 * (OWASP "CSV Injection".)
 */

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, guarded and quoted when needed. Numbers are written as-is (a negative number is data). */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A whole document: header + rows, CRLF line endings as RFC 4180 specifies. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
