/** Middleware that puts a drizzle instance over `env.DB` into `c.var.db`. */
import { createMiddleware } from 'hono/factory';
import { createDb } from '../db/client';
import type { AppEnv } from '../types';

export const withDatabase = createMiddleware<AppEnv>(async (c, next) => {
  c.set('db', createDb(c.env.DB));
  await next();
});
