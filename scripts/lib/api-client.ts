/** A small client for the Framelens HTTP API, used by the seed, ingest and reanalyze CLIs. */

export interface ApiTarget {
  baseUrl: string;
  token?: string;
}

/** A non-2xx answer, carrying the API's `{ error: { code, message } }`. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Thrown when nothing answers at the base URL. */
export class ServerUnreachableError extends Error {
  constructor(readonly baseUrl: string, cause: unknown) {
    super(`No Framelens server answers at ${baseUrl} (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = 'ServerUnreachableError';
  }
}

/**
 * Sends a JSON request; resolves with the status and parsed body of a 2xx, throws otherwise.
 * @example const { status, body } = await apiRequest(target, 'POST', '/api/stories', { slug, title });
 */
export async function apiRequest<T = unknown>(
  target: ApiTarget,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (target.token && method !== 'GET') headers.Authorization = `Bearer ${target.token}`;
  let res: Response;
  try {
    res = await fetch(new URL(path, target.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new ServerUnreachableError(target.baseUrl, error);
  }
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    const error = (parsed as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiRequestError(res.status, error?.code ?? 'http_error', error?.message ?? `${method} ${path} → HTTP ${res.status}`);
  }
  return { status: res.status, body: parsed as T };
}

/** True when a Framelens server answers /healthz at `baseUrl`. */
export async function isServerUp(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('/healthz', baseUrl), { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}
