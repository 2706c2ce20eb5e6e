/**
 * k-anonymity for a record-level extract (pure). Every quasi-identifier has a generalisation
 * hierarchy (level 0 is the recorded value, the last level is "*", nothing). One level per
 * quasi-identifier is chosen for the whole extract (global recoding, so a column means the same
 * thing on every row), and records whose equivalence class is still smaller than k are dropped.
 *
 * The choice: among the level combinations that drop at most `maxDropShare` of the records, the
 * one that generalises least (sum of level heights), then the one that drops fewest. When none
 * does, the fully generalised extract, which keeps everything when there are at least k records
 * and nothing otherwise. Either way no equivalence class under k is ever released.
 */

export const DEFAULT_K = 11;

export interface QuasiIdentifier<R> {
  name: string;
  /** levels[i](record) is the value at generalisation level i; the last level must be constant. */
  levels: ReadonlyArray<(record: R) => string>;
}

export interface Anonymised {
  /** Values of each quasi-identifier at its chosen level, one object per released record. */
  rows: Array<Record<string, string>>;
  /** Indexes (into the input) of the released records, in input order. */
  kept: number[];
  levels: Record<string, number>;
  dropped: number;
  k: number;
}

export interface AnonymiseOptions {
  k: number;
  /** Default 0.1: at most a tenth of the records dropped before generalising further. */
  maxDropShare?: number;
}

export function kAnonymise<R>(
  records: readonly R[],
  quasiIdentifiers: readonly QuasiIdentifier<R>[],
  options: AnonymiseOptions,
): Anonymised {
  const { k, maxDropShare = 0.1 } = options;
  if (!Number.isInteger(k) || k < 2) throw new RangeError('k must be a whole number of at least 2');
  const heights = quasiIdentifiers.map((q) => q.levels.length);
  let best: { levels: number[]; cost: number; dropped: number } | null = null;
  for (const levels of combinations(heights)) {
    const dropped = droppedAt(records, quasiIdentifiers, levels, k);
    if (dropped > maxDropShare * records.length) continue;
    const cost = levels.reduce((a, b) => a + b, 0);
    if (!best || cost < best.cost || (cost === best.cost && dropped < best.dropped)) best = { levels, cost, dropped };
  }
  const levels = best?.levels ?? heights.map((h) => h - 1);
  return release(records, quasiIdentifiers, levels, k);
}

function* combinations(heights: readonly number[]): Generator<number[]> {
  const current = heights.map(() => 0);
  while (true) {
    yield [...current];
    let i = 0;
    while (i < heights.length && ++current[i]! >= heights[i]!) current[i++] = 0;
    if (i === heights.length) return;
  }
}

function keyOf<R>(record: R, quasiIdentifiers: readonly QuasiIdentifier<R>[], levels: readonly number[]): string {
  return JSON.stringify(quasiIdentifiers.map((q, i) => q.levels[levels[i]!]!(record)));
}

function classSizes<R>(records: readonly R[], qis: readonly QuasiIdentifier<R>[], levels: readonly number[]) {
  const sizes = new Map<string, number>();
  for (const record of records) {
    const key = keyOf(record, qis, levels);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes;
}

function droppedAt<R>(records: readonly R[], qis: readonly QuasiIdentifier<R>[], levels: number[], k: number): number {
  let dropped = 0;
  for (const size of classSizes(records, qis, levels).values()) if (size < k) dropped += size;
  return dropped;
}

function release<R>(
  records: readonly R[],
  qis: readonly QuasiIdentifier<R>[],
  levels: number[],
  k: number,
): Anonymised {
  const sizes = classSizes(records, qis, levels);
  const rows: Array<Record<string, string>> = [];
  const kept: number[] = [];
  records.forEach((record, index) => {
    if ((sizes.get(keyOf(record, qis, levels)) ?? 0) < k) return;
    kept.push(index);
    rows.push(Object.fromEntries(qis.map((q, i) => [q.name, q.levels[levels[i]!]!(record)])));
  });
  return {
    rows,
    kept,
    levels: Object.fromEntries(qis.map((q, i) => [q.name, levels[i]!])),
    dropped: records.length - kept.length,
    k,
  };
}

/** The sizes of the equivalence classes of released rows over the given columns (for checks). */
export function equivalenceClassSizes(rows: ReadonlyArray<Record<string, string>>, columns: readonly string[]) {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(columns.map((c) => row[c]));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}
