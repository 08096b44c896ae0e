/** GET /api/openapi.json — OpenAPI 3.1, generated from the routes' zod schemas. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';

export const OPENAPI_PATH = '/api/openapi.json';

/** Serves the document for every route registered on `app` (call after mounting them). */
export function mountOpenApi(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The ADMIN_TOKEN Workers secret; required by every write.',
  });
  app.doc31(OPENAPI_PATH, (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'Framelens API',
      version: '1.0.0',
      description: 'How different news outlets framed the same story: explainable framing metrics with the spans behind them.',
    },
    servers: [{ url: new URL(c.req.url).origin }],
  }));
}
