import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineProject({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: `${root}wrangler.toml` },
      miniflare: {
        bindings: {
          ADMIN_TOKEN: 'test-admin-token',
          TEST_MIGRATIONS: await readD1Migrations(`${root}migrations`),
        },
        // Test-only rate limits: every test here shares one client key (SELF.fetch sends no
        // CF-Connecting-IP), so the real limits would trip across tests. TEST_TIGHT_RATE_LIMITER is
        // swapped in by test/workers/rate-limit.test.ts to show the limit triggering; the limits in
        // wrangler.toml are exercised against `wrangler dev` in test/node/hardening/.
        ratelimits: {
          ANALYZE_RATE_LIMITER: { namespace_id: '7101', simple: { limit: 1_000_000, period: 60 } },
          WRITE_RATE_LIMITER: { namespace_id: '7102', simple: { limit: 1_000_000, period: 60 } },
          TEST_TIGHT_RATE_LIMITER: { namespace_id: '7199', simple: { limit: 3, period: 60 } },
        },
      },
    })),
  ],
  test: {
    name: 'workers',
    root,
    include: ['test/workers/**/*.test.ts'],
    setupFiles: ['test/workers/apply-migrations.ts'],
  },
});
