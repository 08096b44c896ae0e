/**
 * oEmbed 1.0 `rich` responses for Framelens widgets (https://oembed.com/, section 2.3.4): the embed
 * code is an iframe — every attribute value escaped, `title` set for screen readers, `data-framelens`
 * opting in to the host script — followed by the host script, which resizes the iframe to the
 * widget's height. Hosts that strip scripts still get an iframe that fits its stated height. Pure.
 */
import { escapeHtml, htmlAttributes } from './html-escape';

export interface OembedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: 'Framelens';
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

export interface EmbedSize {
  width: number;
  height: number;
}

/**
 * The size to state: the widget's own, never more than the consumer's maxwidth/maxheight. A widget
 * reflows rather than scales, so a narrower width does not change the height.
 */
export function fitEmbedSize(natural: EmbedSize, max: { width?: number; height?: number }): EmbedSize {
  return {
    width: Math.min(natural.width, max.width ?? Infinity),
    height: Math.min(natural.height, max.height ?? Infinity),
  };
}

export interface EmbedCode {
  /** Absolute widget URL, its `id=` included. */
  src: string;
  title: string;
  /** A number of pixels, or null for the full width of the host's column. */
  width: number | null;
  height: number;
  /** The Framelens origin the host script is loaded from. */
  origin: string;
}

/**
 * The iframe and host script to paste into an article.
 * @example embedHtml({ src: 'https://f.example/embed/s/profile?id=a', title: 'Framing', width: null, height: 760, origin: 'https://f.example' })
 * // '<iframe src="…" title="Framing" width="100%" height="760" … data-framelens></iframe><script async src="https://f.example/embed.js"></script>'
 */
export function embedHtml(code: EmbedCode): string {
  const iframe = htmlAttributes({
    src: code.src,
    title: code.title,
    width: code.width ?? '100%',
    height: code.height,
    frameborder: 0,
    loading: 'lazy',
    'data-framelens': true,
  });
  return `<iframe ${iframe}></iframe><script async src="${escapeHtml(`${code.origin}/embed.js`)}"></script>`;
}

export interface OembedInput {
  code: EmbedCode;
  /** Seconds a consumer may cache the answer. */
  cacheAge: number;
}

export function oembedResponse({ code, cacheAge }: OembedInput, defaultWidth: number): OembedResponse {
  return {
    type: 'rich',
    version: '1.0',
    title: code.title,
    provider_name: 'Framelens',
    provider_url: `${code.origin}/`,
    cache_age: cacheAge,
    html: embedHtml(code),
    width: code.width ?? defaultWidth,
    height: code.height,
  };
}
