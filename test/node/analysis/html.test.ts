import { describe, expect, it } from 'vitest';
import { analyze } from '../../../worker/analysis';
import { decodeEntities } from '../../../worker/analysis/text/entities';
import { htmlToText, looksLikeHtml } from '../../../worker/analysis/text/html';

describe('HTML input', () => {
  it('strips tags, drops script and style, and keeps block elements as paragraphs', () => {
    const html = '<html><head><title>T</title><style>p{color:red}</style></head><body><h1>Xi gave Biden a promise</h1>' +
      '<script>var x = "<p>not text</p>";</script><p>Officials <em>may</em> act, the source said.</p><p>A second paragraph.</p></body></html>';
    const a = analyze({ html });
    expect(a.headline).toBe('Xi gave Biden a promise');
    expect(a.text).toBe('Xi gave Biden a promise\n\nOfficials may act, the source said.\n\nA second paragraph.');
    expect(a.evidence.filter((e) => e.metric === 'hedging').map((e) => e.text)).toEqual(['may']);
  });

  it('decodes named and numeric entities', () => {
    expect(decodeEntities('Biden&rsquo;s &ldquo;promise&rdquo; &amp; &#8220;x&#x201D; &#0; &bogus;')).toBe('Biden’s “promise” & “x” \ufffd &bogus;');
    const a = analyze({ html: '<p>So-called &ldquo;collusion&rdquo; was the issue.</p>', passage: true });
    expect(a.text).toBe('So-called “collusion” was the issue.');
    expect(a.evidence.filter((e) => e.metric === 'scareQuotes').map((e) => e.text)).toEqual(['“collusion”']);
  });

  it('treats text that is clearly HTML as HTML, and plain text with a < as text', () => {
    expect(looksLikeHtml('<p>One</p><p>Two</p>')).toBe(true);
    expect(looksLikeHtml('If a < b and c > d then nothing.')).toBe(false);
    expect(analyze({ text: '<div><p>Officials <b>said</b> so.</p></div>', passage: true }).text).toBe('Officials said so.');
    expect(analyze({ text: 'If a < b then c.', passage: true }).text).toBe('If a < b then c.');
  });

  it('skips comments, keeps line breaks from <br>, and survives unclosed tags', () => {
    expect(htmlToText('a<!-- hidden -->b<br>c')).toBe('ab\nc');
    expect(htmlToText('<p>open <script>never closed')).toBe('\n\nopen never closed');
    expect(htmlToText('<p title="a > b">x</p>')).toBe('\n\nx\n\n');
  });

  it('never lets hostile or broken markup swallow the rest of an article', () => {
    // An attribute quote that never closes ends the tag at its first `>`.
    expect(htmlToText('<p>Before</p><a title="x>Officials said so.</p><p>After the link.</p>')).toBe(
      '\n\nBefore\n\nOfficials said so.\n\n\n\nAfter the link.\n\n',
    );
    // A `<` with no `>` after it is text.
    expect(htmlToText('<p>Kept</p> and a < b < c')).toBe('\n\nKept\n\n and a < b < c');
    expect(htmlToText('<p>Kept</p><svg onload=alert(1)')).toBe('\n\nKept\n\n<svg onload=alert(1)');
    // Hostile payloads typed into a plain-text article: the words around them survive.
    const text = 'First paragraph <img src=x onerror=alert(1)> stays.\n\n"><svg onload=alert(2)> Second paragraph stays.\n\n</script><script>alert(3)</script> Third stays.';
    const a = analyze({ text, passage: true });
    expect(a.text).toContain('First paragraph');
    expect(a.text).toContain('Second paragraph stays.');
    expect(a.text).toContain('Third stays.');
    expect(a.text).not.toContain('alert(3)');
    expect(a.text).not.toMatch(/<img|<svg|<script/);
  });

  it('stays linear on thousands of unclosed tags and quotes', () => {
    const hostile = '<script>'.repeat(20_000) + '<a title="'.repeat(20_000) + 'end>';
    const t = htmlToText(hostile + ' tail');
    expect(t.endsWith(' tail')).toBe(true);
  });
});
