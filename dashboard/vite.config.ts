/**
 * Vite build of the dashboard: a multi-page static site in dist/dashboard, served by Workers Static
 * Assets (wrangler.toml `[assets]`). The Worker serves the pretty URLs (`/`, `/stories/:slug`) by
 * fetching these built pages from the ASSETS binding (worker/routes/pages.ts).
 *
 * `--mode full-chartjs` builds the benchmark variant (scripts/bench-page.ts): the same pages, but with
 * the whole Chart.js bundle (`chart.js/auto`) instead of the pieces we register, into
 * dist/dashboard/__bench/full so the local server can serve it from the same origin.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embedHostScript } from './embed-host-plugin';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export const FULL_CHARTJS_MODE = 'full-chartjs';
export const FULL_CHARTJS_BASE = '/__bench/full/';

export default defineConfig(({ mode }) => {
  const fullChartJs = mode === FULL_CHARTJS_MODE;
  return {
    root: here('./'),
    base: fullChartJs ? FULL_CHARTJS_BASE : '/',
    publicDir: fullChartJs ? false : here('./public'),
    plugins: [embedHostScript(here('./src/embed-host/embed.ts'))],
    resolve: {
      alias: fullChartJs
        ? [{ find: /^.*\/chart-setup$/, replacement: here('./src/charts/chart-setup-full.ts') }]
        : [],
    },
    build: {
      outDir: fullChartJs ? here('../dist/dashboard/__bench/full') : here('../dist/dashboard'),
      emptyOutDir: true,
      target: 'es2022',
      // One small CSS file and a few JS chunks per page; no inline scripts (CSP `script-src 'self'`).
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rollupOptions: {
        input: {
          index: here('./index.html'),
          story: here('./story.html'),
          '404': here('./404.html'),
          embed: here('./embed.html'),
        },
      },
    },
  };
});
