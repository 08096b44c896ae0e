import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../../scripts/eval/readers/csv';
import { parseConll } from '../../../scripts/eval/readers/conll';

describe('parseCsv', () => {
  it('drops the BOM and reads quoted and bare fields with CRLF records', () => {
    expect(parseCsv('\uFEFF"1","Plain sentence."\r\n"-1","Another one."')).toEqual([
      ['1', 'Plain sentence.'],
      ['-1', 'Another one.'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const rows = parseCsv('a,"b, c","line one\r\nline two","say ""hi"""\nx,,"",z\n');
    expect(rows).toEqual([
      ['a', 'b, c', 'line one\r\nline two', 'say "hi"'],
      ['x', '', '', 'z'],
    ]);
  });

  it('does not add an empty record after a final line break, and rejects an unterminated quote', () => {
    expect(parseCsv('a,b\r\n')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
    expect(() => parseCsv('a,"open')).toThrow(/unterminated quoted field/);
  });

  it('maps rows to the header', () => {
    expect(csvObjects('text,label\n"x, y",Biased\nz')).toEqual([
      { text: 'x, y', label: 'Biased' },
      { text: 'z', label: '' },
    ]);
  });
});

describe('parseConll', () => {
  it('reads -1 as uncertain and 1 as certain', () => {
    const s = parseConll('\uFEFF"1","It rained."\r\n"-1","Some say it rained, or ""poured""."');
    expect(s).toEqual([
      { text: 'It rained.', uncertain: false },
      { text: 'Some say it rained, or "poured".', uncertain: true },
    ]);
  });
  it('rejects an unknown label', () => {
    expect(() => parseConll('"0","x"')).toThrow(/record 1/);
  });
});
