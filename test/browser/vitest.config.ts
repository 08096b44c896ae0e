import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Browser tests: real Chromium (playwright-core + @sparticuz/chromium) against ONE seeded
 * `wrangler dev` started by global-setup.ts on a free port. Files run one after another (one
 * browser at a time on a 2-core machine); timeouts are generous because wrangler and Chromium
 * start slowly. Needs the built dashboard (`npm run build`; `npm test` runs it first).
 */
export default defineProject({
  test: {
    name: 'browser',
    root,
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
