/**
 * Section 5: who names whom. A people × articles table: byline, quoted, mentioned or absent, with a
 * "left out" row counting the people each article omits that others name. The table is the chart.
 */
import { createCard } from '../components/card';
import { buildPeopleMatrix, summarizePeople, type NamingRole } from '../data/people';
import type { LabelledArticle } from '../data/labels';
import { h } from '../lib/dom';

const ROLE_TEXT: Record<NamingRole, { label: string; icon: string }> = {
  byline: { label: 'Byline', icon: '✎' },
  quoted: { label: 'Quoted', icon: '❝' },
  mentioned: { label: 'Mentioned', icon: '•' },
};

function roleCell(role: NamingRole | null): HTMLTableCellElement {
  if (!role) return h('td', { class: 'role role--none' }, [h('span', { class: 'visually-hidden', text: 'Not named' }), h('span', { text: '—', attrs: { 'aria-hidden': 'true' } })]);
  const { label, icon } = ROLE_TEXT[role];
  return h('td', { class: `role role--${role}`, dataset: { role } }, [
    h('span', { class: 'role__icon', text: icon, attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'role__label', text: label }),
  ]);
}

export function createPeopleSection(articles: readonly LabelledArticle[]): HTMLElement {
  const card = createCard({
    id: 'people',
    number: 5,
    title: 'Who names whom',
    lede: 'Every person an article names, and how: in the byline, quoted as a source, or only mentioned. Gaps show who each outlet leaves out.',
  });
  const matrix = buildPeopleMatrix(articles);
  card.setSummary(summarizePeople(matrix));
  const legend = h('ul', { class: 'role-legend', attrs: { 'aria-label': 'Key' } },
    (Object.keys(ROLE_TEXT) as NamingRole[]).map((role) =>
      h('li', { class: `role role--${role}` }, [
        h('span', { class: 'role__icon', text: ROLE_TEXT[role].icon, attrs: { 'aria-hidden': 'true' } }),
        h('span', { class: 'role__label', text: ROLE_TEXT[role].label }),
      ]),
    ),
  );
  const table = h('table', { class: 'data-table people-table', attrs: { 'aria-describedby': card.summary.id } }, [
    h('caption', { text: 'People named in each article' }),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { text: 'Person', attrs: { scope: 'col' } }),
        ...matrix.columns.map((c) => h('th', { text: c.label, attrs: { scope: 'col' } })),
      ]),
    ]),
    h('tbody', {}, matrix.rows.map((row) =>
      h('tr', {}, [h('th', { text: row.name, attrs: { scope: 'row' } }), ...row.cells.map(roleCell)]),
    )),
    h('tfoot', {}, [
      h('tr', {}, [
        h('th', { text: 'Left out', attrs: { scope: 'row' } }),
        ...matrix.leftOut.map((n) => h('td', { text: `${n} of ${matrix.rows.length}`, dataset: { value: String(n) } })),
      ]),
    ]),
  ]);
  card.body.append(
    legend,
    matrix.rows.length
      ? h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'People by article (scrolls sideways)' } }, [table])
      : h('p', { class: 'card__hint', text: 'No people were found in these articles.' }),
  );
  return card.root;
}
