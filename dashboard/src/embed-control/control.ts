/**
 * The "Embed" control of a chart card on the story page: a button in the card's controls that opens
 * a panel under them with the embed code (iframe + host script, as the oEmbed endpoint writes it,
 * pinned to the story's current revision), the oEmbed URL, a PNG of the chart at 2× and the CSV of
 * its data. For the framing profile the panel also offers single metrics and the quoted voice.
 *
 * @example attachEmbedControl(card, 'sourcing');
 */
import './embed-control.css';
import type { Voice } from '../../../worker/analysis/types';
import type { StoryResponse } from '../../../worker/api-types';
import type { WidgetKind, WidgetOptions, WidgetTheme } from '../../../worker/widgets/options';
import type { Card } from '../components/card';
import { metricLabel, PROFILE_METRICS } from '../data/metrics';
import { buildWidgetModel } from '../embed/model';
import { api } from '../lib/api';
import { h, uniqueId } from '../lib/dom';
import { storySlugFrom } from '../lib/route';
import { embedLinks, type EmbedChoice, type EmbedLinks } from './links';
import { renderWidgetPng } from './png';

interface Option<T extends string> {
  value: T;
  label: string;
}

function select<T extends string>(label: string, options: Option<T>[], onChange: (value: T) => void): HTMLElement {
  const id = uniqueId('embed-opt');
  const element = h('select', { attrs: { id } }, options.map((o) => h('option', { text: o.label, attrs: { value: o.value } })));
  element.addEventListener('change', () => onChange(element.value as T));
  return h('span', { class: 'embed-panel__option' }, [h('label', { text: label, attrs: { for: id } }), element]);
}

function field(label: string, control: HTMLTextAreaElement | HTMLInputElement, copy: HTMLButtonElement): HTMLElement {
  const id = uniqueId('embed-field');
  control.id = id;
  control.readOnly = true;
  return h('div', { class: 'embed-panel__field' }, [h('label', { text: label, attrs: { for: id } }), control, copy]);
}

async function copyText(text: string, source: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    source.focus();
    source.select();
    return false;
  }
}

