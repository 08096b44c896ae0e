/**
 * What a count cannot tell you: the limits of the analyser, stated plainly. One list for the
 * methodology page, the classroom's closing slide and the handout.
 */

export interface Limitation {
  title: string;
  detail: string;
}

export const LIMITATIONS: readonly Limitation[] = [
  {
    title: 'Context',
    detail: 'A count does not know why a word is there. “Reportedly” can be honest caution about a report nobody has confirmed, not spin.',
  },
  {
    title: 'Sarcasm and irony',
    detail: 'The rules read words literally. A sarcastic “of course” counts as a booster; irony without a marker word counts as nothing.',
  },
  {
    title: 'A quote’s purpose',
    detail: 'Quoted words are kept apart from the outlet’s own voice, but the analyser cannot tell whether a quote is there to inform, to balance or to mock.',
  },
  {
    title: 'Word choice beyond the lexicon',
    detail: 'Only the listed words and rules count. Loaded nouns (“regime”, “meddling”), the choice and order of facts, photos and what is left out are invisible to it.',
  },
  {
    title: 'English only',
    detail: 'The word lists and rules are written for English news. Other languages, and translations, are not measured.',
  },
  {
    title: 'Scraping noise',
    detail: 'Texts come from scraped pages. Leftover menus, captions or a republisher’s notes can add words the outlet did not write, or cut some it did.',
  },
  {
    title: 'Short texts',
    detail: 'In a 300-word article one word moves a rate by more than 3 per 1,000 words: small differences between short articles mean little.',
  },
  {
    title: 'Mistakes both ways',
    detail: 'The rules miss some markers and flag some words wrongly. The method cards give how often, measured against human annotators.',
  },
];
