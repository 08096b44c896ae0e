/** For 405 responses: which methods the app serves on a path that exists under another method. */

interface RouteEntry {
  method: string;
  path: string;
}

function patternToRegExp(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * Methods registered for `path`, ignoring middleware (`ALL`); GET implies HEAD.
 * @example allowedMethods(app.routes, '/api/stories') // ['GET', 'HEAD', 'POST']
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    if (patternToRegExp(route.path).test(path)) methods.add(route.method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
