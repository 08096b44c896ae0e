/**
 * The method cards' fixed text: title, how analyser evidence was mapped onto each corpus' labels,
 * and the known limits of each comparison. Figures are filled in by the run.
 */
import { CONLL_MAPPINGS, SZEGED_MAPPINGS } from '../markers';

export interface CardText {
  metric: string;
  title: string;
  mapping: string;
  caveats: string[];
}

const excluded = (rules: readonly string[] | undefined): string =>
  rules === undefined || rules.length === 0 ? '' : rules.length <= 2 ? ` minus ${rules.join(', ')}` : ` minus ${rules.length} rules`;

const describe = (mappings: ReadonlyArray<{ variant: string; metrics: readonly string[]; excludeRules?: readonly string[]; rationale: string }>): string =>
  mappings.map((m) => `${m.variant} = ${m.metrics.join(' + ')}${excluded(m.excludeRules)} (${m.rationale})`).join('; ');

export const CARD_TEXTS: readonly CardText[] = [
  {
    metric: 'hedging',
    title: 'Hedging vs. semantic-uncertainty cues (Szeged Uncertainty Corpus)',
    mapping:
      `Each sentence is analysed alone (passage mode); predicted cues are the evidence spans of the variant's metrics, both voices. ` +
      `Variants: ${describe(SZEGED_MAPPINGS)}. Cue level: a predicted span matches a gold <ccue> when they share at least one character; ` +
      `a maximum one-to-one matching is taken per sentence, so each gold cue and each predicted span counts at most once ` +
      `(a second prediction on the same cue is a false positive). Sentence level: a sentence is uncertain iff it holds a gold cue / a prediction.`,
    caveats: [
      'The public Szeged XML marks semantic uncertainty only (epistemic, doxastic, conditional, investigation); the CoNLL-style weasel and peacock cues are absent.',
      "Conditional cues ('if', 'unless', 'until') and future/modal 'would', 'will' count as uncertainty in this scheme. Since analyser 1.1 Framelens counts 'if', 'unless', hypothetical 'would' and 'whether' too (guarded: reported-future 'would' does not count); 'will', 'can', 'should' and 'until' are left out, which shows up as misses.",
      "'according to' is never a Szeged cue; Framelens counts it as an evidential hedge, which shows up as false positives (see the hedging-without-according-to line).",
      "Discontinuous cues are separate <ccue> elements and count separately; multi-word cues ('may or may not') are one gold cue.",
      'wiki and bio are dev files (studied and tuned on); factbank (news) is the test file. bio is another genre and is shown for context only.',
    ],
  },
  {
    metric: 'uncertainty',
    title: 'Uncertain sentences vs. CoNLL-2010 Wikipedia labels (hedges and weasel words)',
    mapping:
      `A sentence is predicted uncertain when any evidence of the variant's metrics fires (passage mode, both voices). Variants: ${describe(CONLL_MAPPINGS)}. ` +
      "The mapping was fixed before the test figures were seen. The prevalence-adjusted line re-weights to the official Wikipedia test set's 22.7% uncertain: " +
      "precision' = TPR·p / (TPR·p + FPR·(1−p)), recall = TPR, F1 from those.",
    caveats: [
      'The sample is balanced (1,500 / 1,500), which inflates precision compared with the natural rate; the prevalence-adjusted line corrects for that.',
      'Most sentences of the sample also occur in wiki.xml (dev) with different, semantic-only labels; tuning on wiki.xml therefore sees them. The main-not-in-dev line scores only the sentences absent from wiki.xml.',
      'Which CoNLL split (train or evaluation) the sample came from is not stated by its source.',
    ],
  },
  {
    metric: 'directQuotes',
    title: 'Direct quotes vs. BASIL spans inside quotations',
    mapping:
      "Each article is analysed once (title and paragraphs joined by blank lines, sentences by a space, passage mode); analysis offsets are aligned back to the joined text. " +
      "Recall: a gold 'quote: yes' span is found when any detected direct quote overlaps it (coverage, not one-to-one). " +
      "Precision: only detected quotes that overlap at least one annotated span can be judged; correct = overlaps a 'quote: yes' span, false = overlaps only 'quote: no' spans. F1 combines the two.",
    caveats: [
      'BASIL annotates biased phrases, not quotations: most real quotes carry no annotation, so precision rests on the minority of detected quotes that touch an annotated phrase.',
      "Some 'quote: yes' spans are reported speech without quotation marks, which a direct-quote detector should not find; the paragraph-has-quote-mark line leaves out spans whose paragraph holds no quotation mark.",
      "A 'quote: no' span can overlap a quotation when the biased part is the surrounding narration, which makes the false count an upper bound.",
    ],
  },
  {
    metric: 'speakerAttribution',
    title: 'Quote speakers vs. BASIL speaker labels',
    mapping:
      "For each found gold quote span whose speaker names someone (not empty, not other_anti/other_pro/other_neutral), the detected quote overlapping it most is compared. " +
      "Strict: normalised names equal (underscores to spaces, accents, punctuation and case ignored). Lenient: the surnames are equal (last words, Jr./Sr./II/III ignored: 'Trump' ~ 'Donald Trump'), or the gold id is cut at a non-ASCII letter of the name ('Felipe_Calder' ~ 'Felipe Calderón'). " +
      'tp = correct, fp = a wrong non-null speaker, fn = evaluated − correct (wrong or missing).',
    caveats: [
      "Gold speakers are entity ids and include groups ('Democratic_lawmakers', 'Obama_campaign') that a person-name attribution cannot match.",
      'A quote continuing over several paragraphs may name its speaker only in the first one.',
    ],
  },
  {
    metric: 'skepticism',
    title: 'Skepticism (distancing) markers vs. BASIL lexical bias and BABE sentence bias',
    mapping:
      "BASIL: recall of 'bias: lex' spans (found when a marker overlaps the span), also for the outlet's own words only ('quote: no'). " +
      'BABE: the marker fires in a sentence when it has at least one skepticism match; precision = P(Biased | fires), recall = P(fires | Biased); ' +
      "word agreement = share of matches in Biased sentences that include a word from the experts' biased_words list.",
    caveats: [
      "Distancing is not always bias ('allegedly' is legal caution in crime reporting); these figures say how far the marker tracks annotated bias, not whether it is right to flag.",
      'Most BASIL lexical-bias spans are loaded adjectives and nouns, which these markers do not look for; recall is expected to be low.',
      'BABE biased_words come without offsets, so agreement is a word match.',
    ],
  },
  {
    metric: 'loadedVerbs',
    title: 'Loaded verbs vs. BASIL lexical bias and BABE sentence bias',
    mapping: 'As for skepticism, with the loadedVerbs evidence.',
    caveats: [
      'Most BASIL lexical-bias spans are loaded adjectives and nouns, not verbs; recall is expected to be low.',
      'BABE biased_words come without offsets, so agreement is a word match.',
    ],
  },
  {
    metric: 'biasMarkers',
    title: 'Skepticism or loaded verbs, and any stance marker (context)',
    mapping:
      'skepticism+loadedVerbs: either marker. any-stance-marker (BASIL only): hedging, skepticism, scare quotes, boosters, anonymous sources or loaded verbs; ' +
      'direct quotes, named sources, neutral verbs and citations are left out because they cover text without judging it.',
    caveats: ['Context lines: they show how much of the annotated bias vocabulary any Framelens marker touches.'],
  },
];
