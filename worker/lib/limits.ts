/** The largest request body any route accepts (kept apart from body.ts so Node scripts can read it). */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * The longest text the analyser reads in one request, in UTF-16 units (HTML counts as its text):
 * about 8,000 words of news. `npm run bench:cpu` times ordinary news and every worst-case shape
 * at this length against the Workers free plan's 10 ms of CPU per request; on a paid plan it may
 * be raised.
 */
export const MAX_ARTICLE_CHARS = 48 * 1024;
/** About how many words of news `MAX_ARTICLE_CHARS` holds (some six characters a word, its space included), for messages. */
export const MAX_ARTICLE_WORDS = Math.round(MAX_ARTICLE_CHARS / 6 / 1000) * 1000;
