/**
 * Screenshots and PDFs for people to look at, under test-results/browser/ (gitignored). Viewport-sized
 * PNGs by default: full-page captures of long pages are large and rarely looked at.
 *
 * @example
 * await saveScreenshot(page, 'story-desktop'); // test-results/browser/story-desktop.png
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../../../scripts/lib/local-server';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'browser');

function target(name: string, extension: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.${extension}`);
}

/** Saves the viewport (or one element) as PNG; returns the file path. */
export async function saveScreenshot(subject: Page | Locator, name: string): Promise<string> {
  const path = target(name, 'png');
  await subject.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Prints the page to an A4 portrait PDF (print stylesheet applies); returns the file path. */
export async function savePdf(page: Page, name: string): Promise<string> {
  const path = target(name, 'pdf');
  await page.pdf({ path, format: 'A4', printBackground: true });
  return path;
}
