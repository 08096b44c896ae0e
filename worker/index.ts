/**
 * The Worker: middleware, routers, one error handler, one not-found handler. Everything else lives
 * in routes/ (HTTP), db/ (queries) and analysis/ (the pure analyser).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { adminRouter } from './routes/admin';
import { analyzeRouter } from './routes/analyze';
import { articlesRouter } from './routes/articles';
import { chartCsvRouter } from './routes/chart-csv';
import { embedRouter } from './routes/embed';
import { healthRouter } from './routes/health';
import { metricsCsvRouter } from './routes/metrics-csv';
import { oembedRouter } from './routes/oembed';
import { mountOpenApi } from './routes/openapi';
import { pagesRouter } from './routes/pages';
import { rulesRouter } from './routes/rules';
import { storiesRouter } from './routes/stories';
import { teachingPagesRouter } from './routes/teaching-pages';
import { allowedMethods } from './lib/allowed-methods';
import { readOnlyCors } from './lib/cors';
import { withDatabase } from './lib/database';
import { rateLimit } from './lib/rate-limit';
import { ApiError, codeForStatus, errorBody } from './lib/errors';
import { securityHeaders } from './lib/security-headers';
import { forgetVersionsOnWrite } from './lib/version-memo';
import { validationHook } from './lib/validation';
import type { AppEnv } from './types';

const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

app.use('*', securityHeaders);
app.use('/api/*', readOnlyCors);
app.use('/api/*', rateLimit);
app.use('/api/*', forgetVersionsOnWrite);
app.use('*', withDatabase);

app.route('/', healthRouter);
app.route('/', storiesRouter);
app.route('/', articlesRouter);
app.route('/', metricsCsvRouter);
app.route('/', analyzeRouter);
app.route('/', adminRouter);
app.route('/', rulesRouter);
app.route('/', pagesRouter);
app.route('/', teachingPagesRouter);
app.route('/', chartCsvRouter);
app.route('/', oembedRouter);
app.route('/', embedRouter);
mountOpenApi(app);

app.onError((error, c) => {
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message), error.status, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json(errorBody(codeForStatus(error.status), error.message || 'Bad request.'), error.status);
  }
  console.error('unhandled error', c.req.method, c.req.path, error);
  return c.json(errorBody('internal_error', 'Something went wrong on our side.'), 500);
});

app.notFound((c) => {
  const allow = allowedMethods(app.routes, c.req.path);
  if (allow.length > 0) {
    return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed here; use ${allow.join(', ')}.`), 405, {
      Allow: allow.join(', '),
    });
  }
  return c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404);
});

export default app;
