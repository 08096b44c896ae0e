/**
 * Page structure vocabulary: page chrome to remove, byline and dateline markers, month names,
 * abbreviations that do not end a sentence, and caption connectors. Used only outside passage mode
 * (except abbreviations, which sentence splitting always uses).
 */
import type { TermList } from './types';

export const ICON_STRIP: TermList = {
  id: 'chrome.icon-strip',
  pattern: ['icon'],
  rationale: 'A line in which "icon" recurs (RT\'s "icon bookmark-bicon bookmarkicon camera…") is a scraped sprite list, not text.',
  examples: ['icon bookmark-bicon bookmarkicon cameraicon checkicon chevron down'],
};

export const BREADCRUMB_MARKS: TermList = {
  id: 'chrome.breadcrumb',
  pattern: ['home »', 'home >', 'home /', 'home ›', 'home |'],
  rationale: 'A leading "Home » …" line is site navigation; its last part repeats the headline.',
  examples: ['Home » Exclusive: Xi promised Biden …'],
};

export const TAIL_CHROME: TermList = {
  id: 'chrome.tail',
  pattern: ['related stories', 'related articles', 'related story', 'related coverage', 'related :', 'read more', 'read also', 'also read', 'top image', 'top photo', 'featured image', 'header image', 'cover image', 'source :', 'follow us', 'sign up', 'subscribe to', 'share this', 'copyright', '©'],
  rationale: 'Lines at the end of a scraped page that belong to the site, not the story ("Related stories:", "Top image from …", a republisher\'s "Source: CNN").',
  examples: ['Related stories:', 'Top image from @POTUS/X, formerly Twitter', 'Source: CNN'],
};

export const TAIL_SECTION_STARTS: TermList = {
  id: 'chrome.tail-section',
  pattern: ['related stories', 'related articles', 'read more', 'more from'],
  rationale: 'Near the end of a page, these headings start a list of links: everything after them is dropped.',
  examples: ['Related stories:'],
};

export const BYLINE_MARKS: TermList = {
  id: 'document.byline',
  pattern: ['written by', 'by', 'posted by', 'reported by', 'words by', 'author :', 'authors :'],
  rationale: 'Markers that introduce an author\'s name on a byline line.',
  examples: ['Written By: Devika Bhattacharya', 'By Jane Doe'],
};

export const DATELINE_MARKS: TermList = {
  id: 'document.dateline',
  pattern: ['updated', 'published', 'posted', 'last updated', 'first published', 'ist', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'sgt', 'am', 'pm', 'a.m.', 'p.m.'],
  rationale: 'Words on a short date line that mark it as page metadata ("New Delhi,UPDATED: Jan 31, 2024 08:34 IST").',
  examples: ['New Delhi,UPDATED: Jan 31, 2024 08:34 IST', '30 Jan, 2024 20:22'],
};

export const MONTHS: readonly TermList[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
].map((pattern, index) => ({
  id: `document.month-${index + 1}`,
  pattern,
  rationale: 'Month names and abbreviations for reading publication dates ("January 31, 2024", "30 Jan, 2024").',
  examples: [`${pattern[0]} 31, 2024`],
}));

export const CAPTION_CONNECTORS: TermList = {
  id: 'chrome.caption-connector',
  pattern: ['and', '&', 'with', 'at', 'in', 'of', 'the', ','],
  rationale: 'A short line after the byline made only of capitalised names and these connectors is an image caption ("Xi Jinping and Joe Biden").',
  examples: ['Xi Jinping and Joe Biden'],
};

export const ABBREVIATIONS: TermList = {
  id: 'sentences.abbreviation',
  pattern: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'jr', 'sr', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'fig', 'vol', 'op', 'mt', 'ft'],
  rationale: 'Abbreviations whose period does not end a sentence ("Jan. 26", "Mr. Wang").',
  examples: ['on Jan. 26 and 27'],
};

export const TERMINAL_PUNCTUATION: TermList = {
  id: 'sentences.terminal',
  pattern: ['.', '!', '?', '…'],
  rationale: 'Punctuation that ends a sentence.',
  examples: ['It was brief.'],
};

export const BYLINE_JOINERS: TermList = {
  id: 'document.byline-joiner',
  pattern: ['and', ',', '&'],
  rationale: 'Separators between several authors on one byline ("By A and B").',
  examples: ['By Jane Doe and John Roe'],
};

export const BYLINE_PUNCTUATION: TermList = {
  id: 'document.byline-punctuation',
  pattern: [':', '-', '|'],
  rationale: 'Punctuation between a byline marker or name and what follows ("Written By: X", "X| January 31").',
  examples: ['Written By: Devika Bhattacharya', 'Fiona Tan| January 31, 2024, 07:21 PM'],
};
