// Shaping the dashboard's breakdown tables: sorted most first, long tails folded into one row.

export interface KeyCount<Key = string> {
  key: Key;
  count: number;
}

/**
 * Most signatures first; ties in key order with the null key (no source) last, so the table
 * does not reshuffle between loads.
 */
export function mostFirst<Key extends string | null>(a: KeyCount<Key>, b: KeyCount<Key>): number {
  if (b.count !== a.count) return b.count - a.count;
  if (a.key === null || b.key === null) return (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0);
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface TopRows<Key> {
  shown: KeyCount<Key>[];
  /** What did not fit: how many keys, and their signatures together. */
  rest: { keys: number; count: number };
}

/**
 * The first `max` rows of a sorted breakdown and a summary of the rest: anyone can invent a
 * ?ref= value, so the list of sources has no natural end.
 */
export function keepTop<Key>(rows: readonly KeyCount<Key>[], max: number): TopRows<Key> {
  const rest = rows.slice(max);
  return {
    shown: rows.slice(0, max),
    rest: { keys: rest.length, count: rest.reduce((sum, row) => sum + row.count, 0) },
  };
}
