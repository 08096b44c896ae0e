/**
 * Reader for the Szeged Uncertainty Corpus XML (WikiWeasel, BioScope-derived bio, FactBank):
 * `Document > DocID, DocumentPart > Sentence` with inline `<ccue type="…">cue</ccue>` elements.
 * Produces each sentence's plain text (entities decoded, whitespace kept as written) and its cue
 * spans as offsets into that text. A small scanner for this format, not a general XML parser:
 * no CDATA, no namespaces; other inline elements (xcope, cue) contribute their text only.
 */

export interface SzegedCue {
  /** UTF-16 offsets into `SzegedSentence.text`, end-exclusive. */
  start: number;
  end: number;
  text: string;
  /** The type attribute as written (may hold a literal space: "speculation_hypo_doxastic _"). */
  type: string;
  /** The cue class without the trailing "_"/space: 'speculation_hypo_doxastic'. */
  category: string;
}

export interface SzegedSentence {
  docId: string;
  /** The DocumentPart type ('Title', 'Text', 'AbstractText', 'unknown', …). */
  part: string;
  id: string;
  text: string;
  cues: SzegedCue[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the five XML entities and numeric character references; unknown entities stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** "speculation_hypo_doxastic _" → "speculation_hypo_doxastic". */
export function cueCategory(type: string): string {
  return type.replace(/[\s_]+$/, '');
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
}

function parseTag(raw: string): Tag {
  const closing = raw.startsWith('/');
  const selfClosing = raw.endsWith('/');
  const body = raw.slice(closing ? 1 : 0, selfClosing ? -1 : undefined).trim();
  const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
  const attrs: Record<string, string> = {};
  for (const m of body.slice(name.length).matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs[m[1] ?? ''] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  return { name, closing, selfClosing, attrs };
}

interface OpenSentence {
  id: string;
  text: string;
  cues: SzegedCue[];
  /** Open <ccue> elements (they can nest in principle): start offset and type. */
  open: Array<{ start: number; type: string }>;
}

/**
 * Parse a whole Szeged XML file into sentences with cue spans.
 * @example parseSzegedXml('<Sentence id="S1">It <ccue type="speculation_modal_probable_">may</ccue> rain.</Sentence>')
 *   // [{ id: 'S1', text: 'It may rain.', cues: [{ start: 3, end: 6, text: 'may', … }], … }]
 */
export function parseSzegedXml(xml: string): SzegedSentence[] {
  const out: SzegedSentence[] = [];
  let docId = '';
  let part = '';
  let inDocId = false;
  let sentence: OpenSentence | null = null;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > i) {
      const text = decodeEntities(xml.slice(i, textEnd));
      if (sentence) sentence.text += text;
      else if (inDocId) docId += text;
    }
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      i = skipPast(xml, lt, '-->');
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      i = skipPast(xml, lt, '>');
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error(`unterminated tag at offset ${lt}`);
    const tag = parseTag(xml.slice(lt + 1, gt));
    i = gt + 1;
    if (tag.name === 'DocID') {
      inDocId = !tag.closing && !tag.selfClosing;
      if (inDocId) docId = '';
    } else if (tag.name === 'DocumentPart' && !tag.closing) {
      part = tag.attrs.type ?? '';
    } else if (tag.name === 'Sentence' || tag.name === 'sentence') {
      if (tag.closing && sentence) {
        if (sentence.open.length > 0) throw new Error(`unclosed <ccue> in sentence ${sentence.id}`);
        out.push({ docId, part, id: sentence.id, text: sentence.text, cues: sentence.cues });
        sentence = null;
      } else if (!tag.closing) {
        sentence = { id: tag.attrs.id ?? '', text: '', cues: [], open: [] };
        if (tag.selfClosing) {
          out.push({ docId, part, id: sentence.id, text: '', cues: [] });
          sentence = null;
        }
      }
    } else if (tag.name === 'ccue' && sentence && !tag.selfClosing) {
      if (!tag.closing) sentence.open.push({ start: sentence.text.length, type: tag.attrs.type ?? '' });
      else closeCue(sentence);
    }
  }
  return out;
}

function closeCue(s: OpenSentence): void {
  const opened = s.open.pop();
  if (!opened) throw new Error(`</ccue> without <ccue> in sentence ${s.id}`);
  const end = s.text.length;
  s.cues.push({
    start: opened.start,
    end,
    text: s.text.slice(opened.start, end),
    type: opened.type,
    category: cueCategory(opened.type),
  });
  s.cues.sort((a, b) => a.start - b.start || a.end - b.end);
}

function skipPast(s: string, from: number, terminator: string): number {
  const at = s.indexOf(terminator, from);
  if (at === -1) throw new Error(`unterminated markup at offset ${from}`);
  return at + terminator.length;
}
