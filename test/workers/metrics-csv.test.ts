/** GET /api/stories/:slug/metrics.csv */
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../worker/analysis';
import { METRICS_CSV_HEADER } from '../../worker/routes/metrics-csv';
import { errorOf, ingest, makeStory, request, sampleArticle } from './helpers';

/** A small RFC 4180 parser, enough to read back what the endpoint writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('GET /api/stories/:slug/metrics.csv', () => {
  it('has one row per article × metric × voice, in analyser order', async () => {
    const slug = await makeStory();
    const cnn = await ingest(slug, { outlet: { name: 'CNN', country: 'US' }, published: '2024-01-30', text: sampleArticle('a') });
    const anon = await ingest(slug, { text: sampleArticle('b') });
    const res = await request(`/api/stories/${slug}/metrics.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}-r2-metrics.csv"`);
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...METRICS_CSV_HEADER]);
    expect(rows).toHaveLength(1 + 2 * 20);
    expect(rows[1]).toEqual([slug, String(cnn.id), 'CNN', 'US', 'Officials may delay the vote a', '2024-01-30', '', '46', 'hedging', 'outlet', '5', '121.95', cnn.article.analyzerVersion, cnn.article.lexiconVersion]);
    expect(rows.slice(1, 21).map((r) => `${r[8]}/${r[9]}`)).toEqual(METRIC_KEYS.flatMap((k) => [`${k}/outlet`, `${k}/quoted`]));
    expect(rows[21]?.slice(0, 4)).toEqual([slug, String(anon.id), '', '']);
  });

  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', async () => {
    const slug = await makeStory();
    const outlets = ['=HYPERLINK("http://evil.example","click")', '+SUM(1,2)', '-2+3', '@cmd', 'Plain, "quoted" name'];
    for (const [i, outlet] of outlets.entries()) {
      await ingest(slug, { outlet, headline: i === 0 ? '=1+1 headline' : `Headline ${i}`, text: sampleArticle(`csv-${i}`) });
    }
    const rows = parseCsv(await (await request(`/api/stories/${slug}/metrics.csv`)).text()).slice(1);
    const byOutlet = [...new Set(rows.map((r) => r[2]))];
    expect(byOutlet).toEqual([
      '\'=HYPERLINK("http://evil.example","click")',
      "'+SUM(1,2)",
      "'-2+3",
      "'@cmd",
      'Plain, "quoted" name',
    ]);
    expect(rows[0]?.[4]).toBe("'=1+1 headline");
    const raw = await (await request(`/api/stories/${slug}/metrics.csv`)).text();
    expect(raw).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(raw).toContain('"Plain, ""quoted"" name"');
  });

  it('pins a revision with ?rev=N', async () => {
    const slug = await makeStory();
    await ingest(slug, { outlet: 'A', text: sampleArticle('a') });
    await ingest(slug, { outlet: 'B', text: sampleArticle('b') });
    const res = await request(`/api/stories/${slug}/metrics.csv?rev=1`);
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}-r1-metrics.csv"`);
    const rows = parseCsv(await res.text()).slice(1);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['A']));
    expect((await request(`/api/stories/${slug}/metrics.csv?rev=3`)).status).toBe(404);
  });

  it('gives just the header for a story without articles, and 404 JSON for an unknown story', async () => {
    const slug = await makeStory();
    expect(await (await request(`/api/stories/${slug}/metrics.csv`)).text()).toBe(`${METRICS_CSV_HEADER.join(',')}\r\n`);
    const missing = await request('/api/stories/no-such-story/metrics.csv');
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('not_found');
  });
});
