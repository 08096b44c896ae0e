/**
 * The Worker's page routes against the real runtime: pretty URLs serve the built pages, an unknown
 * story gets the 404 page with status 404, and GET /api/rules explains the rules evidence carries.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RulesResponse } from '../../worker/api-types';
import { waitForChartsDrawn } from './helpers/charts';
import { launchChromium } from './helpers/chromium';
import { expectNoProblems, openPage } from './helpers/page';
import { DEMO_SLUG, getJson, url } from './helpers/server';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('page routes', () => {
  it('serves the home page at / listing the demo story', async () => {
    const session = await openPage(browser, '/');
    try {
      const link = session.page.locator(`a[href="/stories/${DEMO_SLUG}"]`);
      await link.waitFor();
      expect(await link.textContent()).toBe('Xi promised Biden China would not interfere in the 2024 US election');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('serves the story page at /stories/:slug and draws its charts', async () => {
    const session = await openPage(browser, `/stories/${DEMO_SLUG}`);
    try {
      await waitForChartsDrawn(session.page);
      expect(await session.page.title()).toBe('Xi promised Biden China would not interfere in the 2024 US election · Framelens');
      expect(await session.page.locator('h1').textContent()).toBe('Xi promised Biden China would not interfere in the 2024 US election');
      expectNoProblems(session);
    } finally {
      await session.close();
    }
  });

  it('answers an unknown story with the 404 page and status 404', async () => {
    const response = await fetch(url('/stories/no-such-story'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Not found · Framelens</title>');
    const malformed = await fetch(url('/stories/Not_A_Slug'));
    expect(malformed.status).toBe(404);
  });

  it('lets browsers revalidate the story page (ETag, 304)', async () => {
    const first = await fetch(url(`/stories/${DEMO_SLUG}`));
    await first.arrayBuffer();
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('Cache-Control')).toBe('public, no-cache');
    const again = await fetch(url(`/stories/${DEMO_SLUG}`), { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/rules', () => {
  it('explains the rule behind RT’s scare quote, with its metric, rationale and example', async () => {
    const { rules, analyzerVersion } = await getJson<RulesResponse>('/api/rules');
    expect(analyzerVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const rule = rules.find((r) => r.id === 'scareQuotes.unattributed');
    expect(rule?.metric).toBe('scareQuotes');
    expect(rule?.rationale).toMatch(/^A quote of 1–4 words/);
    expect(rule?.examples).toContain('Xi gave Biden promise on 2024 election ‘interference’');
  });

  it('gives lexicon entries a label from their terms and guards a null metric', async () => {
    const { rules } = await getJson<RulesResponse>('/api/rules');
    const soCalled = rules.find((r) => r.id === 'skepticism.so-called');
    expect(soCalled).toMatchObject({ metric: 'skepticism', label: '“so-called”, “so called”' });
    expect(rules.find((r) => r.id === 'guard.alleged-legal')?.metric).toBeNull();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('revalidates with its ETag (304)', async () => {
    const first = await fetch(url('/api/rules'));
    await first.arrayBuffer();
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"\d+\.\d+\.\d+-fnv1a-[0-9a-f]+"$/);
    expect((await fetch(url('/api/rules'), { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});
