/**
 * The widget page (/embed/:slug/:chart, embedded by journalists in an iframe): reads its options
 * from its own URL (the Worker has already checked them), loads the story payload at the pinned
 * revision, and draws heading, summary, chart, data table, source line and links. It fills the
 * iframe at any stated height and reports its natural height to the host page (self-size.ts).
 * `static=1` turns off hover and tooltips (print, screenshots).
 */
import './widget.css';
import { Chart } from '../charts/chart-setup';
import { CHARTS_DRAWN_MARK, createDrawnSignal } from '../charts/drawn-signal';
import { watchColorScheme } from '../charts/theme';
import { api } from '../lib/api';
import { parseWidgetUrl } from '../../../worker/widgets/options';
import { stageFloor } from '../../../worker/widgets/layout';
import { buildWidgetModel } from './model';
import { renderWidget } from './render';
import { reportHeight } from './self-size';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The widget page has no #${id}.`);
  return element;
}

function showProblem(message: string): void {
  byId('widget-title').textContent = 'This chart could not be shown';
  byId('widget-summary').textContent = message;
  byId('widget').removeAttribute('aria-busy');
}

function markDrawn(): void {
  performance.mark(CHARTS_DRAWN_MARK);
  document.documentElement.dataset.chartsDrawn = 'true';
}

async function main(): Promise<void> {
  const parsed = parseWidgetUrl(location.pathname, new URLSearchParams(location.search));
  if (!parsed.ok) return showProblem(parsed.message);
  const { options } = parsed;
  if (options.static) {
    Chart.defaults.events = [];
    Chart.defaults.plugins.tooltip.enabled = false;
  }
  let payload;
  try {
    payload = await api.story(options.slug, options.rev ?? undefined);
  } catch (error) {
    return showProblem(error instanceof Error ? error.message : String(error));
  }
  const model = buildWidgetModel(payload, options);
  const widget = byId('widget');
  const parts = renderWidget(model, {
    widget,
    head: byId('widget-head'),
    story: byId('widget-story'),
    title: byId('widget-title'),
    summary: byId('widget-summary'),
    stage: byId('widget-stage'),
    foot: byId('widget-foot'),
  });
  const { stage, table } = parts;
  const canvasChart = model.data.kind === 'bars' || model.data.kind === 'sourcing';
  stage.draw(canvasChart && model.articles.length > 0 ? [createDrawnSignal(1)] : []);
  if (!canvasChart || model.articles.length === 0) markDrawn();
  widget.style.setProperty('--stage-floor', `${stageFloor(options.chart, stage.natural())}px`);
  widget.removeAttribute('aria-busy');

  const natural = () =>
    table.region.classList.contains('is-open') ? Math.max(stage.natural(), table.region.scrollHeight) : stage.natural();
  reportHeight({
    id: options.id,
    stage: parts.stageArea,
    natural,
    observe: [widget, parts.head, parts.foot, stage.content, table.region],
  });
  if (options.theme === 'auto' && !options.static) watchColorScheme(() => stage.retheme());
}

void main();
