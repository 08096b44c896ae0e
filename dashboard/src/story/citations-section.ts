/**
 * Section 4: who cites whom. Each article, the outlets it credits (how often), and how many other
 * articles in the story credit it: the scoop and its re-reports at a glance, plus the matrix table.
 */
import { createCard } from '../components/card';
import { attachEmbedControl } from '../embed-control/control';
import { createTableToggle, renderTable } from '../components/data-table';
import { buildCitationGraph, summarizeCitations } from '../data/citations';
import { formatSmall } from '../data/format';
import type { LabelledArticle } from '../data/labels';
import { h } from '../lib/dom';

export function createCitationsSection(articles: readonly LabelledArticle[]): HTMLElement {
  const card = createCard({
    id: 'citations',
    number: 4,
    title: 'Who cites whom',
    lede: 'Which outlets each article credits as its source. A story that one outlet broke shows up as one name many others point to.',
  });
  const graph = buildCitationGraph(articles);
  card.setSummary(summarizeCitations(graph));
  const list = h('ol', { class: 'cite-graph', attrs: { 'aria-describedby': card.summary.id } },
    graph.rows.map((row) =>
      h('li', { class: 'cite-row' }, [
        h('div', { class: 'cite-row__from' }, [
          h('span', { class: 'cite-row__label', text: row.label }),
          row.creditedBy > 0
            ? h('span', { class: 'badge badge--credited', text: `credited by ${formatSmall(row.creditedBy)}` })
            : null,
        ]),
        h('span', { class: 'cite-row__arrow', text: row.cited.length ? 'credits' : 'credits no outlet' }),
        row.cited.length
          ? h('ul', { class: 'cite-row__to', attrs: { 'aria-label': `Outlets ${row.label} credits` } },
              row.cited.map((c) =>
                h('li', { class: 'chip' }, [
                  h('span', { text: c.outlet }),
                  h('span', { class: 'chip__count', text: `×${c.count}`, attrs: { 'aria-label': `${c.count} ${c.count === 1 ? 'time' : 'times'}` } }),
                ]),
              ))
          : null,
      ]),
    ),
  );
  const table = createTableToggle('data table');
  table.setTable(
    renderTable({
      caption: 'Citations of other outlets, per article',
      columns: ['Article', ...graph.outlets, 'Total'],
      rows: graph.rows.map((row) => ({
        header: row.label,
        cells: [
          ...graph.outlets.map((outlet) => {
            const count = row.cited.find((c) => c.outlet.toLowerCase() === outlet.toLowerCase())?.count ?? 0;
            return { text: count ? String(count) : '—', value: count };
          }),
          { text: String(row.total), value: row.total },
        ],
      })),
    }),
  );
  attachEmbedControl(card, 'citations');
  card.body.append(list, h('div', { class: 'card__foot' }, [table.button]), table.region);
  return card.root;
}
