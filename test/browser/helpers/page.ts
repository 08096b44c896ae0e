/**
 * Opening a page in a fresh browser context while recording what went wrong: console errors (CSP
 * violations appear there too), uncaught exceptions and failed requests (network failures and HTTP
 * responses ≥ 400). Tests assert `expectNoProblems(session)` at the end.
 *
 * @example
 * const session = await openPage(browser, `/stories/${DEMO_SLUG}`, { colorScheme: 'dark' });
 * try {
 *   await waitForChartsDrawn(session.page);
 *   …
 *   expectNoProblems(session);
 * } finally {
 *   await session.close();
 * }
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { url } from './server';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  close(): Promise<void>;
}

export interface OpenPageOptions {
  /** Default 1280×800 (the desktop screenshot size). */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Let the test inject scripts despite the page's CSP (axe-core: helpers/axe.ts). Only where
   * needed: with it, a CSP violation by the page itself would go unnoticed.
   */
  bypassCSP?: boolean;
  /** Statuses ≥ 400 that are expected (e.g. 404 for a not-found page test) and not problems. */
  allowStatuses?: readonly number[];
  /** Extra context options (deviceScaleFactor, isMobile, hasTouch, …). */
  context?: BrowserContextOptions;
  /** When navigation counts as done (default 'load'). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

/**
 * A fresh context and page, listening for problems, then navigated to `path`: a server path
 * ("/stories/x"), an absolute URL, or null to stay on about:blank.
 */
export async function openPage(browser: Browser, path: string | null, options: OpenPageOptions = {}): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    bypassCSP: options.bypassCSP ?? false,
    ...options.context,
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  const allowed = new Set(options.allowStatuses ?? []);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowed.has(response.status())) {
      problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });
  if (path !== null) await page.goto(path.startsWith('http') ? path : url(path), { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, problems, close: () => context.close() };
}

/** Fails with every recorded problem listed. */
export function expectNoProblems(session: PageSession): void {
  expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
}
