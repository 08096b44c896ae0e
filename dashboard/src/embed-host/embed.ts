/**
 * /embed.js — the host script for pages that embed Framelens widgets. Every iframe with a
 * `data-framelens` attribute is resized to the height its widget reports
 * (`{ type: 'framelens:height', id, height }`), and only when the message comes from that very
 * iframe's window (event.source) and origin (event.origin equals the origin of the iframe's src).
 * It also asks iframes that loaded before it to report again. Loading it twice is harmless; it has
 * no dependencies and stays under 2 KB gzipped (test/node/embed/transfer-size.test.ts).
 * Built by Vite to dist/dashboard/embed.js (dashboard/embed-host-plugin.ts).
 */

const HEIGHT = 'framelens:height';
const ASK = 'framelens:request-height';
const MIN_HEIGHT = 40;
const MAX_HEIGHT = 20000;

type HostWindow = Window & { framelensEmbed?: boolean };

const framelensFrames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-framelens]');

function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, location.href).origin;
  } catch {
    return null;
  }
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT || typeof height !== 'number' || !Number.isFinite(height)) return;
  for (const frame of framelensFrames()) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin !== originOf(frame)) return;
    frame.style.height = `${Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)))}px`;
    return;
  }
}

const host = window as HostWindow;
if (!host.framelensEmbed) {
  host.framelensEmbed = true;
  window.addEventListener('message', onMessage);
  for (const frame of framelensFrames()) {
    const origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: ASK }, origin);
  }
}

// A module, so these names stay out of the global scope of the type checker (the build has no exports).
export {};
