/**
 * Checks for the XSS browser tests: open a page recording dialogs, and assert that no payload ran
 * (no `__xss…` flag, no dialog), no element came out of a payload, and the page logged no CSP
 * violation or other problem.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoProblems, openPage, type PageSession } from './helpers/page';
import { url } from './helpers/server';

export type CheckedSession = PageSession & { dialogs: string[] };

/** Opens a page, recording every dialog (and dismissing it). */
export async function open(browser: Browser, path: string): Promise<CheckedSession> {
  const session = await openPage(browser, null);
  const dialogs: string[] = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await session.page.goto(url(path), { waitUntil: 'load' });
  return { ...session, dialogs };
}

/** Flags set by payloads that ran. */
export function ranPayloads(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__xss')));
}

/**
 * Elements that could only have come from a payload parsed as markup: any event-handler attribute,
 * any javascript: URL, an <img src=x>, an inline <script>, an <iframe>.
 */
export function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (el) =>
          [...el.attributes].some((attr) => attr.name.startsWith('on') || /^\s*javascript:/i.test(attr.value)) ||
          (el.tagName === 'IMG' && el.getAttribute('src') === 'x') ||
          (el.tagName === 'SCRIPT' && !el.hasAttribute('src')) ||
          el.tagName === 'IFRAME',
      )
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Everything the page shows as text, in DOM order (includes <option> labels). */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

export async function expectSafe(session: CheckedSession): Promise<void> {
  expect(await ranPayloads(session.page)).toEqual([]);
  expect(session.dialogs).toEqual([]);
  expect(await injectedMarkup(session.page)).toEqual([]);
  expectNoProblems(session);
}

