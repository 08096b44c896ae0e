/**
 * Fuzzing every route with fast-check: random methods, paths (route templates with hostile
 * parameters, random segments, percent-encodings, dot segments, very long), query strings, headers
 * (Content-Type, Authorization — including the right token) and bodies (random JSON, random bytes,
 * huge and odd strings, wrong types, unknown fields, near-valid bodies). Whatever arrives, the Worker
 * never answers 5xx, and every 4xx from `/api/*` or `/oembed` is a JSON `{ error: { code, message } }`.
 * Pages may answer with an HTML 404 page. Run counts are bounded so the suite stays fast.
 */
import fc from 'fast-check';
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker';
import { ADMIN_TOKEN, ingest, makeStory, ORIGIN, sampleArticle } from './helpers';

let storySlug = 'fuzz-story';
let articleId = 1;

beforeAll(async () => {
  storySlug = await makeStory({ title: 'Fuzz target' });
  articleId = (await ingest(storySlug, { outlet: 'Fuzz Wire', text: sampleArticle('fuzz') })).id;
});

// ---- paths ---------------------------------------------------------------------------------------

const percentBytes = fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));

/** One hostile path segment. */
const segment = fc.oneof(
  fc.constantFrom('.', '..', '%2e', '%2E%2E', '%2F', '%2f..', '%00', '%', '%zz', '%E0%A4%A', '%C0%AF', '~', '*', ';', ',', '@', '\\', '%5C'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent),
  percentBytes,
  fc.stringMatching(/^[a-z0-9-]{1,30}$/),
  fc.integer({ min: -5, max: 2 ** 40 }).map(String),
  fc.constantFrom('1e3', '0x10', '9999999999999999999999', ' 1', '1.0'),
  fc.nat({ max: 6000 }).map((n) => 'a'.repeat(n)),
);

/** A slug parameter: the real story, or something hostile. */
const slugParam = fc.oneof(fc.constant(() => storySlug), segment.map((s) => () => s));
const idParam = fc.oneof(fc.constant(() => String(articleId)), segment.map((s) => () => s));

/** Route templates with their parameters filled in (lazily: the real slug exists only at run time). */
const routePath = fc.oneof(
  fc.constantFrom('/api/stories', '/api/analyze', '/api/admin/reanalyze', '/api/openapi.json', '/api/rules', '/healthz', '/oembed', '/', '/try', '/method', '/embed.js', '/api', '/api/'),
  slugParam.map((slug) => `/api/stories/${slug()}`),
  fc.tuple(slugParam, idParam).map(([slug, id]) => `/api/stories/${slug()}/articles/${id()}`),
  slugParam.map((slug) => `/api/stories/${slug()}/articles`),
  slugParam.map((slug) => `/api/stories/${slug()}/metrics.csv`),
  idParam.map((id) => `/api/articles/${id()}`),
  slugParam.map((slug) => `/stories/${slug()}`),
  fc.tuple(slugParam, fc.constantFrom('profile', 'metric/hedging', 'sourcing', 'citations', 'headlines', 'nope')).map(([slug, chart]) => `/embed/${slug()}/${chart}`),
);

const randomPath = fc
  .tuple(fc.constantFrom('/', '/api/', '/api/stories/', '/embed/', '/stories/'), fc.array(segment, { maxLength: 6 }), fc.boolean())
  .map(([prefix, parts, slash]) => `${prefix}${parts.join('/')}${slash ? '/' : ''}`);

// ---- query strings -------------------------------------------------------------------------------

const queryKey = fc.oneof(fc.constantFrom('rev', 'url', 'format', 'maxwidth', 'maxheight', 'theme', 'outlets', 'metric', 'voice', 'static', 'limit', 'rev[]', '__proto__', 'constructor'), fc.string({ maxLength: 10 }));
/** URLs of the real story and its widgets (for `/oembed?url=`), built when generated. */
const storyUrl = fc
  .constantFrom('/stories/', '/embed/', '/api/stories/')
  .chain((prefix) => fc.constantFrom('', '/profile', '/metric/hedging', '/nope').map((suffix) => () => `${ORIGIN}${prefix}${storySlug}${prefix === '/embed/' ? suffix || '/profile' : suffix}`));

