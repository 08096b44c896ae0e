/**
 * The data-table alternative of a chart: a real <table> with caption and header cells, always in the
 * accessibility tree; a toggle shows it on screen. Cells can carry an action (a button) so every
 * bar's click has a keyboard and screen-reader equivalent.
 */
import { h, uniqueId } from '../lib/dom';

export interface TableCell {
  text: string;
  /** The exact number behind the text (data-value), for checking against the API. */
  value?: number;
  /** Accessible name of the cell's button, and what pressing it does. */
  action?: { label: string; run: () => void };
  class?: string;
}

export interface TableModel {
  caption: string;
  /** Header of the row-label column, then one per data column. */
  columns: string[];
  rows: { header: string; cells: TableCell[] }[];
  /** An optional summary row in <tfoot>. */
  footer?: { header: string; cells: TableCell[] };
}

function cell(tag: 'td' | 'th', data: TableCell): HTMLTableCellElement {
  const td = h(tag, { class: data.class, dataset: data.value === undefined ? {} : { value: String(data.value) } });
  if (data.action) {
    const { run, label } = data.action;
    const button = h('button', { class: 'cell-action', text: data.text, attrs: { type: 'button', 'aria-label': label } });
    button.addEventListener('click', run);
    td.append(button);
  } else {
    td.textContent = data.text;
  }
  return td;
}

export function renderTable(model: TableModel): HTMLTableElement {
  const [rowHeader = '', ...dataColumns] = model.columns;
  const head = h('tr', {}, [
    h('th', { text: rowHeader, attrs: { scope: 'col' } }),
    ...dataColumns.map((c) => h('th', { text: c, attrs: { scope: 'col' } })),
  ]);
  const body = model.rows.map((row) =>
    h('tr', {}, [h('th', { text: row.header, attrs: { scope: 'row' } }), ...row.cells.map((c) => cell('td', c))]),
  );
  const foot = model.footer
    ? h('tfoot', {}, [
        h('tr', {}, [
          h('th', { text: model.footer.header, attrs: { scope: 'row' } }),
          ...model.footer.cells.map((c) => cell('td', c)),
        ]),
      ])
    : null;
  return h('table', { class: 'data-table' }, [
    h('caption', { text: model.caption }),
    h('thead', {}, [head]),
    h('tbody', {}, body),
    foot,
  ]);
}

export interface TableToggle {
  /** The toggle button (goes in the card's footer). */
  button: HTMLButtonElement;
  /**
   * The region holding the table. Closed, it is visually hidden but stays in the accessibility tree
   * (screen readers read and use it as it is) and out of the tab order; open, it shows and its value
   * buttons and scroll area take the keyboard.
   */
  region: HTMLElement;
  setTable(table: HTMLTableElement): void;
}

export function createTableToggle(what = 'data table'): TableToggle {
  const regionId = uniqueId('table');
  const region = h('div', { class: 'table-region', attrs: { id: regionId } });
  const button = h('button', {
    class: 'table-toggle',
    text: `Show ${what}`,
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': regionId },
  });
  let open = false;
  const syncTabOrder = () => {
    for (const el of region.querySelectorAll<HTMLElement>('.table-scroll, button')) el.tabIndex = open ? 0 : -1;
  };
  button.addEventListener('click', () => {
    open = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = `${open ? 'Hide' : 'Show'} ${what}`;
    region.classList.toggle('is-open', open);
    syncTabOrder();
  });
  return {
    button,
    region,
    setTable(table) {
      const caption = table.caption?.textContent ?? what;
      // A focusable, labelled region: wide tables scroll sideways from the keyboard too.
      region.replaceChildren(h('div', { class: 'table-scroll', attrs: { role: 'region', 'aria-label': caption } }, [table]));
      syncTabOrder();
    },
  };
}
