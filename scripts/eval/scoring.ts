/**
 * Scoring arithmetic for the validity harness: precision/recall/F1 from counts, the prevalence
 * re-weighting used for the balanced CoNLL sample, and one-to-one span matching by overlap.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Harmonic mean of precision and recall; null if either is undefined, 0 if both are 0. */
export function harmonic(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Precision, recall and F1 from counts. A zero denominator gives null (undefined), not 0:
 * with no predictions precision is undefined; F1 is then undefined too.
 * @example prf({ tp: 3, fp: 1, fn: 2 }) // { precision: 0.75, recall: 0.6, f1: 0.666… }
 */
export function prf(c: Counts): Scores {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { precision, recall, f1: harmonic(precision, recall) };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Re-weight a result measured on a sample with a different class balance to prevalence `p`:
 * recall = TPR = tp/positives; FPR = fp/negatives; precision' = TPR·p / (TPR·p + FPR·(1−p)).
 */
export function prevalenceAdjusted(
  c: Counts,
  negatives: number,
  p: number,
): Scores & { tpr: number | null; fpr: number | null } {
  const tpr = ratio(c.tp, c.tp + c.fn);
  const fpr = ratio(c.fp, negatives);
  if (tpr === null || fpr === null) return { precision: null, recall: tpr, f1: null, tpr, fpr };
  const precision = ratio(tpr * p, tpr * p + fpr * (1 - p));
  return { precision, recall: tpr, f1: harmonic(precision, tpr), tpr, fpr };
}

export interface Range {
  start: number;
  end: number;
}

/** Half-open ranges overlap when they share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

export interface Matching {
  /** [goldIndex, predictedIndex] pairs, each index used at most once, sorted by gold index. */
  pairs: Array<[number, number]>;
  counts: Counts;
}

/**
 * Maximum one-to-one matching of gold to predicted spans on the overlap graph (Kuhn's augmenting
 * paths), so the number of matches does not depend on the order of the spans. Each gold and each
 * predicted span is used at most once; unmatched gold spans are misses, unmatched predictions false
 * positives.
 */
export function matchSpans(gold: readonly Range[], predicted: readonly Range[]): Matching {
  const goldOf: number[] = predicted.map(() => -1);
  const edges = gold.map((g) => predicted.flatMap((p, j) => (overlaps(g, p) ? [j] : [])));
  const augment = (g: number, seen: boolean[]): boolean => {
    for (const j of edges[g] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const holder = goldOf[j] ?? -1;
      if (holder === -1 || augment(holder, seen)) {
        goldOf[j] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) augment(g, predicted.map(() => false));
  const pairs: Array<[number, number]> = [];
  goldOf.forEach((g, j) => {
    if (g >= 0) pairs.push([g, j]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const tp = pairs.length;
  return { pairs, counts: { tp, fp: predicted.length - tp, fn: gold.length - tp } };
}

/** Sentence-level confusion counts for a binary label (positive = uncertain, biased, …). */
export function binaryCounts(items: ReadonlyArray<{ gold: boolean; predicted: boolean }>): Counts & { tn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { gold, predicted } of items) {
    if (gold && predicted) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}
