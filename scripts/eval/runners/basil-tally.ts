/**
 * Accumulates BASIL counts across articles and turns them into report lines.
 *
 * Quote recall: a gold `quote: yes` span is found when a detected direct quote overlaps it (a
 * coverage count, not one-to-one: one quotation can hold several annotated phrases).
 * Quote precision: BASIL annotates only biased phrases, so a detected quote that touches no
 * annotation cannot be judged. Judged = detected quotes overlapping at least one annotated span;
 * correct = overlapping a `quote: yes` span; false = overlapping only `quote: no` spans.
 */
import type { CorpusInfo } from '../analyzer';
import type { Marker } from '../markers';
import { type CardResult, cardResult } from '../results';
import { type Counts, harmonic, overlaps, type Range, ratio } from '../scoring';
import { isNamedSpeaker, speakerMatchesLenient, speakerMatchesStrict } from '../speakers';
import type { BasilSpan, Located } from '../readers/basil';

export interface LocatedSpan extends BasilSpan {
  at: Range;
  /** True when the span's paragraph holds a quotation mark (straight or curly). */
  paragraphHasQuoteMark: boolean;
}

export interface PlacedQuote extends Range {
  speaker: string | null;
}

/** Largest overlap between `span` and any of `quotes`, or null when none overlaps. */
export function bestOverlap<T extends Range>(span: Range, quotes: readonly T[]): T | null {
  let best: T | null = null;
  let bestLength = 0;
  for (const q of quotes) {
    if (!overlaps(span, q)) continue;
    const length = Math.min(span.end, q.end) - Math.max(span.start, q.start);
    if (length > bestLength) {
      best = q;
      bestLength = length;
    }
  }
  return best;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export class BasilTally {
  private readonly corpus: CorpusInfo;
  private spans = { exact: 0, moved: 0, missing: 0 };
  private articles = 0;
  private realigned = 0;
  private detectedQuotes = 0;
  private unalignedQuotes = 0;
  private goldQuotes = { all: zero(), withMark: zero() };
  private judged = { correct: 0, wrong: 0, unjudged: 0 };
  private speaker = { strict: zero(), lenient: zero(), evaluated: 0, nullSpeaker: 0, anonymousGold: 0 };
  private lex = new Map<string, { all: Counts; outlet: Counts; fired: number; inAnySpan: number; unaligned: number }>();

  constructor(corpus: CorpusInfo) {
    this.corpus = corpus;
  }

  located(at: Located): void {
    if (!at) this.spans.missing++;
    else if (at.exact) this.spans.exact++;
    else this.spans.moved++;
  }

  /** One article analysed; `identical` when the analyser's text equals the joined text. */
  analysed(identical: boolean): void {
    this.articles++;
    if (!identical) this.realigned++;
  }

  unalignedQuote(): void {
    this.unalignedQuotes++;
  }

  quotes(spans: readonly LocatedSpan[], quotes: readonly PlacedQuote[]): void {
    this.detectedQuotes += quotes.length;
    for (const span of spans) {
      if (!span.quote) continue;
      const match = bestOverlap(span.at, quotes);
      bump(this.goldQuotes.all, match !== null);
      if (span.paragraphHasQuoteMark) bump(this.goldQuotes.withMark, match !== null);
      if (!match) continue;
      if (!isNamedSpeaker(span.speaker)) {
        this.speaker.anonymousGold++;
        continue;
      }
      this.speaker.evaluated++;
      if (match.speaker === null) this.speaker.nullSpeaker++;
      scoreSpeaker(this.speaker.strict, match.speaker, speakerMatchesStrict(match.speaker, span.speaker));
      scoreSpeaker(this.speaker.lenient, match.speaker, speakerMatchesLenient(match.speaker, span.speaker));
    }
    for (const q of quotes) {
      const touched = spans.filter((s) => overlaps(s.at, q));
      if (touched.length === 0) this.judged.unjudged++;
      else if (touched.some((s) => s.quote)) this.judged.correct++;
      else this.judged.wrong++;
    }
  }

  lexical(variant: string, spans: readonly LocatedSpan[], markers: readonly Marker[], unaligned: number): void {
    const t = this.lex.get(variant) ?? { all: zero(), outlet: zero(), fired: 0, inAnySpan: 0, unaligned: 0 };
    for (const span of spans) {
      if (span.bias !== 'lex') continue;
      const found = markers.some((m) => overlaps(span.at, m));
      bump(t.all, found);
      if (!span.quote) bump(t.outlet, found);
    }
    t.fired += markers.length;
    t.inAnySpan += markers.filter((m) => spans.some((s) => overlaps(s.at, m))).length;
    t.unaligned += unaligned;
    this.lex.set(variant, t);
  }

  finish(): { results: CardResult[]; diagnostics: string[] } {
    return { results: [...this.quoteResults(), ...this.speakerResults(), ...this.lexResults()], diagnostics: this.diagnostics() };
  }

  private quoteResults(): CardResult[] {
    const corpus = this.corpus;
    const { all, withMark } = this.goldQuotes;
    const { correct, wrong, unjudged } = this.judged;
    const precision = ratio(correct, correct + wrong);
    const recall = ratio(all.tp, all.tp + all.fn);
    const recallOnly = (c: Counts) => ({ precision: null, recall: ratio(c.tp, c.tp + c.fn), f1: null });
    const judgedNote = `${correct + wrong} of ${this.detectedQuotes} detected quotes overlap an annotated span (${unjudged} touch none and are not judged)`;
    return [
      cardResult({
        card: 'directQuotes', corpus, level: 'quote', variant: 'main', n: all.tp + all.fn,
        counts: { tp: all.tp, fp: wrong, fn: all.fn },
        scores: { precision, recall, f1: harmonic(precision, recall) },
        note: `recall = tp/(tp+fn) over gold 'quote: yes' spans; precision = ${correct}/${correct + wrong} judged detections (fp = judged false detections); ${judgedNote}`,
      }),
      cardResult({
        card: 'directQuotes', corpus, level: 'gold-quote-span', variant: 'main', n: all.tp + all.fn,
        counts: { ...all, fp: 0 }, scores: recallOnly(all),
        note: "gold 'quote: yes' spans overlapped by a detected direct quote",
      }),
      cardResult({
        card: 'directQuotes', corpus, level: 'gold-quote-span', variant: 'paragraph-has-quote-mark', n: withMark.tp + withMark.fn,
        counts: { ...withMark, fp: 0 }, scores: recallOnly(withMark),
        note: 'only gold quote spans whose paragraph holds a quotation mark (leaves out reported speech)',
      }),
      cardResult({
        card: 'directQuotes', corpus, level: 'detected-quote-judged', variant: 'main', n: correct + wrong,
        counts: { tp: correct, fp: wrong, fn: 0 }, scores: { precision, recall: null, f1: null },
        note: `correct = overlaps a 'quote: yes' span; false = overlaps only 'quote: no' spans; ${judgedNote}`,
      }),
    ];
  }

  private speakerResults(): CardResult[] {
    const s = this.speaker;
    const note = `${s.evaluated} found gold quotes with a named speaker (${s.anonymousGold} with other_*/empty speaker left out); ${s.nullSpeaker} detected with no speaker; fp = wrong non-null speaker, fn = evaluated − correct`;
    return (['strict', 'lenient'] as const).map((kind) =>
      cardResult({ card: 'speakerAttribution', corpus: this.corpus, level: `speaker-${kind}`, variant: 'main', n: s.evaluated, counts: s[kind], note }),
    );
  }

  private lexResults(): CardResult[] {
    const cardOf = (variant: string): string => (variant === 'skepticism' || variant === 'loadedVerbs' ? variant : 'biasMarkers');
    return [...this.lex].flatMap(([variant, t]) => {
      const recallOnly = (c: Counts) => ({ precision: null, recall: ratio(c.tp, c.tp + c.fn), f1: null });
      const context = `${t.fired} markers fired in the ${this.articles} articles, ${t.inAnySpan} inside any annotated bias span (lex or inf)${t.unaligned ? `; ${t.unaligned} could not be aligned or landed on different text` : ''}`;
      return [
        cardResult({
          card: cardOf(variant), corpus: this.corpus, level: 'lexical-bias-span', variant, n: t.all.tp + t.all.fn,
          counts: { ...t.all, fp: 0 }, scores: recallOnly(t.all),
          note: `recall of 'bias: lex' spans (a span is found when a marker overlaps it); ${context}`,
        }),
        cardResult({
          card: cardOf(variant), corpus: this.corpus, level: 'lexical-bias-span-outlet-voice', variant, n: t.outlet.tp + t.outlet.fn,
          counts: { ...t.outlet, fp: 0 }, scores: recallOnly(t.outlet),
          note: "only lexical-bias spans marked 'quote: no' (the outlet's own words)",
        }),
      ];
    });
  }

  private diagnostics(): string[] {
    const { exact, moved, missing } = this.spans;
    return [
      `basil: ${exact + moved + missing} annotated spans; ${exact} at their stated offsets, ${moved} found nearby in the same sentence, ${missing} not located`,
      `basil: the analyser's text differed from the joined text in ${this.realigned} of ${this.articles} articles (offsets aligned by characters); ` +
        `${this.detectedQuotes} detected direct quotes placed in the joined text, ${this.unalignedQuotes} could not be aligned or landed on different text`,
    ];
  }
}

function bump(c: Counts, found: boolean): void {
  if (found) c.tp++;
  else c.fn++;
}

function scoreSpeaker(c: Counts, predicted: string | null, correct: boolean): void {
  if (correct) c.tp++;
  else {
    c.fn++;
    if (predicted !== null) c.fp++;
  }
}
