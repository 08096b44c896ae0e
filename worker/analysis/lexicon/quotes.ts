/**
 * Quotation vocabulary: how a quote is told apart as a real (direct or partial) quotation or as a
 * scare quote. The rule itself is in `detect/quote-kinds.ts`; these are its terms.
 */
import type { TermList } from './types';

export const DISTANCING_BEFORE_QUOTE: TermList = {
  id: 'scareQuotes.distancing-term',
  pattern: ['so-called', 'so called', 'supposed', 'alleged', 'purported', 'self-proclaimed', 'self-styled', 'quote-unquote', 'what they call', 'what it calls', 'what he calls', 'what she calls'],
  rationale: 'A quoted word right after "so-called" or "supposed" is always held at a distance, whoever said it.',
  examples: ['the so-called "collusion"'],
};

export const QUOTE_ATTRIBUTION_VERBS: TermList = {
  id: 'quotes.attribution-verb',
  pattern: ['said', 'says', 'say', 'saying', 'told', 'tells', 'stated', 'wrote', 'writes', 'added', 'described', 'describes', 'called', 'calls', 'reported', 'reports', 'according to', 'asked', 'replied', 'explained', 'noted', 'warned', 'quoted', 'termed', 'dubbed', 'put it', 'declared'],
  rationale:
    'A short quoted fragment in a sentence (or right after a sentence) with one of these neutral attributions ' +
    'is a partial quote of that source, not a scare quote ("Biden told attendees that Xi was “embarrassed”").',
  examples: ['Both countries have described the talks as a "strategic channel".'],
};

export const QUOTE_LOADED_FRAMES: TermList = {
  id: 'scareQuotes.loaded-frame-term',
  pattern: ['claimed', 'claim', 'claims', 'claiming', 'alleged', 'alleges', 'insisted', 'insists', 'so-called'],
  rationale: 'When the only attribution in the sentence is a loaded verb ("have repeatedly claimed that foreign powers are “interfering”"), the quote marks add distance: a scare quote.',
  examples: ['Officials claimed that foreign powers are "interfering".'],
};
