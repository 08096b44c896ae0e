/**
 * HTML character references: named (a common set) and numeric (&#8217; &#x2019;). Unknown names
 * are left as written. Linear: one scan from "&" to "&", reading each reference by hand (a
 * replace callback per reference cost more than the rest of cleaning on entity-dense input).
 */
const NAMED = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  hellip: '…', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€',
  pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', minus: '−',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö',
  uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', oacute: 'ó',
  iacute: 'í', uacute: 'ú', Eacute: 'É', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', prime: '′', Prime: '″', frac12: '½', frac14: '¼',
}));

/** Longest digit runs of a decimal and a hexadecimal reference, and of a name (letter first). */
const MAX_DECIMAL = 7;
const MAX_HEX = 6;
const MAX_NAME = 32;

function fromCode(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Value of the digit `c` in `radix` (10 or 16), or -1. */
function digitValue(c: number, radix: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return radix === 16 && lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAlnum = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * The reference whose "&" is at `at`: its replacement and the index after its ";", or null when
 * none is there. The same references as /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/.
 */
function referenceAt(text: string, at: number): { value: string; end: number } | null {
  let k = at + 1;
  if (text.charCodeAt(k) === 0x23) {
    k++;
    const radix = (text.charCodeAt(k) | 0x20) === 0x78 ? 16 : 10;
    if (radix === 16) k++;
    const from = k;
    let code = 0;
    for (let d = digitValue(text.charCodeAt(k), radix); d >= 0; d = digitValue(text.charCodeAt(++k), radix)) code = code * radix + d;
    if (k === from || k - from > (radix === 16 ? MAX_HEX : MAX_DECIMAL) || text.charCodeAt(k) !== 0x3b) return null;
    return { value: fromCode(code), end: k + 1 };
  }
  if (!isLetter(text.charCodeAt(k))) return null;
  while (isAlnum(text.charCodeAt(k))) k++;
  if (k - at - 1 < 2 || k - at - 1 > MAX_NAME || text.charCodeAt(k) !== 0x3b) return null;
  return { value: NAMED.get(text.slice(at + 1, k)) ?? text.slice(at, k + 1), end: k + 1 };
}

export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  // (concatenation, not an array joined: `join` costs about 60 ns per piece, several times more)
  let out = '';
  let copied = 0;
  while (at >= 0) {
    const ref = referenceAt(text, at);
    if (ref === null) at = text.indexOf('&', at + 1);
    else {
      out += text.slice(copied, at) + ref.value;
      copied = ref.end;
      at = text.indexOf('&', copied);
    }
  }
  return out + text.slice(copied);
}
