/**
 * Gazetteers for telling people from organisations and places. A capitalised run of words is a
 * person's name when it follows a title ("FBI Director Christopher Wray") or starts with a known
 * first name ("Chris Krebs"), and contains no organisation or place word ("Justice Department",
 * "South China Morning Post", "White House"). Later single-word mentions ("Wray", "President Xi")
 * join the full name.
 */
import type { TermList } from './types';

export const TITLES: TermList = {
  id: 'people.title',
  pattern: ['president', 'vice', 'minister', 'secretary', 'director', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'speaker', 'leader', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'ambassador', 'general', 'gen.', 'adviser', 'advisor', 'spokesperson', 'spokesman', 'spokeswoman', 'counsel', 'judge', 'justice', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'chairman', 'chairwoman', 'chair', 'ceo', 'commissioner', 'attorney', 'pope', 'colonel', 'col.', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'officer', 'agent', 'counterpart', 'predecessor', 'successor', 'incumbent', 'candidate', 'challenger', 'nominee', 'founder', 'chief', 'head', 'envoy', 'diplomat', 'official', 'analyst', 'professor', 'prof.', 'author', 'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'lawmaker', 'legislator', 'activist', 'dictator', 'strongman', 'sheikh', 'emir', 'sultan', 'rabbi', 'bishop', 'cardinal', 'father', 'sister', 'brother', 'admiral', 'major', 'marshal', 'deputy', 'assistant', 'undersecretary', 'then-speaker', 'then-president', 'ex-president', 'former', 'late', 'state', 'foreign', 'defense', 'defence', 'special', 'national', 'security', 'homeland', 'treasury', 'commerce', 'trade', 'finance', 'interior', 'prime', 'first', 'lady', 'white', 'house', 'press', 'cabinet', 'executive', 'operating', 'officer'],
  rationale: 'Titles and role words that precede a name; they are stripped from the name and make the next capitalised words a person.',
  examples: ['FBI Director Christopher Wray', 'Chinese Foreign Minister Wang Yi', 'his American counterpart Joe Biden'],
};

export const NAME_TITLES: TermList = {
  id: 'people.name-title',
  pattern: ['president', 'minister', 'secretary', 'director', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'speaker', 'leader', 'chancellor', 'premier', 'king', 'queen', 'prince', 'ambassador', 'general', 'gen.', 'adviser', 'advisor', 'spokesperson', 'spokesman', 'spokeswoman', 'counsel', 'judge', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'chairman', 'chairwoman', 'commissioner', 'pope', 'counterpart', 'predecessor', 'successor', 'incumbent', 'envoy', 'professor', 'then-speaker', 'then-president', 'ex-president', 'sheikh', 'emir', 'sultan', 'admiral', 'colonel', 'captain'],
  rationale: 'Titles strong enough that a single following capitalised word is a person ("President Xi", "Mr. Wang").',
  examples: ['President Xi assured Biden.'],
};

export const FIRST_NAMES: TermList = {
  id: 'people.first-name',
  pattern: ['aaron', 'adam', 'adrian', 'ahmed', 'alan', 'alex', 'alexander', 'alexandra', 'alexei', 'ali', 'alice', 'alison', 'amanda', 'amy', 'andrea', 'andrew', 'angela', 'ann', 'anna', 'anne', 'anthony', 'antonio', 'antony', 'ashley', 'barack', 'barbara', 'ben', 'benjamin', 'bernie', 'beth', 'bill', 'bob', 'boris', 'brad', 'brandon', 'brian', 'bruce', 'carl', 'carlos', 'carol', 'caroline', 'catherine', 'charles', 'charlie', 'chris', 'christina', 'christine', 'christopher', 'chuck', 'claire', 'colin', 'craig', 'dan', 'daniel', 'dave', 'david', 'deborah', 'dennis', 'diana', 'donald', 'doug', 'douglas', 'ed', 'edward', 'elizabeth', 'ellen', 'emily', 'emma', 'emmanuel', 'eric', 'erin', 'frank', 'fiona', 'gary', 'george', 'gina', 'greg', 'gregory', 'hannah', 'harry', 'heather', 'helen', 'henry', 'hillary', 'hunter', 'ian', 'ivan', 'jack', 'jacob', 'jake', 'james', 'jamie', 'jane', 'janet', 'jason', 'javier', 'jeff', 'jeffrey', 'jennifer', 'jeremy', 'jerome', 'jessica', 'jim', 'jimmy', 'joe', 'john', 'jon', 'jonathan', 'jose', 'joseph', 'josh', 'joshua', 'juan', 'julia', 'julie', 'justin', 'kamala', 'karen', 'kate', 'katherine', 'kathleen', 'kelly', 'kevin', 'kim', 'kristi', 'laura', 'lauren', 'leo', 'linda', 'lisa', 'lloyd', 'louis', 'lucy', 'luis', 'marco', 'margaret', 'maria', 'marie', 'mark', 'martin', 'mary', 'matt', 'matthew', 'melania', 'michael', 'michelle', 'mike', 'mitch', 'mohammed', 'muhammad', 'nancy', 'narendra', 'natasha', 'nathan', 'nicholas', 'nick', 'nicola', 'nikki', 'olaf', 'olivia', 'patrick', 'paul', 'peter', 'philip', 'rachel', 'ralph', 'rebecca', 'richard', 'rick', 'rishi', 'rob', 'robert', 'ron', 'ronald', 'rose', 'ruth', 'ryan', 'sam', 'samuel', 'sarah', 'scott', 'sean', 'sergei', 'sergey', 'sharon', 'stephen', 'steve', 'steven', 'susan', 'tara', 'ted', 'thomas', 'tim', 'timothy', 'tom', 'tony', 'victoria', 'vladimir', 'volodymyr', 'walter', 'william', 'xavier', 'yuri', 'zoe'],
  rationale: 'Common first names (English-language news): a capitalised run starting with one is a person\'s name.',
  examples: ['said Chris Krebs', 'Natasha Bertrand'],
};

export const ORGANISATION_WORDS: TermList = {
  id: 'people.organisation-word',
  pattern: ['department', 'ministry', 'council', 'committee', 'agency', 'bureau', 'house', 'senate', 'congress', 'parliament', 'court', 'office', 'administration', 'party', 'university', 'college', 'school', 'institute', 'center', 'centre', 'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'group', 'bank', 'fund', 'force', 'forces', 'army', 'navy', 'police', 'service', 'services', 'commission', 'association', 'union', 'organization', 'organisation', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'daily', 'press', 'network', 'television', 'radio', 'media', 'company', 'board', 'authority', 'ministries', 'assembly', 'cabinet', 'government', 'command', 'guard', 'intelligence', 'security', 'community', 'alliance', 'coalition', 'campaign', 'movement', 'church', 'hospital', 'museum', 'library', 'airlines', 'airways', 'motors', 'technologies', 'systems', 'labs', 'club', 'team', 'league', 'federation', 'reserve', 'treasury', 'pentagon', 'kremlin', 'statue', 'liberty', 'monument', 'memorial', 'summit', 'forum', 'conference', 'olympics', 'games', 'cup', 'act', 'treaty', 'accord', 'agreement', 'report', 'review', 'nations', 'states', 'republic', 'kingdom', 'federal', 'national', 'democratic', 'republican', 'federation', 'ministry', 'embassy', 'consulate', 'general'],
  rationale: 'Words that make a capitalised run an organisation or institution, not a person.',
  examples: ['Justice Department', 'White House', 'National Security Council', 'South China Morning Post', 'Statue of Liberty'],
};

export const PLACE_WORDS: TermList = {
  id: 'people.place-word',
  pattern: ['san', 'santa', 'los', 'las', 'new', 'fort', 'port', 'mount', 'lake', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'city', 'county', 'province', 'island', 'islands', 'sea', 'ocean', 'river', 'valley', 'bay', 'park', 'street', 'avenue', 'square', 'road', 'airport', 'station', 'hall', 'tower', 'bridge', 'strait', 'gulf', 'coast', 'beach', 'hills', 'heights', 'springs', 'falls', 'canyon', 'desert', 'peninsula', 'district', 'region', 'territory', 'capital', 'america', 'china', 'russia', 'iran', 'cuba', 'taiwan', 'india', 'japan', 'korea', 'ukraine', 'israel', 'europe', 'asia', 'africa', 'washington', 'beijing', 'moscow', 'bangkok', 'california', 'nevada', 'texas', 'florida', 'delhi', 'london', 'paris', 'singapore', 'thailand', 'francisco', 'woodside', 'hong', 'kong', 'york', 'jersey', 'virginia', 'carolina', 'dakota', 'hampshire', 'mexico', 'zealand', 'guinea', 'arabia', 'emirates'],
  rationale: 'Place-name parts and frequent place names in international news: a run containing one is a place, not a person.',
  examples: ['San Francisco', 'Woodside, California', 'New Delhi'],
};

export const DESCRIPTORS: TermList = {
  id: 'people.descriptor',
  pattern: ['us', 'u.s.', 'uk', 'u.k.', 'eu', 'un', 'fbi', 'cia', 'nsa', 'american', 'chinese', 'russian', 'iranian', 'cuban', 'indian', 'british', 'french', 'german', 'japanese', 'korean', 'israeli', 'ukrainian', 'taiwanese', 'thai', 'singaporean', 'european', 'western', 'democratic', 'republican', 'democrat', 'china\'s', 'biden\'s', 'trump\'s'],
  rationale: 'Nationality and party words that may precede a title or name but are not part of the name.',
  examples: ['Chinese leader Xi Jinping', 'US President Joe Biden'],
};

export const NON_NAME_WORDS: TermList = {
  id: 'people.non-name-word',
  pattern: ['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'of', 'to', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'since', 'despite', 'after', 'before', 'during', 'though', 'although', 'because', 'even', 'that', 'this', 'these', 'those', 'there', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'who', 'what', 'which', 'where', 'why', 'how', 'both', 'all', 'any', 'some', 'no', 'not', 'last', 'next', 'every', 'each', 'such', 'similarly', 'however', 'meanwhile', 'still', 'also', 'yet', 'then', 'so', 'many', 'most', 'more', 'several', 'one', 'two', 'three', 'setting', 'referring', 'given', 'whether', 'once', 'related', 'top', 'source', 'sources', 'written', 'updated', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'exclusive', 'breaking', 'ai', 'ai-generated', 'ai-powered', 'comparatively', 'consequently', 'seeking', 'throw', 'pinky', 'assurance', 'relations', 'foreign', 'communication', 'intelligence', 'reports', 'strategies', 'chinese', 'home'],
  rationale: 'Words that are capitalised only because they start a sentence, a heading or a date, and never start a name.',
  examples: ['Despite Xi\'s attempt …', 'Since 2020, …'],
};

export const NAME_PARTICLES: TermList = {
  id: 'people.name-particle',
  pattern: ['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'dos', 'jr.', 'jr', 'sr.', 'iii', 'ii'],
  rationale: 'Lowercase or suffix parts that may sit inside a personal name ("Ursula von der Leyen", "Martin Luther King Jr.").',
  examples: ['Ursula von der Leyen'],
};

export const PRONOUNS: TermList = {
  id: 'people.pronoun',
  pattern: ['he', 'she'],
  rationale: 'A quote attributed to "he"/"she" goes to the person mentioned last before it.',
  examples: ['"We will see," he said.'],
};
