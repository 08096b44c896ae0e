/** Typed reads of the Framelens JSON API (same origin). Errors carry the API's `{ error }` code. */
import type {
  ApiError,
  ArticleDetailResponse,
  RulesResponse,
  StoryListResponse,
  StoryResponse,
} from '../../../worker/api-types';

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

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `Request failed with status ${response.status}`,
    );
  }
  return (await response.json()) as T;
}

const seg = encodeURIComponent;

export const api = {
  stories: () => getJson<StoryListResponse>('/api/stories'),
  /** The story payload; `rev` pins a revision (widgets). */
  story: (slug: string, rev?: number) =>
    getJson<StoryResponse>(`/api/stories/${seg(slug)}${rev === undefined ? '' : `?rev=${rev}`}`),
  article: (slug: string, id: number) =>
    getJson<ArticleDetailResponse>(`/api/stories/${seg(slug)}/articles/${seg(String(id))}`),
  rules: () => getJson<RulesResponse>('/api/rules'),
};
