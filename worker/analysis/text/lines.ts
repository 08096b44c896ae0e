/**
 * Raw text to lines: line endings unified, runs of spaces (including no-break and other Unicode
 * spaces) collapsed, control characters dropped, lines trimmed; a line that ends mid-sentence and
 * is followed by a line starting in lowercase is joined to it (hard-wrapped text). Every
 * non-empty line is a paragraph: the demo texts use both "\n" and "\n\n" between paragraphs.
 */
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
/** Runs of horizontal whitespace that are not already one plain space (single spaces are left alone: fast). */
const SPACES = /(?:[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\ufeff]| (?=[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\ufeff]))[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\ufeff]*/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
/** Anything the three rewrites would change: most scraped texts have none, and skip them all. */
const NEEDS_REWRITE = /[\r\u2028\u2029\u0085\u0000-\u0008\u000e-\u001f\u007f\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\ufeff]| {2}/;
/** Last character is a letter, comma or semicolon (the line stops mid-sentence). */
const ENDS_OPEN = /[A-Za-z,;\u00C0-\u024F]/;
const endsOpen = (line: string): boolean => ENDS_OPEN.test(line[line.length - 1] ?? '');
const STARTS_LOWER = /^[a-z]/;

export function toLines(raw: string): string[] {
  const text = NEEDS_REWRITE.test(raw) ? raw.replace(LINE_BREAK, '\n').replace(CONTROLS, '').replace(SPACES, ' ') : raw;
  const lines = text.split('\n');
  const out: string[] = [];
  // The line being built, as parts: joining hard-wrapped lines by repeated concatenation and then
  // reading the result's last character flattens the growing string each time (quadratic).
  let parts: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (parts.length > 0) out.push(parts.join(' '));
    parts = [];
    length = 0;
  };
  for (const line of lines) {
    const clean = line.trim();
    if (clean === '') {
      flush();
      continue;
    }
    const last = parts.length > 0 ? parts[parts.length - 1]! : null;
    if (last !== null && endsOpen(last) && STARTS_LOWER.test(clean) && length > 40) {
      parts.push(clean);
      length += 1 + clean.length;
    } else {
      flush();
      parts.push(clean);
      length = clean.length;
    }
  }
  flush();
  return out;
}
