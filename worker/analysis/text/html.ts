/**
 * HTML to text without a DOM: tags stripped, script/style/noscript/template contents dropped,
 * comments skipped, block elements turned into paragraph breaks, entities decoded. One linear scan
 * (each search resumes where the last one ended).
 */
import { decodeEntities } from './entities';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'select', 'button']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'body', 'html', 'title']);
const HTML_HINT = /<(?:!doctype|html|body|p|div|br|span|a|h[1-6]|article|section|script|style|ul|li|em|strong|b|i|figure|img|meta|link|header|footer|blockquote)\b[^<>]{0,400}>/gi;

const TAG_NAME_CHAR = /[A-Za-z0-9-]/;
const TAG_START = /[A-Za-z/!?]/;
const STARTS_WITH_TAG = /^\s*</;

/** True when a text is clearly HTML (at least two recognisable tags, or it starts with a tag). */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<')) return false; // plain text, the common case: one fast search instead of the tag regex
  HTML_HINT.lastIndex = 0;
  const head = text.slice(0, 100_000);
  let hits = 0;
  while (HTML_HINT.exec(head) !== null) {
    if (++hits >= 2) return true;
  }
  return hits === 1 && STARTS_WITH_TAG.test(head);
}

function tagName(html: string, from: number): { name: string; closing: boolean; after: number } {
  let i = from;
  const closing = html[i] === '/';
  if (closing) i++;
  const s = i;
  while (i < html.length && TAG_NAME_CHAR.test(html[i]!)) i++;
  return { name: html.slice(s, i).toLowerCase(), closing, after: i };
}

/**
 * End of the tag whose name ends at `from` (index after its `>`), honouring quoted attributes
 * while `quotes` is true. -1 when there is no `>` at all, so the `<` stays text. -2 when only an
 * attribute quote that never closes hides the `>` (`"><svg onload=…>` pasted as text): the caller
 * then stops honouring quotes, so broken markup can neither swallow the rest of the article nor
 * make later tags rescan it (the scan stays linear).
 */
function tagEnd(html: string, from: number, quotes: boolean): number {
  if (!quotes) {
    const gt = html.indexOf('>', from);
    return gt < 0 ? -1 : gt + 1;
  }
  let quote = '';
  let sawGt = false;
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (c === '>') sawGt = true;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return sawGt ? -2 : -1;
}

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  let quotes = true;
  const end = (from: number): number => {
    let e = tagEnd(html, from, quotes);
    if (e === -2) {
      quotes = false;
      e = tagEnd(html, from, false);
    }
    return e;
  };
  // Where each dropped element's closing tag was last found, so that many unclosed `<script>`s
  // cannot make the search for `</script` rescan the text (quadratic) once per tag.
  const closes = new Map<string, { from: number; at: number }>();
  const closeOf = (name: string, from: number): number => {
    const known = closes.get(name);
    if (known !== undefined && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const at = lower.indexOf(`</${name}`, from);
    closes.set(name, { from, at });
    return at;
  };
  const flush = (to: number): void => {
    if (to > textStart) out.push(html.slice(textStart, to));
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (!TAG_START.test(next)) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      textStart = i;
      continue;
    }
    const { name, closing, after } = tagName(html, lt + 1);
    let tagStop = end(after);
    if (tagStop < 0) {
      // No `>` anywhere after this `<`: it is text, and so is everything after it.
      textStart = lt;
      break;
    }
    // NOTE: a dropped element that never closes drops only its start tag. Real pages close their
    // scripts; an unclosed one is markup typed into an article, and losing the text after it
    // would lose the article.
    const close = !closing && DROPPED.has(name) ? closeOf(name, tagStop) : -1;
    if (close >= 0) {
      const closeEnd = end(close + 2);
      tagStop = closeEnd < 0 ? html.length : closeEnd;
    } else if (DROPPED.has(name)) {
      // the start (or stray end) tag alone is removed
    } else if (name === 'br') {
      out.push('\n');
    } else if (BLOCKS.has(name)) {
      out.push('\n\n');
    } else if (name === 'img' || name === 'td' || name === 'th') {
      out.push(' ');
    }
    i = tagStop;
    textStart = tagStop;
  }
  flush(html.length);
  return decodeEntities(out.join(''));
}
