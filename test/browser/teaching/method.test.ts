/**
 * /method in real Chromium, checked against the analyser's data loaded in Node: every term the
 * lexicon lists (so every term the matchers use) is rendered, every documented entry, rule, guard
 * and term list has its own anchor, every metric its definition, the versions are the running ones,
 * and every method card of docs/validity.json is shown with its figures and counts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import validity from '../../../docs/validity.json';
import type { ValidityReport } from '../../../scripts/eval/types';
import { ANALYZER_VERSION, LEXICON, LEXICON_VERSION, METRIC_DEFINITIONS, analyze } from '../../../worker/analysis';
import { MATCHER_TERMS } from '../../../worker/analysis/nlp/phrases';
import { LIMITATIONS } from '../../../dashboard/src/teaching/limitations';
import { lexiconTermSet } from '../../node/teaching/lexicon-terms';
import { launchChromium } from '../helpers/chromium';
import { expectNoProblems, openPage, type PageSession } from '../helpers/page';
import { saveScreenshot } from '../helpers/screenshots';

const report = validity as ValidityReport;

/** Ids of every object in the lexicon data that has an id and either a rationale or a term list. */
function lexiconIds(data: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) lexiconIds(item, out);
  else if (data !== null && typeof data === 'object') {
    const node = data as Record<string, unknown>;
    if (typeof node.id === 'string' && (typeof node.rationale === 'string' || Array.isArray(node.pattern))) out.add(node.id);
    for (const value of Object.values(node)) lexiconIds(value, out);
  }
  return out;
}

let browser: Browser;
let session: PageSession;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openPage(browser, '/method');
  page = session.page;
  await page.locator('.entry').first().waitFor();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
});

describe('the methodology page', () => {
  it('lists every lexicon term the analyser uses, exactly as in the data', async () => {
    analyze({ text: 'warm-up so that every matcher module is loaded' });
    const shown = new Set(await page.locator('[data-term]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.term ?? '')));
    const listed = lexiconTermSet(LEXICON);
    expect(listed.size).toBeGreaterThan(1000);
    expect([...listed].filter((term) => !shown.has(term))).toEqual([]);
    expect([...shown].filter((term) => !listed.has(term))).toEqual([]);
    expect([...MATCHER_TERMS].filter((term) => !shown.has(term))).toEqual([]);
    // Terms are text: the page shows each term element's own term.
    const mismatched = await page.locator('[data-term]').evaluateAll((els) => els.filter((el) => el.textContent !== (el as HTMLElement).dataset.term).length);
    expect(mismatched).toBe(0);
  });

  it('gives every entry, rule, guard and term list its own anchor, with its rationale', async () => {
    const anchors = new Set(await page.locator('[id^="rule-"]').evaluateAll((els) => els.map((el) => el.id.slice('rule-'.length))));
    expect([...lexiconIds(LEXICON)].filter((id) => !anchors.has(id))).toEqual([]);
    const soCalled = page.locator('[id="rule-skepticism.so-called"]');
    expect(await soCalled.locator('.entry__why').first().textContent()).toBe(LEXICON.lexical.find((e) => e.id === 'skepticism.so-called')?.rationale);
    expect(await soCalled.locator('[data-term]').allTextContents()).toEqual(['so-called', 'so called']);
    const legal = page.locator('[id="rule-guard.alleged-legal"]');
    expect(await legal.locator('.guard__kind').textContent()).toBe('Not in a sentence with');
    expect(await page.locator('[id="rule-hedging.modal-may"] .entry__category').textContent()).toBe('epistemic');
  });

  it('defines every metric, states the versions and the limits of a count', async () => {
    for (const definition of METRIC_DEFINITIONS) {
      const block = page.locator(`#metric-${definition.key}`);
      expect(await block.locator('h3').textContent()).toBe(`Aa ${definition.label}`);
      expect(await block.locator('p').textContent()).toBe(definition.description);
    }
    const versions = page.locator('.method-versions');
    expect(await versions.getAttribute('data-analyzer-version')).toBe(ANALYZER_VERSION);
    expect(await versions.getAttribute('data-lexicon-version')).toBe(LEXICON_VERSION);
    expect(await versions.textContent()).toContain(`Analyser ${ANALYZER_VERSION} · lexicon ${LEXICON_VERSION}`);
    const limits = await page.locator('#limits li strong').allTextContents();
    expect(limits).toEqual(LIMITATIONS.map((l) => `${l.title}. `));
  });

  it('shows every method card with its figures and the counts behind them', async () => {
    expect(await page.locator('[data-card]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.card))).toEqual(report.cards.map((c) => c.metric));
    for (const card of report.cards) {
      const rows = page.locator(`[data-card="${card.metric}"] tbody tr`);
      expect(await rows.count()).toBe(card.results.length);
    }
    const hedging = report.cards.find((c) => c.metric === 'hedging');
    const factbank = hedging?.results.find((r) => r.corpus === 'factbank' && r.level === 'sentence' && r.variant === 'main');
    if (!factbank) throw new Error('validity.json has no FactBank sentence figure');
    const row = page.locator('[data-card="hedging"] tbody tr[data-corpus="factbank"][data-level="sentence"][data-variant="main"]');
    const fig = (v: number | null) => (v === null ? '—' : v.toFixed(2));
    expect(await row.locator('td').allTextContents()).toEqual([
      'test', 'sentence', 'main', fig(factbank.precision), fig(factbank.recall), fig(factbank.f1),
      String(factbank.tp), String(factbank.fp), String(factbank.fn), String(factbank.n), factbank.note,
    ]);
    expect(await page.locator('.method-provenance').textContent()).toContain(`analyser ${report.analyzerVersion}, lexicon ${report.lexiconVersion}`);
    await page.locator('#validity').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'method-validity');
    await page.locator('#hedging').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'method-hedging');
    expectNoProblems(session);
  });
});
