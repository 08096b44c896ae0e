import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs every project:
 * - workers: integration (SELF.fetch) and unit tests inside workerd with a real local D1
 * - node: the analyser, scripts and evaluation code in plain Node
 * - browser: real Chromium (playwright-core) against a seeded local `wrangler dev`
 */
export default defineConfig({
  test: {
    projects: ['test/workers/vitest.config.ts', 'test/node/vitest.config.ts', 'test/browser/vitest.config.ts'],
  },
});
