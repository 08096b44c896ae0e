import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { demoText } from './demo';
import { fill, WORST_CASES } from '../../../scripts/lib/worst-cases';
import { checkInvariants } from './invariants';

const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '.', ',', ':', '–', '-', '»', '|',
  'may', 'May', 'could not', 'claimed', 'claimed responsibility', 'alleged', 'so-called', 'said', 'told', 'according to',
  'Wray', 'Christopher Wray', 'FBI Director', 'President Xi', 'CNN', 'Reuters reported', 'the source', 'one of the sources',
  'familiar with', 'U.S.', 'won’t', 'O’Brien', 'Biden’s', '<p>', '</p>', '<script>', '</script>', '<br>', '&amp;', '&#8220;',
  '&#x1F600;', '&nbsp;', 'Home » ', 'icon ', 'By ', 'Written By: ', '| January 31, 2024', 'Jan 31, 2024', 'Related stories:',
  'Source: CNN', '\ud800', '\udfff', '😀', 'é', '\u0301', 'İ', 'ß', '2024', 'The news outlet listed', 'as a contributor',
];

const soup = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 300 });
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 2000 });
const anyText = fc.oneof(soup, codeUnits, fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

const run = (text: string, passage: boolean): void => {
  const input = { text, passage, outlet: 'CNN' };
  const a = analyze(input);
  checkInvariants(a);
  expect(analyze(input)).toEqual(a);
};

describe('analyze on arbitrary input', () => {
  it('never throws, keeps every span inside the text and is deterministic for small inputs', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (text, passage) => run(text, passage)), { numRuns: 400 });
  });

  it('handles arbitrary HTML-ish input given as html', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const a = analyze({ html });
        checkInvariants(a);
      }),
      { numRuns: 200 },
    );
  });

  it('handles demo texts cut at arbitrary points', () => {
    const texts = [demoText('cnn'), demoText('rt'), demoText('mothership'), demoText('indiaToday'), demoText('unattributed')];
    fc.assert(
      fc.property(fc.nat({ max: 4 }), fc.nat(), fc.nat(), (k, a, b) => {
        const t = texts[k]!;
        const from = a % t.length;
        run(t.slice(from, from + (b % (t.length - from + 1))), false);
      }),
      { numRuns: 150 },
    );
  });

  const MB = 1_000_000;
  // Each shape of WORST_CASES is analysed in full on every run (no sampling): a regression makes
  // this file take minutes, not milliseconds.
  it.each(Object.entries(WORST_CASES))('returns for a 1 MB input of %s, as text and as passage', (_name, piece) => {
    const text = fill(piece, MB);
    for (const passage of [false, true]) checkInvariants(analyze({ text, passage }));
  }, 60_000);

  it('returns for 1 MB inputs: random piece mixes, random unicode, repeated articles', () => {
    const adversarial = fc.oneof(
      fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 40 }).map((piece) => fill(piece, MB)),
      fc.integer().map((seed) => {
        let x = seed >>> 0 || 1;
        const units: string[] = [];
        for (let i = 0; i < MB; i++) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          units.push(String.fromCharCode((x >>> 0) % 0x10000));
        }
        return units.join('');
      }),
      fc.constant(demoText('cnn')).map((piece) => fill(piece, MB)),
    );
    fc.assert(
      fc.property(adversarial, fc.boolean(), (text, passage) => {
        const a = analyze({ text, passage });
        checkInvariants(a);
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