const queryValue = fc.oneof(
  fc.constantFrom('', '0', '1', '-1', '1.5', '999999999999', 'NaN', 'json', 'xml', 'dark', 'javascript:alert(1)', `https://framelens.test/stories/x`, 'http://[::1', '%', '%00'),
  storyUrl.map((u) => u()),
  fc.string({ maxLength: 30 }),
  fc.nat({ max: 3000 }).map((n) => '9'.repeat(n)),
);
const query = fc
  .array(fc.tuple(queryKey, queryValue, fc.boolean()), { maxLength: 5 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&')}` : ''));

// ---- headers -------------------------------------------------------------------------------------

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=latin1', 'application/json;charset="utf-8"', 'text/plain', 'text/html', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', ';', 'application/json; charset'),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);
const authorization = fc.option(
  fc.oneof(
    fc.constantFrom(`Bearer ${ADMIN_TOKEN}`, `bearer  ${ADMIN_TOKEN} `, 'Bearer wrong', 'Bearer', 'Bearer ', 'Basic dGVzdDp0ZXN0', `Bearer ${ADMIN_TOKEN}x`, `Bearer ${'x'.repeat(10_000)}`),
    fc.string({ maxLength: 40 }),
  ),
  { nil: undefined },
);

// ---- bodies --------------------------------------------------------------------------------------

const oddString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', 'a\udc00b', '\u202e', '\ufeff', '<script>alert(1)</script>', '=HYPERLINK("x")', 'javascript:alert(1)', '{{constructor.constructor("alert(1)")()}}'),
  fc.nat({ max: 300_000 }).map((n) => 'w '.repeat(Math.ceil(n / 2))),
);
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }));
const field = fc.oneof(oddString, wrongType);
const plausibleBody = fc.record(
  {
    slug: fc.oneof(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/), field),
    title: field,
    summary: field,
    eventDate: fc.oneof(fc.constantFrom('2024-01-30', '2023-02-29', '0000-00-00'), field),
    text: fc.oneof(fc.constant(sampleArticle('fuzz-body')), field),
    html: fc.oneof(fc.constantFrom('<p>Officials <b>may</b> delay.</p>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'), field),
    outlet: fc.oneof(field, fc.record({ name: field, country: field, homepage: field }, { requiredKeys: [] })),
    headline: field,
    url: fc.oneof(fc.constantFrom('https://example.com/a', 'javascript:alert(1)', 'http://', 'data:text/html,x'), field),
    published: field,
    passage: fc.oneof(fc.boolean(), field),
    limit: fc.oneof(fc.integer({ min: -5, max: 200 }), field),
    unexpected: field,
    __proto__: field,
  },
  { requiredKeys: [] },
);

/** Bodies that pass validation with random (possibly hostile) text, so the write reaches D1. */
const storedArticle = fc.record(
  {
    outlet: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }), country: fc.constantFrom('US', 'FR') })),
    headline: fc.string({ minLength: 1, maxLength: 80 }),
    url: fc.webUrl(),
    text: fc.string({ minLength: 1, maxLength: 400 }).map((extra) => `${sampleArticle()}\n\n${extra}`),
  },
  { requiredKeys: ['text'] },
);

const body = fc.oneof(
  plausibleBody.map((b) => JSON.stringify(b)),
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.uint8Array({ maxLength: 2048 }),
  oddString,
  fc.constantFrom('', '{', '{"text":', '[', 'null', '"x"', '{"text":"a"} trailing', '\ufeff{"text":"a"}', '{"text":"\\ud800"}', '{"a":'.repeat(2000)),
);

// ---- requests ------------------------------------------------------------------------------------

const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const fuzzRequest = fc
  .record({ method, path: fc.oneof({ weight: 3, arbitrary: routePath }, { weight: 1, arbitrary: randomPath }), query, contentType, authorization, body })
  .map(({ method: m, path, query: q, contentType: type, authorization: auth, body: b }): FuzzRequest => {
    const headers: Record<string, string> = {};
    if (type !== undefined) headers['Content-Type'] = type;
    if (auth !== undefined) headers.Authorization = auth;
    return { method: m, path: `${path}${q}`, headers, ...(m === 'GET' || m === 'HEAD' ? {} : { body: b }) };
  });

/** Strings fetch() refuses to send (not ByteStrings, line breaks) cannot come from a real client either. */
function sendable(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    try {
      new Headers({ [name]: value });
      kept[name] = value;
    } catch {
      // dropped: not a valid header value
    }
  }
  return kept;
}

/**
 * Sends a request to the app with the test bindings.
 * NOTE: not SELF.fetch: under vitest-pool-workers every SELF.fetch makes the next one slower
 * (cloudflare/workers-sdk#15446), which a few hundred fuzz requests turn into minutes.
 */
