/**
 * GET /embed/:slug/:chart — the widget pages journalists embed (profile, metric/:key, sourcing,
 * citations, headlines). The path and query are read by worker/widgets/options.ts, checked against
 * the story (lib/widget-target.ts) and answered with the widget page, or an error page saying what
 * is wrong: 400 for a bad option, 404 for an unknown story, revision or chart. Pages carry an ETag
 * (304 on If-None-Match); any site may frame them (lib/security-headers.ts).
 */
import { Hono } from 'hono';
import { widgetErrorPage, widgetPage } from '../lib/widget-page';
import { resolveWidget } from '../lib/widget-target';
import type { AppEnv } from '../types';
import { parseWidgetUrl } from '../widgets/options';

export const embedRouter = new Hono<AppEnv>();

embedRouter.get('/embed/*', async (c) => {
  const url = new URL(c.req.url);
  const parsed = parseWidgetUrl(url.pathname, url.searchParams);
  if (!parsed.ok) return widgetErrorPage(c, parsed.status, parsed.message);
  const resolved = await resolveWidget(c.var.db, parsed.options);
  if (!resolved.ok) return widgetErrorPage(c, resolved.status, resolved.message);
  return widgetPage(c, resolved.target);
});
