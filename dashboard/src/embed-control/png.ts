/**
 * The widget as a PNG at 2× scale (for print and slides): story title, chart heading and summary on
 * top, the chart, and the source line below, on the theme's background. Bar charts are drawn by the
 * dashboard's own chart modules on an off-screen canvas at device pixel ratio 2; citations and
 * headlines, which are lists on the page, are drawn as rows of text.
 */
import { Chart } from '../charts/chart-setup';
import { createProfileChart } from '../charts/profile-chart';
import { createSourcingChart } from '../charts/sourcing-chart';
import { readTheme, type ChartTheme } from '../charts/theme';
import { createChartFigure } from '../components/chart-figure';
import { h } from '../lib/dom';
import type { WidgetModel } from '../embed/model';
import { drawBlock, measureBlock, type TextBlock } from './canvas-text';

/** Width of the exported image in CSS pixels; the PNG has twice as many. */
export const PNG_WIDTH = 800;
export const PNG_SCALE = 2;
const PAD = 24;
const GAP = 14;
const INNER = PNG_WIDTH - 2 * PAD;

export interface WidgetPng {
  blob: Blob;
  /** Size of the PNG in pixels (2× the layout). */
  width: number;
  height: number;
}

/** Draws onto a canvas; `height` is what it takes, in CSS px. */
interface Part {
  height: number;
  draw(ctx: CanvasRenderingContext2D, x: number, y: number): void;
}

/** A bar chart rendered off screen at 2×, by the same module the page uses. */
function barChartPart(model: WidgetModel, host: HTMLElement): Part & { destroy(): void } {
  const figure = createChartFigure(`png-${model.options.chart.kind}`, '');
  const box = h('div', { class: 'png-render' }, [figure.root]);
  box.style.width = `${INNER}px`;
  host.append(box);
  const previous = Chart.defaults.devicePixelRatio;
  Chart.defaults.devicePixelRatio = PNG_SCALE;
  try {
    const { data } = model;
    const chart =
      data.kind === 'bars'
        ? createProfileChart(figure, { metrics: data.metrics, series: data.series, view: data.view }).chart
        : data.kind === 'sourcing'
          ? createSourcingChart(figure, data.rows).chart
          : null;
    if (!chart) throw new Error(`no bar chart for ${data.kind}`);
    const canvas = chart.canvas;
    const height = canvas.height / PNG_SCALE;
    return {
      height,
      draw: (ctx, x, y) => ctx.drawImage(canvas, x, y, canvas.width / PNG_SCALE, height),
      destroy: () => {
        chart.destroy();
        box.remove();
      },
    };
  } finally {
    Chart.defaults.devicePixelRatio = previous;
  }
}

/** Citations or headlines: one boxed row per article, label above its text. */
function listPart(model: WidgetModel, ctx: CanvasRenderingContext2D, theme: ChartTheme): Part {
  const rows = model.articles.map(({ article, label }, i) => {
    const labelBlock = measureBlock(ctx, label, { font: `700 14px ${theme.fontFamily}`, color: theme.text, lineHeight: 20 }, INNER - 20);
    let text: string;
    let note = '';
    if (model.data.kind === 'citations') {
      const cited = model.data.graph.rows[i]?.cited ?? [];
      text = cited.length ? `credits ${cited.map((c) => (c.count > 1 ? `${c.outlet} ×${c.count}` : c.outlet)).join(', ')}` : 'credits no outlet';
    } else {
      text = article.headline ?? 'No headline in this text';
      // The data table's marker cell: "Scare quotes: ‘interference’; Citations: – CNN".
      const markers = model.table.rows[i]?.cells[1]?.text ?? '';
      note = markers === '—' ? '' : markers;
    }
    const body = measureBlock(ctx, text, { font: `16px ${theme.fontFamily}`, color: theme.text, lineHeight: 22 }, INNER - 20);
    const notes = measureBlock(ctx, note, { font: `12px ${theme.fontFamily}`, color: theme.muted, lineHeight: 18 }, INNER - 20);
    return { blocks: [labelBlock, body, notes], height: 16 + labelBlock.height + body.height + notes.height };
  });
  return {
    height: rows.reduce((sum, row) => sum + row.height + 8, 0),
    draw(context, x, y) {
      let top = y;
      for (const row of rows) {
        context.strokeStyle = theme.grid;
        context.lineWidth = 1;
        context.strokeRect(x + 0.5, top + 0.5, INNER - 1, row.height - 1);
        let line = top + 8;
        for (const block of row.blocks) line = drawBlock(context, block, x + 10, line);
        top += row.height + 8;
      }
    },
  };
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}

/**
 * Renders the widget described by `model` to a PNG. `host` is where the off-screen chart lives
 * while it draws (it must be in the document; the chart is removed afterwards).
 */
export async function renderWidgetPng(model: WidgetModel, host: HTMLElement = document.body): Promise<WidgetPng> {
  const theme = readTheme(host);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  const head: TextBlock[] = [
    measureBlock(ctx, model.storyTitle, { font: `600 13px ${theme.fontFamily}`, color: theme.muted, lineHeight: 18 }, INNER),
    measureBlock(ctx, model.heading, { font: `700 20px ${theme.fontFamily}`, color: theme.text, lineHeight: 28 }, INNER),
    measureBlock(ctx, model.summary, { font: `15px ${theme.fontFamily}`, color: theme.text, lineHeight: 22 }, INNER),
  ];
  const source = measureBlock(ctx, `${model.sourceLine} · ${location.origin}${model.storyUrl}`, { font: `12px ${theme.fontFamily}`, color: theme.muted, lineHeight: 18 }, INNER);
  const chart = model.data.kind === 'bars' || model.data.kind === 'sourcing' ? barChartPart(model, host) : null;
  try {
    const body = chart ?? listPart(model, ctx, theme);
    const headHeight = head.reduce((sum, block) => sum + block.height, 0) + 8;
    const height = Math.ceil(PAD + headHeight + GAP + body.height + GAP + source.height + PAD);
    canvas.width = PNG_WIDTH * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.fillStyle = theme.surface;
    ctx.fillRect(0, 0, PNG_WIDTH, height);
    let y = PAD;
    for (const [i, block] of head.entries()) y = drawBlock(ctx, block, PAD, y) + (i === 1 ? 8 : 0);
    y += GAP;
    body.draw(ctx, PAD, y);
    drawBlock(ctx, source, PAD, y + body.height + GAP);
    return { blob: await toBlob(canvas), width: canvas.width, height: canvas.height };
  } finally {
    chart?.destroy();
  }
}
