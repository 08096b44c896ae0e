/**
 * Tells the host page how tall the widget wants to be: `postMessage({ type: 'framelens:height', id,
 * height })` to the parent window on load and whenever the height changes (ResizeObserver on
 * everything that can change it), and again when the host script asks (it may load after the widget).
 * The host script (/embed.js) resizes the iframe to it.
 *
 * The widget fills its iframe (its chart area stretches or shrinks), so the document's own height
 * is not the answer; the natural height is the document's height with the chart area at the size
 * its content would like: `scrollHeight - stage height + stage natural height`. Once the iframe
 * has that height the chart area gets exactly its natural size, so the report settles.
 */

export const HEIGHT_MESSAGE = 'framelens:height';
/** Sent by the host script when it starts after the widget did: report again. */
export const HEIGHT_REQUEST = 'framelens:request-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  id: string | null;
  height: number;
}

export interface SelfSizeOptions {
  id: string | null;
  stage: HTMLElement;
  /** The chart area's natural height, px. */
  natural(): number;
  /** Elements whose size changes move the natural height. */
  observe: Element[];
}

/** The height the widget would like, px. */
export function naturalHeight(documentHeight: number, stageHeight: number, stageNatural: number): number {
  return Math.max(0, Math.ceil(documentHeight - stageHeight + stageNatural));
}

/** Starts reporting; returns a function that reports now (after the content changed). */
export function reportHeight(options: SelfSizeOptions): () => void {
  let last = -1;
  const report = () => {
    const height = naturalHeight(
      document.documentElement.scrollHeight,
      options.stage.getBoundingClientRect().height,
      options.natural(),
    );
    if (height === last || window.parent === window) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, id: options.id, height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => report());
  for (const element of options.observe) observer.observe(element);
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
    if ((data as { type?: unknown }).type !== HEIGHT_REQUEST) return;
    last = -1;
    report();
  });
  report();
  return report;
}
