/**
 * News outlets the analyser recognises as cited origins of reporting ("CNN reported", "told
 * Reuters", "– CNN" at the end of a headline). `name` is the canonical name stored in citations;
 * `pattern` holds the aliases as lowercase phrases. An alias only matches when its words are
 * capitalised in the text (so "time" or "the hill" in prose are not outlets).
 */
import type { OutletEntry, TermList } from './types';

const outlet = (id: string, name: string, ...pattern: string[]): OutletEntry => ({ id, name, pattern });

export const OUTLETS: readonly OutletEntry[] = [
  outlet('cnn', 'CNN', 'cnn'),
  outlet('reuters', 'Reuters', 'reuters', 'thomson reuters'),
  outlet('ap', 'Associated Press', 'associated press', 'the associated press', 'ap'),
  outlet('afp', 'AFP', 'afp', 'agence france-presse', 'agence france presse'),
  outlet('bbc', 'BBC', 'bbc', 'bbc news'),
  outlet('voa', 'VOA', 'voa', 'voice of america'),
  outlet('scmp', 'South China Morning Post', 'south china morning post', 'the south china morning post', 'scmp'),
  outlet('nyt', 'The New York Times', 'new york times', 'the new york times', 'nyt'),
  outlet('wapo', 'The Washington Post', 'washington post', 'the washington post'),
  outlet('wsj', 'The Wall Street Journal', 'wall street journal', 'the wall street journal', 'wsj'),
  outlet('ft', 'Financial Times', 'financial times', 'the financial times'),
  outlet('bloomberg', 'Bloomberg', 'bloomberg', 'bloomberg news'),
  outlet('politico', 'Politico', 'politico'),
  outlet('axios', 'Axios', 'axios'),
  outlet('guardian', 'The Guardian', 'the guardian', 'guardian'),
  outlet('fox', 'Fox News', 'fox news'),
  outlet('nbc', 'NBC News', 'nbc news', 'nbc'),
  outlet('cbs', 'CBS News', 'cbs news', 'cbs'),
  outlet('abc', 'ABC News', 'abc news'),
  outlet('npr', 'NPR', 'npr'),
  outlet('cnbc', 'CNBC', 'cnbc'),
  outlet('msnbc', 'MSNBC', 'msnbc'),
  outlet('aljazeera', 'Al Jazeera', 'al jazeera'),
  outlet('rt', 'RT', 'rt', 'russia today'),
  outlet('tass', 'TASS', 'tass'),
  outlet('sputnik', 'Sputnik', 'sputnik'),
  outlet('xinhua', 'Xinhua', 'xinhua'),
  outlet('globaltimes', 'Global Times', 'global times'),
  outlet('kyodo', 'Kyodo News', 'kyodo', 'kyodo news'),
  outlet('yonhap', 'Yonhap', 'yonhap'),
  outlet('nikkei', 'Nikkei Asia', 'nikkei', 'nikkei asia'),
  outlet('straitstimes', 'The Straits Times', 'straits times', 'the straits times'),
  outlet('cna', 'CNA', 'cna', 'channel newsasia'),
  outlet('mothership', 'Mothership', 'mothership'),
  outlet('indiatoday', 'India Today', 'india today'),
  outlet('toi', 'The Times of India', 'times of india', 'the times of india'),
  outlet('hindustantimes', 'Hindustan Times', 'hindustan times'),
  outlet('pti', 'PTI', 'pti', 'press trust of india'),
  outlet('ani', 'ANI', 'ani'),
  outlet('dawn', 'Dawn', 'dawn'),
  outlet('economist', 'The Economist', 'the economist', 'economist'),
  outlet('newsweek', 'Newsweek', 'newsweek'),
  outlet('thehill', 'The Hill', 'the hill'),
  outlet('semafor', 'Semafor', 'semafor'),
  outlet('independent', 'The Independent', 'the independent'),
  outlet('telegraph', 'The Telegraph', 'the telegraph'),
  outlet('dailymail', 'Daily Mail', 'daily mail', 'the daily mail'),
  outlet('skynews', 'Sky News', 'sky news'),
  outlet('dw', 'Deutsche Welle', 'deutsche welle', 'dw'),
  outlet('lemonde', 'Le Monde', 'le monde'),
  outlet('spiegel', 'Der Spiegel', 'der spiegel', 'spiegel'),
  outlet('haaretz', 'Haaretz', 'haaretz'),
  outlet('nhk', 'NHK', 'nhk'),
  outlet('ians', 'IANS', 'ians'),
  outlet('usatoday', 'USA Today', 'usa today'),
  outlet('latimes', 'Los Angeles Times', 'los angeles times', 'la times'),
  outlet('businessinsider', 'Business Insider', 'business insider'),
  outlet('theintercept', 'The Intercept', 'the intercept'),
  outlet('propublica', 'ProPublica', 'propublica'),
];

