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

/** End of the tag starting at `<` index `lt` (index after `>`), honouring quoted attributes. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
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
    let end = tagEnd(html, after);
    if (!closing && DROPPED.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      end = close < 0 ? html.length : tagEnd(html, close + 2);
    } else if (name === 'br') {
      out.push('\n');
    } else if (BLOCKS.has(name)) {
      out.push('\n\n');
    } else if (name === 'img' || name === 'td' || name === 'th') {
      out.push(' ');
    }
    i = end;
    textStart = end;
  }
  flush(html.length);
  return decodeEntities(out.join(''));
}
