/**
 * A tiny element builder. Untrusted text only ever goes through `text` (textContent) or attribute
 * values (setAttribute): nothing here parses HTML, so article text, headlines and outlet names
 * can never become markup (CSP `script-src 'self'`, no innerHTML).
 */

export interface ElementOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  dataset?: Record<string, string>;
}

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (options.class) el.className = options.class;
  if (options.text !== undefined) el.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(options.dataset ?? {})) el.dataset[name] = value;
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Remove every child, then append the new ones. */
export function replaceChildren(parent: Element, children: readonly Child[] = []): void {
  parent.replaceChildren();
  append(parent, children);
}

let nextId = 0;
/** A document-unique id for aria-labelledby / aria-describedby / aria-controls wiring. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Honour the user's reduced-motion preference for scrolling and flashes. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scroll `el` to the middle of the viewport (smoothly unless the user prefers reduced motion) and
 * resolve once the scrolling has stopped, so what follows (a flash) happens where the reader looks.
 * NOTE: `scrollend` fires only if something scrolled; a short timer covers "already in place" and
 * browsers without the event. https://developer.mozilla.org/en-US/docs/Web/API/Document/scrollend_event
 */
export function scrollIntoViewAndSettle(el: Element): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const done = () => {
      window.clearTimeout(timer);
      document.removeEventListener('scrollend', done);
      resolve();
    };
    const smooth = !prefersReducedMotion();
    document.addEventListener('scrollend', done);
    el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    const box = el.getBoundingClientRect();
    const inPlace = Math.abs(box.top + box.height / 2 - window.innerHeight / 2) < 2;
    timer = window.setTimeout(done, inPlace || !smooth ? 50 : 1500);
  });
}
