/** Unit tests of the pure helpers in worker/lib. */
import { describe, expect, it } from 'vitest';
import { allowedMethods } from '../../worker/lib/allowed-methods';
import { bearerToken, tokensMatch } from '../../worker/lib/auth';
import { csvCell, toCsv } from '../../worker/lib/csv';
import { sha256Hex } from '../../worker/lib/hash';
import { slugify } from '../../worker/lib/slug';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', '"\'\rreturn"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as numbers (a negative count is data, not a formula) and null as empty', () => {
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2, null]])).toBe('a,b\r\n1,x\r\n2,\r\n');
  });
});

describe('slugify', () => {
  it.each([
    ['CNN', 'cnn'],
    ['India Today', 'india-today'],
    ['  india   today ', 'india-today'],
    ['Mothership.sg', 'mothership-sg'],
    ['Le Monde diplomatique', 'le-monde-diplomatique'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
    ['AT&T News', 'at-and-t-news'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('slugifies %j as %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives names without ASCII letters a stable hashed slug', () => {
    expect(slugify('新华社')).toMatch(/^outlet-[0-9a-f]{8}$/);
    expect(slugify('新华社')).toBe(slugify(' 新华社 '));
    expect(slugify('新华社')).not.toBe(slugify('人民日报'));
  });

  it('keeps slugs within 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('allowedMethods', () => {
  const routes = [
    { method: 'ALL', path: '/api/*' },
    { method: 'GET', path: '/api/stories' },
    { method: 'POST', path: '/api/stories' },
    { method: 'GET', path: '/api/stories/:slug' },
    { method: 'DELETE', path: '/api/articles/:id' },
  ];
  it('lists the methods of matching routes, with HEAD for GET, ignoring middleware', () => {
    expect(allowedMethods(routes, '/api/stories')).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowedMethods(routes, '/api/stories/x')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(routes, '/api/articles/7')).toEqual(['DELETE']);
    expect(allowedMethods(routes, '/api/stories/x/y')).toEqual([]);
    expect(allowedMethods(routes, '/api/other')).toEqual([]);
  });
});

describe('auth helpers', () => {
  it('extracts bearer tokens', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer   abc  ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('compares tokens exactly, whatever their lengths', async () => {
    expect(await tokensMatch('secret', 'secret')).toBe(true);
    expect(await tokensMatch('secreT', 'secret')).toBe(false);
    expect(await tokensMatch('secret-longer', 'secret')).toBe(false);
    expect(await tokensMatch('', 'secret')).toBe(false);
  });
});

describe('sha256Hex', () => {
  it('hashes UTF-8 text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // "é" is hashed as its UTF-8 bytes C3 A9, not as UTF-16.
    expect(await sha256Hex('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });
});
