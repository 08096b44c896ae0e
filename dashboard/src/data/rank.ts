/** Ranking outlets by a value, with ties sharing a rank (pure). */

export interface Entry {
  label: string;
  value: number;
}

export interface RankedEntry extends Entry {
  /** 1-based; tied values share the rank of the first of them ("1, 1, 3"). */
  rank: number;
}

/** Highest first; equal values keep their input order and share a rank. */
export function rankDescending(entries: readonly Entry[]): RankedEntry[] {
  const sorted = entries
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => b.value - a.value || a.order - b.order);
  const ranked: RankedEntry[] = [];
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.value === entry.value ? previous.rank : i + 1;
    ranked.push({ label: entry.label, value: entry.value, rank });
  });
  return ranked;
}

export interface Leaders {
  /** Entries sharing the top value (empty when there are no entries). */
  top: RankedEntry[];
  /** The best entry below the top value, or null. */
  next: RankedEntry | null;
}

export function leaders(entries: readonly Entry[]): Leaders {
  const ranked = rankDescending(entries);
  const top = ranked.filter((e) => e.rank === 1);
  return { top, next: ranked[top.length] ?? null };
}
