/**
 * Vite build of the dashboard: a multi-page static site in dist/dashboard, served by Workers Static
 * Assets (wrangler.toml `[assets]`). The Worker serves the pretty URLs (`/`, `/stories/:slug`) by
 * fetching these built pages from the ASSETS binding (worker/routes/pages.ts).
 *
 * NOTE: a page's styles come in through ONE stylesheet that @imports the rest in cascade order
 * (e.g. src/styles/story-page.css). CSS that several pages import from TypeScript goes into a shared
 * chunk that Vite links after the page's own CSS, so overriding rules (print) would lose.
 * The benchmark builds its own variants (scripts/bench-page.ts), not through this file.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embedHostScript } from './embed-host-plugin';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(() => {
  return {
    root: here('./'),
    base: '/',
    publicDir: here('./public'),
    plugins: [embedHostScript(here('./src/embed-host/embed.ts'))],
    build: {
      outDir: here('../dist/dashboard'),
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
          classroom: here('./classroom.html'),
          exercise: here('./exercise.html'),
          handout: here('./handout.html'),
          try: here('./try.html'),
          method: here('./method.html'),
          embed: here('./embed.html'),
        },
      },
    },
  };
});
