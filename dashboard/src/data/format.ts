/** Number, ratio, list and date formatting for summaries, tables and labels (pure, locale-fixed). */

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A per-1,000-words rate with one decimal ("9.8", "0.0", "1,204.5"). */
export function formatRate(value: number): string {
  return oneDecimal.format(value);
}

/** A count ("7", "1,204"). */
export function formatCount(value: number): string {
  return whole.format(value);
}

/**
 * How many times larger `value` is than `other`, for "3× the next outlet": whole numbers from 10×,
 * one decimal below ("2.5×"), trailing ".0" dropped.
 * @example formatRatio(9.8, 3.2) // "3.1×"
 */
export function formatRatio(value: number, other: number): string {
  const ratio = value / other;
  if (ratio >= 10) return `${whole.format(ratio)}×`;
  return `${oneDecimal.format(ratio).replace(/\.0$/, '')}×`;
}

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function formatPercent(share: number): string {
  return `${whole.format(share * 100)}%`;
}

/** Numbers up to ten as words for sentences ("two of five"), larger ones as digits. */
export function formatSmall(n: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return Number.isInteger(n) && n >= 0 && n <= 10 ? (words[n] ?? String(n)) : formatCount(n);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-01-30" → "30 January 2024"; anything unparsable is returned as given. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Both articles" / "All five articles". */
export function allArticles(n: number): string {
  return n === 2 ? 'Both articles' : `All ${formatSmall(n)} articles`;
}

/** "Neither article" / "None of the five articles". */
export function noneOfArticles(n: number): string {
  return n === 2 ? 'Neither article' : `None of the ${formatSmall(n)} articles`;
}

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|Mr|Mrs|Ms|Dr|St|No|U\.S|U\.K|U\.N)\.$/;

/**
 * The first sentence of a text (for tooltips that must stay short); the whole text if it has one.
 * @example firstSentence('Hearsay words present … (93%). In crime reporting …') // 'Hearsay words present … (93%).'
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let m = boundary.exec(trimmed); m; m = boundary.exec(trimmed)) {
    const end = m.index + m[0].length;
    if (!ABBREVIATION.test(trimmed.slice(0, m.index + 1))) return trimmed.slice(0, end);
  }
  return trimmed;
}
