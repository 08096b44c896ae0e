/** GET /api/stories/:slug/citations.csv and headlines.csv — "Get the data" for the non-metric widgets. */
import { describe, expect, it } from 'vitest';
import { CITATIONS_CSV_HEADER, HEADLINES_CSV_HEADER } from '../../worker/routes/chart-csv';
import { csvRecords, readCsv } from './csv-reader';
import { errorOf, getStory, ingest, makeStory, request, sampleArticle } from './helpers';
import { makeWidgetStory } from './widget-fixtures';

describe('citations.csv', () => {
  it('has one row per article and outlet it credits (merged as the chart merges them), and a row for articles crediting none', async () => {
    const slug = await makeStory();
    const cnn = await ingest(slug, {
      outlet: 'CNN',
      text: `${sampleArticle('c')}\n\nThe talks stalled, reuters said, and AP reported more.`,
    });
    const bare = await ingest(slug, { outlet: 'Bare', text: 'Officials met on Tuesday.\n\nThey talked about the weather for an hour and then left the building.' });
    const res = await request(`/api/stories/${slug}/citations.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}-r2-citations.csv"`);
    const text = await res.text();
    expect(readCsv(text)[0]).toEqual([...CITATIONS_CSV_HEADER]);
    const records = csvRecords(text);
    const cited = cnn.article.citations.map((c) => c.outlet.toLowerCase());
    expect(cited).toContain('reuters');
    const cnnRows = records.filter((r) => r.article_id === String(cnn.id));
    expect(cnnRows.find((r) => r.cited_outlet === 'Reuters')?.count).toBe(String(cited.filter((c) => c === 'reuters').length));
    expect(cnnRows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(cnn.article.citations.length);
    expect(records.filter((r) => r.article_id === String(bare.id))).toEqual([
      { story: slug, article_id: String(bare.id), outlet: 'Bare', headline: bare.article.headline ?? '', cited_outlet: '', count: '0' },
    ]);
  });
});

describe('headlines.csv', () => {
  it('has one row per marker in a headline, with its text, offsets and rule, and pins revisions', async () => {
    const { slug, ids } = await makeWidgetStory('Headline markers');
    const payload = await getStory(slug);
    const res = await request(`/api/stories/${slug}/headlines.csv?rev=2`);
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}-r2-headlines.csv"`);
    const text = await res.text();
    expect(readCsv(text)[0]).toEqual([...HEADLINES_CSV_HEADER]);
    const records = csvRecords(text);
    expect(new Set(records.map((r) => r.article_id))).toEqual(new Set([String(ids.cnn), String(ids.rt)]));
    const cnn = payload.articles.find((a) => a.id === ids.cnn)!;
    expect(cnn.headlineEvidence.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.article_id === String(ids.cnn))).toEqual(
      cnn.headlineEvidence.map((e) => ({
        story: slug,
        article_id: String(ids.cnn),
        outlet: 'CNN',
        published: cnn.published ?? '',
        headline: cnn.headline ?? '',
        marker_metric: e.metric,
        marker_text: e.text,
        marker_start: String(e.start),
        marker_end: String(e.end),
        rule_id: e.ruleId,
      })),
    );
    expect(cnn.headline!.slice(cnn.headlineEvidence[0]!.start, cnn.headlineEvidence[0]!.end)).toBe(cnn.headlineEvidence[0]!.text);
  });

  it('answers 404 for an unknown story or a revision it has not reached', async () => {
    expect((await request('/api/stories/no-such-story/headlines.csv')).status).toBe(404);
    const { slug } = await makeWidgetStory('Revisions');
    const res = await request(`/api/stories/${slug}/citations.csv?rev=4`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toBe(`Story "${slug}" has no revision 4 (its latest is 3).`);
  });
});
