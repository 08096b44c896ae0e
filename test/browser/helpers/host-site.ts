/**
 * A newsroom site on ANOTHER origin than Framelens, for embed tests: a tiny Node HTTP server on a
 * free 127.0.0.1 port serving the given HTML pages by path (everything else 404). A different port
 * is a different origin, so the browser applies the same cross-origin rules as on a real news site.
 *
 * @example
 * const site = await serveHostSite({ '/article.html': `<!doctype html>…${oembed.html}` });
 * try { await page.goto(site.url('/article.html')); } finally { await site.close(); }
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveHostSite(pages: Record<string, string>): Promise<HostSite> {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://host').pathname];
    res.writeHead(page === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page ?? 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
