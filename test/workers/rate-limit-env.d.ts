/** The test-only rate limiter declared in test/workers/vitest.config.ts (limit 3 a minute). */
declare namespace Cloudflare {
  interface Env {
    TEST_TIGHT_RATE_LIMITER: RateLimit;
  }
}