export const CITATION_VERBS: TermList = {
  id: 'citations.verb',
  pattern: ['reported', 'reports', 'reporting', 'said', 'says', 'wrote', 'writes', 'claimed', 'claims', 'revealed', 'learned', 'has learned', 'listed', 'noted', 'cited', 'quoted', 'confirmed', 'found', 'disclosed', 'broke', 'published', 'added'],
  rationale: 'Verbs with which an outlet is credited as the origin of reporting ("CNN reported").',
  examples: ['Reuters reported that …', 'CNN claimed.'],
};

export const CITATION_ADVERBS: TermList = {
  id: 'citations.adverb',
  pattern: ['further', 'also', 'first', 'earlier', 'exclusively', 'previously', 'later', 'initially', 'separately', 'originally', 'has', 'had', 'have'],
  rationale: 'Words allowed between the outlet and its verb ("Reuters further reported").',
  examples: ['Reuters further reported that …'],
};

export const CITATION_OBJECTS: TermList = {
  id: 'citations.possessed',
  pattern: ['source', 'sources', 'report', 'reporting', 'article', 'story', 'reporters', 'analysis', 'investigation', 'interview', 'scoop', 'exclusive'],
  rationale: '"CNN\'s source said", "Reuters\' report": the outlet is credited through its reporting.',
  examples: ["CNN's source said"],
};

export const CITATION_INTRODUCERS: TermList = {
  id: 'citations.introducer-phrase',
  pattern: ['told', 'according to', 'citing', 'cited by', 'reported by', 'quoted by', 'first reported by', 'in an interview with', 'speaking to', 'spoke to', 'talking to', 'tells'],
  rationale: 'Phrases before an outlet name that credit it ("a source told CNN", "according to Reuters").',
  examples: ['A source told CNN that …'],
};

export const OUTLET_ANAPHORS: TermList = {
  id: 'citations.anaphor-phrase',
  pattern: ['the news outlet', 'the outlet', 'the network', 'the broadcaster', 'the newspaper', 'the news agency', 'the agency', 'the publication', 'the paper', 'the channel', 'the daily', 'the website'],
  rationale: 'A back-reference to the outlet cited just before ("The news outlet listed …").',
  examples: ['The news outlet listed Natasha Bertrand as a contributor.'],
};

export const HEADLINE_CREDIT_MARKS: TermList = {
  id: 'citations.headline-credit-mark',
  pattern: ['–', '—', '-', ':', '|'],
  rationale: 'A headline ending in "– CNN" or ": CNN" credits that outlet with the story.',
  examples: ["Xi gave Biden promise on 2024 election 'interference' – CNN"],
};

export const OUTLET_FUNCTION_WORDS: TermList = {
  id: 'citations.alias-function-word',
  pattern: ['the', 'of', 'de', 'der', 'le', 'la'],
  rationale: 'Words inside an outlet name that may stay lowercase in running text ("the Wall Street Journal").',
  examples: ['according to the Wall Street Journal'],
};
