/** Widget URLs (worker/widgets/options.ts): what the Worker and the widget page both read. */
import { describe, expect, it } from 'vitest';
import { parseWidgetUrl, widgetId, widgetPath, type WidgetOptions } from '../../../worker/widgets/options';

const parse = (path: string, query = '') => parseWidgetUrl(path, new URLSearchParams(query));

function options(path: string, query = ''): WidgetOptions {
  const parsed = parse(path, query);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

describe('parseWidgetUrl', () => {
  it('reads every chart kind with defaults: auto theme, all outlets, own voice, interactive, latest revision', () => {
    expect(options('/embed/xi-biden/profile')).toEqual({
      slug: 'xi-biden',
      chart: { kind: 'profile' },
      theme: 'auto',
      outlets: null,
      metrics: null,
      voice: 'outlet',
      static: false,
      rev: null,
      id: null,
    });
    expect(options('/embed/xi-biden/metric/scareQuotes').chart).toEqual({ kind: 'metric', metric: 'scareQuotes' });
    for (const kind of ['sourcing', 'citations', 'headlines'] as const) expect(options(`/embed/s/${kind}`).chart).toEqual({ kind });
  });

  it('reads every option', () => {
    expect(options('/embed/s/profile', 'theme=dark&outlets=rt, cnn,unattributed,rt&metric=hedging,boosters&voice=quoted&static=1&rev=6&id=fl:box_1.a-b&utm_source=x')).toMatchObject({
      theme: 'dark',
      outlets: ['rt', 'cnn', 'unattributed'],
      metrics: ['hedging', 'boosters'],
      voice: 'quoted',
      static: true,
      rev: 6,
      id: 'fl:box_1.a-b',
    });
    expect(options('/embed/s/sourcing', 'static=0').static).toBe(false);
    expect(options('/embed/s/sourcing', 'static=true').static).toBe(true);
    expect(options('/embed/s/sourcing', 'rev=0').rev).toBe(0);
  });

  it.each([
    ['/embed/s/pie'],
    ['/embed/s/metric'],
    ['/embed/s/metric/nope'],
    ['/embed/s/metric/hedging/more'],
    ['/embed/s/profile/'],
    ['/embed/s'],
    ['/embed//profile'],
    ['/embed/S-Upper/profile'],
    ['/embed/a--b/profile'],
    [`/embed/${'a'.repeat(81)}/profile`],
    ['/stories/s'],
  ])('answers 404 for %s', (path) => {
    expect(parse(path)).toEqual({ ok: false, status: 404, message: 'There is no chart at this address.' });
  });

  it.each([
    ['theme=Dark', 'theme must be light, dark or auto (got "Dark").'],
    ['voice=both', 'voice must be outlet or quoted (got "both").'],
    ['static=yes', 'static must be 1 or 0 (got "yes").'],
    ['rev=1e3', 'rev must be a story revision number such as 3 (got "1e3").'],
    ['rev=1234567890', 'rev must be a story revision number such as 3 (got "1234567890").'],
    ['id=' + 'x'.repeat(65), 'id must be 1 to 64 letters, digits, "-", "_", "." or ":".'],
    ['id=<b>', 'id must be 1 to 64 letters, digits, "-", "_", "." or ":".'],
    ['outlets=cnn,', 'outlets must be a comma-separated list with no empty entries (got "cnn,").'],
    ['outlets=' + Array.from({ length: 21 }, (_, i) => `o${i}`).join(','), 'outlets may list at most 20 outlets.'],
    ['metric=hedging,Hedging', 'metric must list metric keys (hedging, skepticism, scareQuotes, boosters, anonymousSources, namedSources, directQuotes, loadedVerbs, neutralVerbs, citations); "Hedging" is not one.'],
    ['rev=1&rev=2', 'rev is given 2 times; give it once.'],
    ['theme=' + 'x'.repeat(60), `theme must be light, dark or auto (got "${'x'.repeat(40)}…").`],
  ])('answers 400 for ?%s', (query, message) => {
    expect(parse('/embed/s/profile', query)).toEqual({ ok: false, status: 400, message });
  });

  it('refuses options a chart does not take', () => {
    expect(parse('/embed/s/metric/hedging', 'metric=boosters')).toMatchObject({ status: 400, message: expect.stringContaining('metric applies to the profile chart only') });
    for (const kind of ['sourcing', 'citations', 'headlines']) {
      expect(parse(`/embed/s/${kind}`, 'voice=quoted')).toMatchObject({ status: 400, message: expect.stringContaining(`the ${kind} chart has no voice option`) });
    }
    expect(options('/embed/s/metric/hedging', 'voice=quoted').voice).toBe('quoted');
  });
});

describe('widgetPath', () => {
  it('writes options in a fixed order, leaving defaults out, so one widget has one URL', () => {
    expect(widgetPath('s', { kind: 'profile' })).toBe('/embed/s/profile');
    expect(widgetPath('s', { kind: 'metric', metric: 'hedging' }, { id: 'a', voice: 'quoted', rev: 3, theme: 'auto', static: false, outlets: ['rt', 'cnn'] })).toBe(
      '/embed/s/metric/hedging?rev=3&outlets=rt,cnn&voice=quoted&id=a',
    );
    expect(widgetPath('s', { kind: 'profile' }, { metrics: ['hedging', 'boosters'], static: true, theme: 'light', voice: 'outlet' })).toBe(
      '/embed/s/profile?theme=light&metric=hedging,boosters&static=1',
    );
  });

  it('round-trips through parseWidgetUrl', () => {
    const original = options('/embed/s/profile', 'id=x&static=1&voice=quoted&metric=boosters&outlets=rt&theme=dark&rev=2');
    const { slug, chart, ...query } = original;
    const url = new URL(widgetPath(slug, chart, query), 'https://f.example');
    expect(options(url.pathname, url.search)).toEqual(original);
  });

  it('names widgets for embed codes by story and chart', () => {
    expect(widgetId('xi-biden', { kind: 'metric', metric: 'hedging' })).toBe('framelens-xi-biden-metric-hedging');
    expect(widgetId('a'.repeat(80), { kind: 'profile' })).toHaveLength(64);
  });
});
