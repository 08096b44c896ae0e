/**
 * The story page on the seeded demo story, in real Chromium: every article reaches every chart
 * (read through the table alternatives, values checked against the API), RT's ‘interference’ is a
 * highlighted scare quote, a click on RT's skepticism bar (at its pixel position on the canvas) and
 * the keyboard both take the reader to RT's flashing highlights, and nothing logs an error.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, StoryResponse } from '../../worker/api-types';
import { barPosition, waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { expectNoProblems, openPage, type PageSession } from './helpers/page';
import { DEMO_SLUG, getJson } from './helpers/server';

const LABELS = ['CNN', 'India Today', 'Mothership', 'RT', 'Unattributed'];

let browser: Browser;
let payload: StoryResponse;
let rt: ArticleSummary;

beforeAll(async () => {
  payload = await getJson<StoryResponse>(`/api/stories/${DEMO_SLUG}`);
  const found = payload.articles.find((a) => a.label === 'RT');
  if (!found) throw new Error('the demo story has no RT article');
  rt = found;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openStory(options: Parameters<typeof openPage>[2] = {}): Promise<PageSession> {
  const session = await openPage(browser, `/stories/${DEMO_SLUG}`, options);
  await waitForChartsDrawn(session.page);
  return session;
}

/** Texts of a table's row headers (tbody th). */
function rowHeaders(table: Locator): Promise<string[]> {
  return table.locator('tbody th').allTextContents();
}

/** A table cell by row header and column header. */
async function cell(table: Locator, row: string, column: string): Promise<Locator> {
  const columns = await table.locator('thead th').allTextContents();
  const index = columns.indexOf(column);
  if (index < 0) throw new Error(`no column "${column}" in ${JSON.stringify(columns)}`);
  return table.locator('tbody tr', { has: table.page().locator(`th:text-is("${row}")`) }).locator(':scope > *').nth(index);
}

