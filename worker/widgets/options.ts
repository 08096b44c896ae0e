/**
 * Widget URLs — `/embed/:slug/:chart?options` — parsed and built in one place, shared by the Worker
 * (which answers 400/404 pages and oEmbed) and the widget page itself (which draws what the URL
 * asks for). Pure: no DOM, no Workers APIs.
 *
 * Charts: `profile`, `metric/:key`, `sourcing`, `citations`, `headlines`. Options: `theme`,
 * `outlets`, `metric` (profile only), `voice` (profile and metric only), `static`, `rev`, `id`.
 * Parameters not listed here (cache busters, tracking) are ignored.
 */
import { METRIC_KEYS, type MetricKey, type Voice } from '../analysis/types';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../lib/slug';

export const WIDGET_KINDS = ['profile', 'metric', 'sourcing', 'citations', 'headlines'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

export type WidgetChart = { kind: 'metric'; metric: MetricKey } | { kind: Exclude<WidgetKind, 'metric'> };

export const WIDGET_THEMES = ['light', 'dark', 'auto'] as const;
export type WidgetTheme = (typeof WIDGET_THEMES)[number];

/** The outlet slug that selects articles without an outlet. */
export const UNATTRIBUTED_SLUG = 'unattributed';

export interface WidgetOptions {
  slug: string;
  chart: WidgetChart;
  theme: WidgetTheme;
  /** Outlet slugs to show, in the order given (`unattributed` allowed); null shows every article. */
  outlets: string[] | null;
  /** Profile only: the metrics to show, in order; null shows the profile's default metrics. */
  metrics: MetricKey[] | null;
  voice: Voice;
  /** No interaction and no animation (print, screenshots). */
  static: boolean;
  /** Pinned story revision; null follows the latest. */
  rev: number | null;
  /** Set by the embed code so host pages can tell widgets apart in `framelens:height` messages. */
  id: string | null;
}

export type WidgetParse =
  | { ok: true; options: WidgetOptions }
  | { ok: false; status: 400 | 404; message: string };

/** Charts whose numbers depend on the voice (the others count both voices or none). */
export const VOICED_KINDS: readonly WidgetKind[] = ['profile', 'metric'];

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_OUTLETS = 20;

const isMetric = (value: string): value is MetricKey => (METRIC_KEYS as readonly string[]).includes(value);

/** Quotes a user-supplied value for an error message, shortened. */
function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

class OptionError extends Error {}

function chartFrom(segments: string[]): WidgetChart | null {
  const [kind, key, ...rest] = segments;
  if (rest.length > 0) return null;
  if (kind === 'metric') return key !== undefined && isMetric(key) ? { kind: 'metric', metric: key } : null;
  if (key !== undefined) return null;
  return kind === 'profile' || kind === 'sourcing' || kind === 'citations' || kind === 'headlines' ? { kind } : null;
}

/** One value of a parameter; a parameter given twice is an error rather than a silent pick. */
function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1) throw new OptionError(`${name} is given ${values.length} times; give it once.`);
  return values[0] ?? null;
}

function commaList(name: string, raw: string): string[] {
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw new OptionError(`${name} must be a comma-separated list with no empty entries (got ${shown(raw)}).`);
  }
  return [...new Set(items)];
}

function parseOutlets(raw: string | null): string[] | null {
  if (raw === null) return null;
  const outlets = commaList('outlets', raw);
  for (const outlet of outlets) {
    if (outlet.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(outlet)) {
      throw new OptionError(`outlets must list outlet slugs such as "cnn" or "${UNATTRIBUTED_SLUG}" (got ${shown(outlet)}).`);
    }
  }
  if (outlets.length > MAX_OUTLETS) throw new OptionError(`outlets may list at most ${MAX_OUTLETS} outlets.`);
  return outlets;
}

function parseMetrics(raw: string | null, chart: WidgetChart): MetricKey[] | null {
  if (raw === null) return null;
  if (chart.kind !== 'profile') {
    throw new OptionError('metric applies to the profile chart only (the metric chart takes its metric from the path).');
  }
  const metrics = commaList('metric', raw);
  const unknown = metrics.find((m) => !isMetric(m));
  if (unknown !== undefined) {
    throw new OptionError(`metric must list metric keys (${METRIC_KEYS.join(', ')}); ${shown(unknown)} is not one.`);
  }
  return metrics as MetricKey[];
}

function parseVoice(raw: string | null, chart: WidgetChart): Voice {
  if (raw === null) return 'outlet';
  if (!VOICED_KINDS.includes(chart.kind)) {
    throw new OptionError(`voice applies to the profile and metric charts only; the ${chart.kind} chart has no voice option.`);
  }
  if (raw !== 'outlet' && raw !== 'quoted') throw new OptionError(`voice must be outlet or quoted (got ${shown(raw)}).`);
  return raw;
}

