/**
 * One column of the article reader: the article's meta line and its full text, paragraph by
 * paragraph, with the evidence of the enabled metrics highlighted.
 */
import type { MetricKey } from '../../../worker/analysis/types';
import type { ArticleDetailResponse } from '../../../worker/api-types';
import { formatCount, formatIsoDate, formatPercent } from '../data/format';
import { paragraphRanges } from '../data/highlights';
import { h, uniqueId } from '../lib/dom';
import { renderHighlighted } from './highlight-render';

/** Only http(s) links are rendered as links (a stored `javascript:` URL stays inert text). */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function renderReaderColumn(
  detail: ArticleDetailResponse,
  label: string,
  enabled: ReadonlySet<MetricKey>,
): HTMLElement {
  const { article } = detail;
  const evidence = detail.evidence.filter((e) => enabled.has(e.metric));
  const href = safeHttpUrl(article.url);
  const meta = [
    article.bylines.length ? `By ${article.bylines.join(', ')}` : null,
    article.published ? formatIsoDate(article.published) : null,
    `${formatCount(article.wordCount)} words`,
    `${formatPercent(article.quotedShare)} quoted`,
  ].filter((part): part is string => part !== null);
  const headline = article.headlineSpan;
  const paragraphs = paragraphRanges(article.text).map((range) => {
    const isHeadline = headline !== null && range.start === headline.start;
    return h('p', { class: isHeadline ? 'reader__headline' : 'reader__para' }, renderHighlighted(article.text, evidence, range));
  });
  const titleId = uniqueId('reader-title');
  return h('article', { class: 'reader__col', dataset: { articleId: String(article.id) }, attrs: { 'aria-labelledby': titleId } }, [
    h('header', { class: 'reader__head' }, [
      h('h3', { class: 'reader__outlet', text: label, attrs: { id: titleId } }),
      h('p', { class: 'reader__meta', text: meta.join(' · ') }),
      href ? h('a', { class: 'reader__source', text: 'Original article', attrs: { href, rel: 'noopener noreferrer nofollow', target: '_blank' } }) : null,
    ]),
    h('div', { class: 'reader__text' }, paragraphs),
  ]);
}
