/**
 * The seeded local server that test/browser/global-setup.ts started for this run.
 *
 * @example
 * await page.goto(url(`/stories/${DEMO_SLUG}`));
 * const payload = await getJson<StoryResponse>(`/api/stories/${DEMO_SLUG}`);
 */
import { inject } from 'vitest';

/** The demo story every browser test can rely on (seeded from demo/stories, never modified). */
export const DEMO_SLUG = 'xi-biden-election-2024';

/** The server's base URL, e.g. http://127.0.0.1:43121. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** ADMIN_TOKEN of the server, for tests that write (to stories of their own). */
export function adminToken(): string {
  return inject('adminToken');
}

/** An absolute URL on the server for `path` ("/stories/x"). */
export function url(path: string): string {
  return new URL(path, baseUrl()).href;
}

/** GET a JSON API path from Node (not through the browser); throws on a non-2xx status. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(url(path), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
