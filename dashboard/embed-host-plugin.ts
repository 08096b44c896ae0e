/**
 * Builds the widget host script (src/embed-host/embed.ts) to a fixed, unhashed name, `embed.js` at
 * the root of the build, because journalists' embed codes load it as `<origin>/embed.js`. It is
 * emitted as its own Rollup chunk: no imports, so the ES output runs as a classic `<script async>`.
 */
import type { Plugin } from 'vite';

export function embedHostScript(entry: string): Plugin {
  return {
    name: 'framelens-embed-host',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, fileName: 'embed.js' });
    },
  };
}
