import { describe, expect, it } from 'vitest';
import { cueCategory, decodeEntities, parseSzegedXml } from '../../../scripts/eval/readers/szeged-xml';

// Hand-written fixture in the corpus' format (not corpus text).
const FIXTURE = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE Annotation PUBLIC "-//X//EN" "Uncertainty.dtd">
<Annotation created="1/1/2020"><DocumentSet> <!-- a comment with <Sentence> inside -->
<Document type="unknown"><DocID type="FILENAME">doc&amp;1.txt</DocID><DocumentPart type="Title"><Sentence id="S1.1">Rain &amp; wind</Sentence></DocumentPart><DocumentPart type="unknown"/>
<DocumentPart type="Text"><Sentence id="S1.2">The  river <ccue type="speculation_modal_probable_">may</ccue> flood, <ccue type="speculation_hypo_doxastic _">officials   believe</ccue>.</Sentence><Sentence id="S1.3"><ccue type="speculation_hypo_condition _">If</ccue><ccue type="speculation_modal_probable_">so</ccue>, caf&#233; &lt;closed&gt; &#x2019;til <ccue type="speculation_hypo_investigation _">whether <ccue type="speculation_modal_possible_">maybe</ccue> not</ccue>!</Sentence></DocumentPart></Document>
<Document type="unknown"><DocID type="FILENAME">doc2</DocID><DocumentPart type="Text"><Sentence id="S2.1">No cue here.</Sentence></DocumentPart></Document>
</DocumentSet></Annotation>`;

describe('parseSzegedXml', () => {
  const sentences = parseSzegedXml(FIXTURE);

  it('reads every sentence with its document id and part type', () => {
    expect(sentences.map((s) => [s.docId, s.part, s.id])).toEqual([
      ['doc&1.txt', 'Title', 'S1.1'],
      ['doc&1.txt', 'Text', 'S1.2'],
      ['doc&1.txt', 'Text', 'S1.3'],
      ['doc2', 'Text', 'S2.1'],
    ]);
    expect(sentences[0]?.text).toBe('Rain & wind');
    expect(sentences[3]?.cues).toEqual([]);
  });

  it('keeps whitespace as written and places cue spans on the plain text', () => {
    const s = sentences[1];
    expect(s?.text).toBe('The  river may flood, officials   believe.');
    expect(s?.cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [11, 14, 'may'],
      [22, 41, 'officials   believe'],
    ]);
    expect(s?.text.slice(22, 41)).toBe('officials   believe');
  });

  it('keeps type strings with a literal space and derives their category', () => {
    const s = sentences[1];
    expect(s?.cues[1]?.type).toBe('speculation_hypo_doxastic _');
    expect(s?.cues[1]?.category).toBe('speculation_hypo_doxastic');
    expect(s?.cues[0]?.category).toBe('speculation_modal_probable');
  });

  it('handles adjacent and nested cues and decodes entities before counting offsets', () => {
    const s = sentences[2];
    expect(s?.text).toBe('Ifso, café <closed> \u2019til whether maybe not!');
    expect(s?.cues.map((c) => [c.start, c.end, c.text, c.category])).toEqual([
      [0, 2, 'If', 'speculation_hypo_condition'],
      [2, 4, 'so', 'speculation_modal_probable'],
      [25, 42, 'whether maybe not', 'speculation_hypo_investigation'],
      [33, 38, 'maybe', 'speculation_modal_possible'],
    ]);
  });

  it('rejects a stray closing cue', () => {
    expect(() => parseSzegedXml('<Sentence id="S1">a</ccue></Sentence>')).toThrow(/without <ccue>/);
  });
});

describe('decodeEntities / cueCategory', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &quot;b&quot; &apos;c&apos; &#129;&#x41; &nbsp;')).toBe('<a> "b" \'c\' \u0081A &nbsp;');
  });
  it('strips the trailing underscore and space', () => {
    expect(cueCategory('speculation_hypo_condition _')).toBe('speculation_hypo_condition');
    expect(cueCategory('speculation_modal_possible_')).toBe('speculation_modal_possible');
  });
});