async function send(req: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(req, env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** Whether an error response must be the API's JSON error. */
function isDataPath(pathname: string): boolean {
  return pathname === '/oembed' || pathname === '/api' || pathname.startsWith('/api/');
}

async function check(req: FuzzRequest): Promise<void> {
  let url: URL;
  try {
    url = new URL(`${ORIGIN}${req.path}`);
  } catch {
    return; // not a URL a client could send
  }
  const res = await send(new Request(url, { method: req.method, headers: sendable(req.headers), body: req.body }));
  const text = await res.text();
  const label = `${req.method} ${url.pathname.slice(0, 200)}${url.search.slice(0, 100)} → ${res.status}: ${text.slice(0, 300)}`;
  // oEmbed answers a format other than JSON with 501, as its spec asks (https://oembed.com/ 2.3.4).
  const notImplemented = res.status === 501 && url.pathname === '/oembed';
  if (!notImplemented) expect(res.status, label).toBeLessThan(500);
  if (res.status >= 400 && isDataPath(url.pathname) && req.method !== 'HEAD') {
    expect(res.headers.get('Content-Type'), label).toMatch(/^application\/json/);
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(Object.keys(parsed), label).toEqual(['error']);
    expect(typeof parsed.error?.code === 'string' && parsed.error.code.length > 0, label).toBe(true);
    expect(typeof parsed.error?.message === 'string' && parsed.error.message.length > 0, label).toBe(true);
  }
}

describe('fuzzing every route', () => {
  it('never answers 5xx, and answers API errors as JSON { error: { code, message } }', async () => {
    await fc.assert(fc.asyncProperty(fuzzRequest, check), { numRuns: 1000, seed: Number(process.env.FUZZ_SEED) || undefined });
  }, 120_000);

  it('holds for writes with the right token, a JSON content type and any body (the paths that parse, validate and store)', async () => {
    const write = fc
      .record({
        path: fc.oneof(
          fc.constant(() => '/api/stories'),
          fc.constant(() => `/api/stories/${storySlug}/articles`),
          slugParam.map((slug) => () => `/api/stories/${slug()}/articles`),
          fc.constant(() => '/api/analyze'),
          fc.constant(() => '/api/admin/reanalyze'),
        ),
        body: fc.oneof(body, storedArticle.map((b) => JSON.stringify(b))),
        contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8'),
      })
      .map(({ path, body: b, contentType: type }): FuzzRequest => ({
        method: 'POST',
        path: path(),
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': type },
        body: b,
      }));
    await fc.assert(fc.asyncProperty(write, check), { numRuns: 400 });
  }, 120_000);

  it('holds for oEmbed and widget requests about the real story, with odd sizes, formats and options', async () => {
    const size = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 99_999 }).map(String) }, { weight: 1, arbitrary: queryValue });
    const oembed = fc
      .record({
        target: fc.oneof({ weight: 3, arbitrary: storyUrl.map((u) => u()) }, { weight: 1, arbitrary: queryValue }),
        maxwidth: fc.option(size, { nil: undefined }),
        maxheight: fc.option(size, { nil: undefined }),
        format: fc.option(fc.oneof({ weight: 3, arbitrary: fc.constant('json') }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom('xml', 'JSON', ''), queryValue) }), { nil: undefined }),
        extra: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: query }),
      })
      .map(({ target, maxwidth, maxheight, format, extra }): FuzzRequest => {
        const params = new URLSearchParams({ url: target });
        if (maxwidth !== undefined) params.set('maxwidth', maxwidth);
        if (maxheight !== undefined) params.set('maxheight', maxheight);
        if (format !== undefined) params.set('format', format);
        return { method: 'GET', path: `/oembed?${params}${extra.replace(/^\?/, '&')}`, headers: {} };
      });
    const widget = fc
      .tuple(fc.constantFrom('profile', 'metric/hedging', 'metric/nope', 'sourcing', 'citations', 'headlines', 'x/y/z'), query)
      .map(([chart, q]): FuzzRequest => ({ method: 'GET', path: `/embed/${storySlug}/${chart}${q}`, headers: {} }));
    await fc.assert(fc.asyncProperty(fc.oneof(oembed, widget), check), { numRuns: 200 });
  }, 120_000);

  it('holds for deletes of real, deleted and malformed article ids', async () => {
    const ids = fc.oneof(fc.constant(() => String(articleId)), idParam);
    await fc.assert(
      fc.asyncProperty(ids, authorization, async (id, auth) => {
        await check({ method: 'DELETE', path: `/api/articles/${id()}`, headers: auth ? { Authorization: auth } : {} });
      }),
      { numRuns: 100 },
    );
  });
});
