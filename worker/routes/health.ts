/** GET /healthz — liveness for the local server harness and uptime checks. */
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, jsonResponse } from '../lib/router';

export const healthRouter = createRouter();

healthRouter.openapi(
  createRoute({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness',
    responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), 'The Worker is up') },
  }),
  (c) => c.json({ ok: true as const }, 200),
);
