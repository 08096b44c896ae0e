/** GET /api/openapi.json: an OpenAPI 3.1 document generated from the zod schemas. */
import { describe, expect, it } from 'vitest';
import { json, request } from './helpers';

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme: string }> };
}

describe('GET /api/openapi.json', () => {
  it('describes every API route (other routers may add more)', async () => {
    const res = await request('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const doc = await json<OpenApiDocument>(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Framelens API');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /healthz',
        'GET /api/stories',
        'POST /api/stories',
        'GET /api/stories/{slug}',
        'GET /api/stories/{slug}/articles/{id}',
        'POST /api/stories/{slug}/articles',
        'DELETE /api/articles/{id}',
        'GET /api/stories/{slug}/metrics.csv',
        'POST /api/analyze',
        'POST /api/admin/reanalyze',
      ]),
    );
  });

  it('marks writes as needing the bearer token and documents their errors', async () => {
    const doc = await json<OpenApiDocument>(await request('/api/openapi.json'));
    expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ingest = doc.paths['/api/stories/{slug}/articles']!.post!;
    expect(ingest.security).toEqual([{ adminToken: [] }]);
    expect(Object.keys(ingest.responses).sort()).toEqual(['200', '201', '400', '401', '404', '409', '413', '415', '422', '429']);
    expect(Object.keys(ingest.requestBody!.content)).toEqual(['application/json']);
    expect(doc.paths['/api/analyze']!.post!.security).toBeUndefined();
  });

  it('states the article length limit on text, html and the 413 response', async () => {
    const doc = await json<OpenApiDocument>(await request('/api/openapi.json'));
    const body = doc.components.schemas.IngestBody as { properties: Record<string, { description?: string }> };
    expect(body.properties.text!.description).toContain('at most 49,152 characters (about 8,000 words; a longer text gets 413)');
    expect(body.properties.html!.description).toContain('its text counts towards the limit, not its markup');
    expect(doc.paths['/api/analyze']!.post!.responses['413']).toMatchObject({ description: 'Body larger than 256 KB, or article text longer than 49,152 characters' });
  });

  it('names the shared schemas', async () => {
    const doc = await json<OpenApiDocument>(await request('/api/openapi.json'));
    for (const name of ['StoryResponse', 'ArticleSummary', 'ArticleDetailResponse', 'ArticleAnalysis', 'Evidence', 'IngestBody', 'Error']) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
  });
});
