/**
 * A story of its own full of XSS payloads, for the browser tests (test/browser/xss*.test.ts): its
 * title and summary, its outlets' names, its headlines and its article texts (plain text, and one
 * HTML article). Every payload would set a window flag `__xss…` and open a dialog if it ever ran.
 */
import { adminToken, url } from './helpers/server';

export type Kind = 'img' | 'script' | 'svg' | 'js' | 'template' | 'link';
export const KINDS: readonly Kind[] = ['img', 'script', 'svg', 'js', 'template', 'link'];

/** One payload of each kind for a place (`tag`); each sets its own flag `window.__xss<tag>_<kind>`. */
export function payloads(tag: string): Record<Kind, string> {
  const flag = (kind: Kind) => `window.__xss${tag}_${kind}=1`;
  return {
    img: `<img src=x onerror="${flag('img')};alert('${tag}')">`,
    script: `</script><script>${flag('script')};alert('${tag}')</script>`,
    svg: `"><svg onload="${flag('svg')};alert('${tag}')">`,
    js: `javascript:${flag('js')};alert('${tag}')`,
    template: `{{constructor.constructor('${flag('template')};alert(1)')()}}`,
    link: `<a href="javascript:${flag('link')}" onmouseover="${flag('link')}2">link</a>`,
  };
}

const newSlug = () => `xss-${crypto.randomUUID().slice(0, 8)}`;
export const HOSTILE_TITLE = [payloads('T').img, payloads('T').script, payloads('T').svg, payloads('T').template].join(' ');
export const HOSTILE_SUMMARY = Object.values(payloads('S')).join(' ');

/**
 * One article per kind: its outlet is named by that payload, its headline carries one payload and
 * its text a few more inside real sentences. NOTE: the analyser reads a plain text with two or more
 * recognisable tags as HTML (worker/analysis/text/html.ts), so each article's headline and text
 * together hold at most one tag-like payload; markup in HTML input is tested separately.
 */
const PLAN: readonly { headline: Kind; text: Kind[] }[] = [
  { headline: 'img', text: ['svg', 'js', 'template'] },
  { headline: 'svg', text: ['script', 'js'] },
  { headline: 'link', text: ['svg', 'template'] },
  { headline: 'js', text: ['img', 'template'] },
  { headline: 'template', text: ['link', 'js'] },
  { headline: 'script', text: ['svg', 'js', 'template'] },
];
export const HOSTILE_ARTICLES = KINDS.map((kind, i) => {
  const plan = PLAN[i]!;
  const inText = plan.text.map((k) => payloads(`A${i}`)[k]);
  return {
    outlet: payloads('O')[kind],
    headline: `Vote ${i} delayed: ${payloads(`H${i}`)[plan.headline]}`,
    text: inText.map((p, n) => `Officials may delay vote ${i}.${n}, a source said of ${p} on Tuesday.`).join('\n\n'),
    expectedInText: inText,
  };
});
export const HTML_ARTICLE = {
  outlet: 'Markup Wire',
  html: `<h1>Vote may slip</h1><p>Officials may delay the vote, a source said.</p><script>window.__xssM1=1;alert('M1')</script><img src=x onerror="window.__xssM2=1"><p onmouseover="window.__xssM3=1">Critics claimed the plan could fail.</p>`,
};

export interface HostileStory {
  slug: string;
  /** Ids of HOSTILE_ARTICLES in order, then of HTML_ARTICLE. */
  articleIds: number[];
}

async function write(path: string, body: unknown): Promise<{ id?: number }> {
  const res = await fetch(url(path), {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id?: number };
}

/** Creates the story and its articles through the API (each call makes a new story). */
export async function createHostileStory(): Promise<HostileStory> {
  const slug = newSlug();
  await write('/api/stories', { slug, title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY });
  const articleIds: number[] = [];
  for (const article of HOSTILE_ARTICLES) {
    const { id } = await write(`/api/stories/${slug}/articles`, { outlet: article.outlet, headline: article.headline, text: article.text });
    articleIds.push(id!);
  }
  articleIds.push((await write(`/api/stories/${slug}/articles`, HTML_ARTICLE)).id!);
  return { slug, articleIds };
}
