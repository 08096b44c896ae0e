/** A segmented toggle (a labelled group of buttons, one pressed) for chart views. */
import { h, uniqueId } from '../lib/dom';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
}

export function createSegmented<T extends string>(
  label: string,
  options: readonly SegmentOption<T>[],
  selected: T,
  onChange: (value: T) => void,
): HTMLElement {
  const labelId = uniqueId('seg');
  const buttons = options.map((option) => {
    const button = h('button', {
      class: 'segmented__option',
      text: option.label,
      attrs: { type: 'button', 'aria-pressed': String(option.value === selected) },
      dataset: { value: option.value },
    });
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') === 'true') return;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      onChange(option.value);
    });
    return button;
  });
  return h('div', { class: 'segmented' }, [
    h('span', { class: 'segmented__label', text: label, attrs: { id: labelId } }),
    h('div', { class: 'segmented__options', attrs: { role: 'group', 'aria-labelledby': labelId } }, buttons),
  ]);
}