function save(blob: Blob | null, href: string | null, name: string): void {
  const url = blob ? URL.createObjectURL(blob) : href;
  if (!url) return;
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  if (blob) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const chartChoices = (payload: StoryResponse): Option<string>[] => [
  { value: 'profile', label: 'Every framing metric' },
  ...PROFILE_METRICS.map((key) => ({ value: key, label: `${metricLabel(key, payload.metrics)} only` })),
];

/** The charts a story card shows (a single metric is chosen in the profile card's panel). */
export type CardChart = Exclude<WidgetKind, 'metric'>;

function createPanel(kind: CardChart, slug: string, payload: StoryResponse, panel: HTMLElement): void {
  let choice: EmbedChoice = { chart: { kind }, voice: 'outlet', theme: 'auto' };
  let links: EmbedLinks = embedLinks(location.origin, slug, payload.revision, choice);
  const code = h('textarea', { class: 'embed-panel__code', attrs: { rows: 4, spellcheck: 'false' } });
  const oembed = h('input', { class: 'embed-panel__url', attrs: { type: 'text', spellcheck: 'false' } });
  const status = h('p', { class: 'embed-panel__status', attrs: { role: 'status' } });
  const copyCode = h('button', { class: 'table-toggle', text: 'Copy embed code', attrs: { type: 'button' }, dataset: { action: 'copy-code' } });
  const copyOembed = h('button', { class: 'table-toggle', text: 'Copy oEmbed URL', attrs: { type: 'button' }, dataset: { action: 'copy-oembed' } });
  const png = h('button', { class: 'table-toggle', text: 'Download PNG', attrs: { type: 'button' }, dataset: { action: 'png' } });
  const csv = h('a', { class: 'table-toggle', text: 'Download CSV', attrs: { download: '' }, dataset: { action: 'csv' } });
  const preview = h('a', { text: 'Open the widget', attrs: { target: '_blank', rel: 'noopener' } });
  const say = (text: string) => (status.textContent = text);

  const options = (): WidgetOptions => ({
    slug,
    chart: choice.chart,
    theme: choice.theme,
    outlets: null,
    metrics: null,
    voice: choice.chart.kind === 'profile' || choice.chart.kind === 'metric' ? choice.voice : 'outlet',
    static: false,
    rev: payload.revision,
    id: null,
  });

  let request = 0;
  const refresh = async () => {
    links = embedLinks(location.origin, slug, payload.revision, choice);
    oembed.value = links.oembed;
    preview.setAttribute('href', links.widget);
    csv.setAttribute('href', buildWidgetModel(payload, options()).csvUrl);
    const mine = ++request;
    code.value = 'Loading the embed code…';
    const response = await fetch(links.oembed, { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { html?: string; error?: { message: string } };
    if (mine !== request) return;
    code.value = body.html ?? '';
    if (!body.html) say(`Could not get the embed code: ${body.error?.message ?? response.status}`);
  };

  copyCode.addEventListener('click', async () => say((await copyText(code.value, code)) ? 'Embed code copied.' : 'Press Ctrl+C (⌘C) to copy the selected code.'));
  copyOembed.addEventListener('click', async () => say((await copyText(oembed.value, oembed)) ? 'oEmbed URL copied.' : 'Press Ctrl+C (⌘C) to copy the selected URL.'));
  png.addEventListener('click', async () => {
    say('Drawing the PNG…');
    try {
      const image = await renderWidgetPng(buildWidgetModel(payload, options()), panel);
      panel.dataset.pngSize = `${image.width}x${image.height}`;
      save(image.blob, null, links.pngName);
      say(`PNG saved (${image.width} × ${image.height} pixels).`);
    } catch (error) {
      say(`Could not draw the PNG: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  const choose = (next: Partial<EmbedChoice>) => {
    choice = { ...choice, ...next };
    void refresh();
  };
  const pickers = [
    kind === 'profile'
      ? select('Chart', chartChoices(payload), (value) =>
          choose({ chart: value === 'profile' ? { kind: 'profile' } : { kind: 'metric', metric: value as (typeof PROFILE_METRICS)[number] } }),
        )
      : null,
    kind === 'profile'
      ? select<Voice>('Voice', [{ value: 'outlet', label: 'Own voice' }, { value: 'quoted', label: 'Quoted voice' }], (voice) => choose({ voice }))
      : null,
    select<WidgetTheme>('Theme', [{ value: 'auto', label: 'Follow the reader' }, { value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }], (theme) => choose({ theme })),
  ];
  panel.replaceChildren(
    h('p', { class: 'embed-panel__note', text: `Pinned to revision ${payload.revision}: an embedded chart keeps these numbers, and links to the newer analysis once there is one.` }),
    h('div', { class: 'embed-panel__options' }, pickers),
    field('Embed code (iframe and resizing script)', code, copyCode),
    field('oEmbed URL (for CMSs that embed by URL)', oembed, copyOembed),
    h('p', { class: 'embed-panel__actions' }, [png, csv, preview]),
    status,
  );
  void refresh();
}

/** Adds the Embed button to the card's controls and its panel under them. */
export function attachEmbedControl(card: Card, kind: CardChart): void {
  const panelId = uniqueId('embed-panel');
  const panel = h('div', { class: 'embed-panel', attrs: { id: panelId, hidden: true }, dataset: { embedPanel: kind } });
  const button = h('button', {
    class: 'table-toggle embed-toggle',
    text: 'Embed',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId },
  });
  let built = false;
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (!open || built) return;
    built = true;
    const slug = storySlugFrom(location.pathname, location.search);
    if (!slug) return void (panel.textContent = 'This page does not name a story.');
    panel.textContent = 'Loading…';
    try {
      createPanel(kind, slug, await api.story(slug), panel);
    } catch (error) {
      built = false;
      panel.textContent = `Could not load the story: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  card.controls.append(button);
  card.controls.after(panel);
}