/** True once some element matching `selector` is flashing and inside the viewport. */
function flashingInView(page: Page, selector: string): Promise<unknown> {
  return page.waitForFunction((sel) => {
    return [...document.querySelectorAll(sel)].some((el) => {
      const box = el.getBoundingClientRect();
      return el.classList.contains('is-flashing') && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
  }, selector, { timeout: 10_000 });
}

describe('every article in every chart (through the table alternatives)', () => {
  let session: PageSession;

  beforeAll(async () => {
    session = await openStory();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the framing profile has the five articles, with the API’s per-1,000-words values', async () => {
    const table = session.page.locator('#profile table');
    expect(await rowHeaders(table)).toEqual(LABELS);
    for (const article of payload.articles) {
      const skepticism = await cell(table, article.label, 'Skepticism / distancing');
      expect(Number(await skepticism.getAttribute('data-value'))).toBe(article.metrics.skepticism.outlet.per1k);
      const hedging = await cell(table, article.label, 'Hedging');
      expect(Number(await hedging.getAttribute('data-value'))).toBe(article.metrics.hedging.outlet.per1k);
    }
    // Specific values, as the reader sees them.
    expect(rt.metrics.skepticism.outlet.per1k).toBe(34.13);
    expect(await (await cell(table, 'RT', 'Skepticism / distancing')).textContent()).toBe('34.1');
    expect(await (await cell(table, 'CNN', 'Hedging')).textContent()).toBe('16.6');
    expect(await (await cell(table, 'Unattributed', 'Hedging')).textContent()).toBe('9.9');
    // The chart itself draws one bar series per article, under the same labels.
    const datasets = await session.page.locator('[data-chart="profile"]').evaluate(
      (el) => (el as HTMLElement & { framelensChart: { data: { datasets: { label: string }[] } } }).framelensChart.data.datasets.map((d) => d.label),
    );
    expect(datasets).toEqual(LABELS);
  });

  it('the summary sentence is computed from the same data', async () => {
    expect(await session.page.locator('#profile .card__summary').textContent()).toBe(
      'RT used 34.1 skepticism markers per 1,000 words, 31× the next outlet (CNN, 1.1).',
    );
  });

  it('the sourcing chart has the five articles with the API’s counts (both voices)', async () => {
    const table = session.page.locator('#sourcing table');
    expect(await rowHeaders(table)).toEqual(LABELS);
    for (const article of payload.articles) {
      const anonymous = article.metrics.anonymousSources.outlet.count + article.metrics.anonymousSources.quoted.count;
      const named = article.metrics.namedSources.outlet.count + article.metrics.namedSources.quoted.count;
      expect(Number(await (await cell(table, article.label, 'Anonymous')).getAttribute('data-value'))).toBe(anonymous);
      expect(Number(await (await cell(table, article.label, 'Named')).getAttribute('data-value'))).toBe(named);
    }
    expect(await (await cell(table, 'CNN', 'Anonymous')).textContent()).toBe('8');
    expect(await (await cell(table, 'CNN', 'Named')).textContent()).toBe('5');
    expect(await (await cell(table, 'Unattributed', 'Named')).textContent()).toBe('1');
  });

  it('who cites whom and who names whom list every article, Unattributed included', async () => {
    const citations = session.page.locator('#citations table');
    expect(await rowHeaders(citations)).toEqual(LABELS);
    expect(await (await cell(citations, 'RT', 'CNN')).textContent()).toBe('6');
    expect(await (await cell(citations, 'Mothership', 'CNN')).textContent()).toBe('4');
    const people = session.page.locator('#people table');
    expect(await people.locator('thead th').allTextContents()).toEqual(['Person', ...LABELS]);
    const wrayAtCnn = await cell(people, 'Christopher Wray', 'CNN');
    expect(await wrayAtCnn.getAttribute('data-role')).toBe('quoted');
    expect(await wrayAtCnn.locator('.role__label').textContent()).toBe('Quoted');
    expect(await (await cell(people, 'Christopher Wray', 'RT')).locator('.visually-hidden').textContent()).toBe('Not named');
    expect(await (await cell(people, 'Xi Jinping', 'Unattributed')).getAttribute('data-role')).toBe('mentioned');
  });

  it('the headlines show RT’s ‘interference’ as a scare quote and Mothership’s “: CNN” as a citation', async () => {
    const rtMark = session.page.locator(`#headlines [data-article-id="${rt.id}"] mark.hl[data-metric="scareQuotes"]`);
    expect(await rtMark.textContent()).toBe('‘interference’');
    const mothership = payload.articles.find((a) => a.label === 'Mothership');
    const credit = session.page.locator(`#headlines [data-article-id="${mothership?.id}"] mark.hl[data-metric="citations"]`);
    expect(await credit.textContent()).toBe(': CNN');
  });

  it('logs no console error and no failed request', () => {
    expectNoProblems(session);
  });
});

describe('the article reader', () => {
  it('highlights RT’s ‘interference’ as a scare quote, and says which rule matched and why', async () => {
    const session = await openStory();
    try {
      const { page } = session;
      await page.locator('#reader select').first().selectOption(String(rt.id));
      const mark = page.locator(`#reader .reader__col[data-article-id="${rt.id}"] mark.hl[data-metrics~="scareQuotes"]`, { hasText: 'interference' }).first();
      await mark.waitFor();
      expect(await mark.textContent()).toBe('‘interference’');
      expect(await mark.getAttribute('data-rule')).toBe('scareQuotes.unattributed');
      const rulesFetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/rules')));
      expect(await rulesFetched()).toBe(false); // not needed before the first tooltip
      await mark.focus();
      const tip = page.locator('#highlight-tip');
      await tip.waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.getElementById('highlight-tip')?.textContent?.includes('Why:'));
      const text = await tip.textContent();
      expect(text).toContain("Scare quotes · outlet's own voice");
      expect(text).toContain('scareQuotes.unattributed');
      expect(await rulesFetched()).toBe(true);
      expect(text).toContain('Why: A quote of 1–4 words, with no sentence inside, that neither its sentence nor the previous one attributes to anyone: the marks signal distance, not quotation.');
      expect(await mark.getAttribute('aria-describedby')).toBe('highlight-tip');
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'hidden' });
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('clicking RT’s skepticism bar on the canvas scrolls to RT’s highlights and flashes them', async () => {
    const session = await openStory();
    try {
      const { page } = session;
      const rtColumn = `#reader .reader__col[data-article-id="${rt.id}"]`;
      expect(await page.locator(rtColumn).count()).toBe(0); // CNN and India Today open first
      const point = await barPosition(page, 'profile', { dataset: 'RT', category: 'Skepticism / distancing' });
      await page.mouse.click(point.x, point.y);
      await flashingInView(page, `${rtColumn} .hl[data-metrics~="skepticism"]`);
      const marks = page.locator(`${rtColumn} .hl[data-metrics~="skepticism"]`);
      expect(await marks.count()).toBe(rt.metrics.skepticism.outlet.count + rt.metrics.skepticism.quoted.count);
      expect(await page.locator(`${rtColumn} .hl.is-flashing`).count()).toBeGreaterThanOrEqual(10);
      expect(await page.evaluate(() => document.activeElement?.closest('.reader__col')?.getAttribute('data-article-id'))).toBe(String(rt.id));
      // "Back" returns to the chart.
      await page.locator('.reader__back').click();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-chart') === 'profile');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('the keyboard does the same: focus the chart, arrow to RT’s skepticism bar, press Enter', async () => {
    const session = await openStory();
    try {
      const { page } = session;
      const frame = page.locator('[data-chart="profile"]');
      await frame.focus();
      // Reading order: five hedging bars (CNN … Unattributed), then skepticism: CNN, India Today, Mothership, RT.
      for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
      expect(await page.locator('.chart-figure:has([data-chart="profile"]) .chart__status').textContent()).toBe(
        'RT, Skepticism / distancing: 34.1 per 1,000 words (own voice).',
      );
      await page.keyboard.press('Enter');
      const rtColumn = `#reader .reader__col[data-article-id="${rt.id}"]`;
      await flashingInView(page, `${rtColumn} .hl[data-metrics~="skepticism"]`);
      expect(await page.evaluate(() => document.activeElement?.matches('.hl[data-metrics~="skepticism"]'))).toBe(true);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('the table’s value buttons are a keyboard equivalent of the bars', async () => {
    const session = await openStory();
    try {
      const { page } = session;
      await page.locator('#sourcing').getByRole('button', { name: 'Show data table' }).click();
      const button = page.getByRole('button', { name: '2: show RT’s anonymous source references in the reader' });
      await button.focus();
      await page.keyboard.press('Enter');
      const rtColumn = `#reader .reader__col[data-article-id="${rt.id}"]`;
      await flashingInView(page, `${rtColumn} .hl[data-metrics~="anonymousSources"]`);
      expect(await page.locator(`${rtColumn} .hl[data-metrics~="anonymousSources"]`).count()).toBe(2);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('the legend filters highlights by metric', async () => {
    const session = await openStory();
    try {
      const { page } = session;
      await page.locator('#reader select').first().selectOption(String(rt.id));
      const skepticism = page.locator(`#reader .reader__col[data-article-id="${rt.id}"] .hl[data-metrics~="skepticism"]`);
      await skepticism.first().waitFor();
      expect(await skepticism.count()).toBe(10);
      const toggle = page.locator('#reader .legend__toggle[data-metric="skepticism"]');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, `#reader .hl[data-metrics~="skepticism"]`);
      expect(await page.locator('#reader .hl[data-metrics~="hedging"]').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Hide all' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#reader mark.hl').length === 0);
      await toggle.click();
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 10, `#reader .reader__col[data-article-id="${rt.id}"] mark.hl[data-metric="skepticism"]`);
      expect(await page.locator('#reader mark.hl:not([data-metrics~="skepticism"])').count()).toBe(0);
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});

describe('profile toggles', () => {
  it('switch to raw counts and quoted voice, updating summary, table and chart in place', async () => {
    const session = await openStory();
    try {
      const { page } = session;
      const table = page.locator('#profile table');
      await page.getByRole('button', { name: 'Raw counts' }).click();
      expect(await (await cell(table, 'RT', 'Skepticism / distancing')).textContent()).toBe(String(rt.metrics.skepticism.outlet.count));
      expect(await page.locator('#profile .card__summary').textContent()).toBe('RT used 10 skepticism markers, 10× the next outlet (CNN, 1).');
      await page.getByRole('button', { name: 'Quoted voice' }).click();
      const cnn = payload.articles.find((a) => a.label === 'CNN');
      expect(await (await cell(table, 'CNN', 'Hedging')).textContent()).toBe(String(cnn?.metrics.hedging.quoted.count));
      expect(await page.locator('#profile .card__summary').textContent()).toBe('CNN was the only outlet to use hedges: 1 hedge inside quotes.');
      const axis = await page.locator('[data-chart="profile"]').evaluate(
        (el) => (el as HTMLElement & { framelensChart: { options: { scales: { x: { title: { text: string } } } } } }).framelensChart.options.scales.x.title.text,
      );
      expect(axis).toBe('Count (quoted voice)');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });
});
