/**
 * The text input of /try: a textarea (analysed 300 ms after typing pauses), a file picker read with
 * FileReader (.txt or .html, never uploaded) and a "bare passage" switch.
 */
import { h } from '../lib/dom';
import { debounce } from './source';

export type RunAnalysis = (text: string, options: { fileName?: string; passage: boolean }) => void;

export function createTextInput(run: RunAnalysis): HTMLElement {
  const textarea = h('textarea', {
    class: 'try-text',
    attrs: { id: 'try-text', rows: 10, spellcheck: 'false', 'aria-describedby': 'try-privacy', placeholder: 'Paste a news article here…' },
  });
  const file = h('input', { attrs: { id: 'try-file', type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' } });
  const passage = h('input', { attrs: { id: 'try-passage', type: 'checkbox' } });
  let fileName: string | undefined;

  const analyseNow = () => run(textarea.value, { fileName, passage: passage.checked });
  const typed = debounce(analyseNow, 300);

  textarea.addEventListener('input', () => {
    fileName = undefined;
    typed();
  });
  passage.addEventListener('change', () => typed.flush());
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      textarea.value = typeof reader.result === 'string' ? reader.result : '';
      fileName = chosen.name;
      typed.flush();
    });
    reader.readAsText(chosen);
  });

  return h('section', { class: 'try-input', attrs: { 'aria-label': 'Your text' } }, [
    h('label', { class: 'try-label', text: 'Your text', attrs: { for: 'try-text' } }),
    textarea,
    h('div', { class: 'try-options' }, [
      h('div', { class: 'try-option' }, [h('label', { text: 'Or open a file (.txt, .html)', attrs: { for: 'try-file' } }), file]),
      h('div', { class: 'try-option try-option--inline' }, [
        passage,
        h('label', { text: 'A bare passage (no headline, byline or page menus to remove)', attrs: { for: 'try-passage' } }),
      ]),
    ]),
  ]);
}