function parseOptions(slug: string, chart: WidgetChart, query: URLSearchParams): WidgetOptions {
  const theme = single(query, 'theme') ?? 'auto';
  if (!(WIDGET_THEMES as readonly string[]).includes(theme)) {
    throw new OptionError(`theme must be light, dark or auto (got ${shown(theme)}).`);
  }
  const staticFlag = single(query, 'static');
  if (staticFlag !== null && !['1', '0', 'true', 'false'].includes(staticFlag)) {
    throw new OptionError(`static must be 1 or 0 (got ${shown(staticFlag)}).`);
  }
  const rev = single(query, 'rev');
  if (rev !== null && !/^\d{1,9}$/.test(rev)) throw new OptionError(`rev must be a story revision number such as 3 (got ${shown(rev)}).`);
  const id = single(query, 'id');
  if (id !== null && !ID_PATTERN.test(id)) {
    throw new OptionError('id must be 1 to 64 letters, digits, "-", "_", "." or ":".');
  }
  return {
    slug,
    chart,
    theme: theme as WidgetTheme,
    outlets: parseOutlets(single(query, 'outlets')),
    metrics: parseMetrics(single(query, 'metric'), chart),
    voice: parseVoice(single(query, 'voice'), chart),
    static: staticFlag === '1' || staticFlag === 'true',
    rev: rev === null ? null : Number(rev),
    id,
  };
}

/**
 * Reads a widget URL: 404 when the path names no widget, 400 (with a message naming the option)
 * when an option is invalid.
 * @example parseWidgetUrl('/embed/xi-biden-election-2024/metric/hedging', new URLSearchParams('voice=quoted'))
 * // { ok: true, options: { slug: 'xi-biden-election-2024', chart: { kind: 'metric', metric: 'hedging' }, voice: 'quoted', … } }
 */
export function parseWidgetUrl(pathname: string, query: URLSearchParams): WidgetParse {
  const match = /^\/embed\/([^/]+)\/(.+)$/.exec(pathname);
  const slug = match?.[1];
  const chart = match?.[2] ? chartFrom(match[2].split('/')) : null;
  if (!slug || !chart || slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) {
    return { ok: false, status: 404, message: 'There is no chart at this address.' };
  }
  try {
    return { ok: true, options: parseOptions(slug, chart, query) };
  } catch (error) {
    if (error instanceof OptionError) return { ok: false, status: 400, message: error.message };
    throw error;
  }
}

/** The chart part of a widget path: `profile`, `metric/hedging`, … */
export function chartPath(chart: WidgetChart): string {
  return chart.kind === 'metric' ? `metric/${chart.metric}` : chart.kind;
}

/** Options a widget URL can carry besides its story and chart; defaults are left out of URLs. */
export type WidgetQuery = Partial<Omit<WidgetOptions, 'slug' | 'chart'>>;

/**
 * The widget's path and query, options in a fixed order and defaults omitted, so one widget has
 * one URL (oEmbed discovery, embed codes, cache keys).
 * @example widgetPath('xi-biden-election-2024', { kind: 'profile' }, { rev: 6, theme: 'dark' })
 * // '/embed/xi-biden-election-2024/profile?rev=6&theme=dark'
 */
export function widgetPath(slug: string, chart: WidgetChart, query: WidgetQuery = {}): string {
  const params = new URLSearchParams();
  if (query.rev !== undefined && query.rev !== null) params.set('rev', String(query.rev));
  if (query.theme && query.theme !== 'auto') params.set('theme', query.theme);
  if (query.outlets) params.set('outlets', query.outlets.join(','));
  if (query.metrics) params.set('metric', query.metrics.join(','));
  if (query.voice && query.voice !== 'outlet') params.set('voice', query.voice);
  if (query.static) params.set('static', '1');
  if (query.id) params.set('id', query.id);
  const search = params.toString().replace(/%2C/g, ',');
  return `/embed/${slug}/${chartPath(chart)}${search ? `?${search}` : ''}`;
}

/** A widget id for embed codes: stable for one story and chart, so oEmbed answers are cacheable. */
export function widgetId(slug: string, chart: WidgetChart): string {
  return `framelens-${slug}-${chartPath(chart).replace('/', '-')}`.slice(0, 64);
}

/**
 * The oEmbed endpoint's URL for a story or widget page (discovery links, the dashboard's Embed panel).
 * @example oembedUrl('https://f.example', 'https://f.example/stories/s') // 'https://f.example/oembed?url=https%3A%2F%2Ff.example%2Fstories%2Fs&format=json'
 */
export function oembedUrl(origin: string, pageUrl: string): string {
  return `${origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}
