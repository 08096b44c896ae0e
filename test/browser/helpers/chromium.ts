/**
 * Real headless Chromium for browser tests and benchmarks: the binary from @sparticuz/chromium
 * (unpacked to /tmp/chromium on first use; no download) driven by playwright-core.
 *
 * @example
 * const browser = await launchChromium();
 * try { … } finally { await browser.close(); }
 *
 * Launch once per test file (beforeAll/afterAll) and open a fresh context per test (helpers/page.ts).
 */
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/**
 * @sparticuz/chromium's flags are tuned for AWS Lambda. Three are dropped so the browser behaves
 * like a reader's: `--single-process` (several pages at once are steadier with a renderer process
 * each), and `--disable-web-security` / `--allow-running-insecure-content` (the same-origin policy
 * and CORS must apply, e.g. to cross-origin embeds). CSP is enforced either way.
 */
const DROPPED_FLAGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export const CHROMIUM_ARGS: readonly string[] = sparticuz.args.filter((flag) => !DROPPED_FLAGS.has(flag));

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    args: [...CHROMIUM_ARGS],
    headless: true,
    timeout: 60_000,
  });
}
