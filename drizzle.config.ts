/**
 * drizzle-kit 0.31: `npm run db:generate` writes SQL migrations to migrations/ from worker/db/schema.ts.
 * Migrations are applied by wrangler only (`wrangler d1 migrations apply`), never by drizzle-kit.
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema.ts',
  out: './migrations',
});
