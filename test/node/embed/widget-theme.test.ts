/**
 * Forced widget themes (dashboard/src/embed/widget-theme.css) repeat the token values of
 * styles/tokens.css: `[data-theme=dark]` must equal the dark block, and `[data-theme=light]` must
 * restore the light value of every token the dark block changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../dashboard/src/${path}`, import.meta.url), 'utf8');

/** The custom properties declared in the first `{ … }` block after `selector`. */
function block(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector}`);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim().replace(/\s+/g, ' ')]));
}

const tokens = read('styles/tokens.css');
const widget = read('embed/widget-theme.css');
const light = block(tokens, ':root {');
const dark = block(tokens.slice(tokens.indexOf('@media (prefers-color-scheme: dark)')), ':root {');

describe('widget themes', () => {
  it('forces exactly the dark tokens', () => {
    expect(Object.keys(dark).length).toBeGreaterThan(10);
    expect(block(widget, ":root[data-theme='dark']")).toEqual(dark);
  });

  it('forces the light value of every token the dark theme changes', () => {
    const forcedLight = block(widget, ":root[data-theme='light']");
    expect(Object.keys(forcedLight).sort()).toEqual(Object.keys(dark).sort());
    for (const [name, value] of Object.entries(forcedLight)) expect([name, value]).toEqual([name, light[name]]);
  });
});
