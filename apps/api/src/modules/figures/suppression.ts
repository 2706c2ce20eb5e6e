/**
 * Statistical disclosure control for published count tables (pure: no database, no GraphQL).
 *
 * Primary suppression: a count from 1 to threshold-1 is published as "fewer than N". Zero is
 * published: it says nobody, which identifies no one.
 *
 * Secondary suppression: a table with totals is a set of linear equations (each row and column
 * adds up to its total, the totals to the grand total). A reader who knows them could subtract
 * the published cells from a total and recover a small count, or narrow it ("fewer than 5" plus
 * a total can mean "exactly 1"). The rule here is strict: **after publication every value from
 * 1 to N-1 must remain possible for every "fewer than N" cell.** It is checked constructively: for
 * each small cell x and each value v there must be a rectangle (x, a cell in x's row, a cell in
 * x's column, the cell where they cross; totals count as cells) of unpublished cells which can
 * absorb the change x -> v while every equation still holds and every unpublished cell stays in
 * what its label says (a "fewer than N" cell between 1 and N-1, a withheld cell at least N,
 * since only cells of N or more are ever withheld beside a small one). That table exists, so the
 * reader cannot rule v out. When no choice of extra cells can protect a cell, the whole table is
 * withheld.
 *
 * Cells marked `fixed` are published in another table too (a population total every breakdown
 * shares): they are never withheld here, so the tables stay independent given them. A fixed cell
 * must not be small (the caller withholds the breakdowns of a small population instead).
 */

export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;

export type PublishedCell =
  | { kind: 'COUNT'; value: number }
  | { kind: 'FEWER_THAN'; threshold: number }
  /** Not shown, to protect a small count elsewhere in the table (or the whole table is withheld). */
  | { kind: 'WITHHELD' };

export interface CountTable {
  rows: readonly string[];
  /** Null for a one-way table (one count per row). */
  columns: readonly string[] | null;
  /** counts[row][column]; a one-way table has one column. */
  counts: readonly (readonly number[])[];
  /**
   * `margins`: row totals (two-way), column totals and a grand total are published and add up.
   * `none`: no totals, e.g. a multi-response table (a case may have several exploitation types),
   * whose cells do not add up to anything.
   */
  totals: 'margins' | 'none';
  /** Totals published elsewhere with the same value: never withheld here. */
  fixed?: { total?: boolean; rowTotals?: readonly number[]; columnTotals?: readonly number[] };
  /** Withhold every cell that is not fixed, whatever the counts (see figure-tables.ts). */
  withholdAll?: boolean;
}

export interface ProtectedTable {
  rows: string[];
  columns: string[] | null;
  cells: PublishedCell[][];
  /** Two-way tables with margins only. */
  rowTotals: PublishedCell[] | null;
  /** Column totals of a two-way table; null otherwise. */
  columnTotals: PublishedCell[] | null;
  total: PublishedCell | null;
  /** No cell could be protected by withholding others: every cell not published elsewhere is withheld. */
  withheld: boolean;
  /** Counts shown as "fewer than N" (totals included). */
  primarySuppressed: number;
  /** Counts withheld to protect them (0 when the whole table is withheld). */
  secondarySuppressed: number;
}

type Status = 'published' | 'primary' | 'withheld';

interface Grid {
  threshold: number;
  twoWay: boolean;
  margins: boolean;
  /** Interior rows; the margin row (column totals), when present, has index `rows`. */
  rows: number;
  cols: number;
  value: number[][];
  status: Status[][];
  fixed: boolean[][];
}

export function isSmall(count: number, threshold: number): boolean {
  return count >= 1 && count < threshold;
}

function buildGrid(table: CountTable, threshold: number): Grid {
  const twoWay = table.columns !== null;
  const margins = table.totals === 'margins';
  const nRows = table.rows.length;
  const nCols = twoWay ? table.columns!.length : 1;
  for (const row of table.counts)
    if (row.length !== nCols || row.some((n) => !Number.isInteger(n) || n < 0))
      throw new RangeError('counts must be non-negative integers, one per column');
  if (table.counts.length !== nRows) throw new RangeError('one row of counts per row label');
  // A one-way table is laid out as one line: the categories, then the total.
  const interior: number[][] = twoWay ? table.counts.map((r) => [...r]) : [table.counts.map((r) => r[0]!)];
  const rows = interior.length;
  const cols = twoWay ? nCols : nRows;
  const value: number[][] = interior.map((r) => (margins ? [...r, sum(r)] : [...r]));
  if (margins && twoWay) {
    const columnTotals = Array.from({ length: cols + 1 }, (_, c) => sum(value.map((r) => r[c]!)));
    value.push(columnTotals);
  }
  const fixed = value.map((r) => r.map(() => false));
  if (margins) {
    const f = table.fixed ?? {};
    if (twoWay) {
      if (f.total) fixed[rows]![cols] = true;
      for (const r of f.rowTotals ?? []) fixed[r]![cols] = true;
      for (const c of f.columnTotals ?? []) fixed[rows]![c] = true;
    } else if (f.total) fixed[0]![cols] = true;
  }
  // A small total shared between tables would need protecting in all of them at once; callers
  // publish only "fewer than N" for such a population and withhold its breakdowns instead.
  if (value.some((r, i) => r.some((n, j) => fixed[i]![j] && isSmall(n, threshold))))
    throw new RangeError('a total shared with another table must not be small');
  const status = value.map((r) => r.map((n): Status => (isSmall(n, threshold) ? 'primary' : 'published')));
  return { threshold, twoWay, margins, rows, cols, value, status, fixed };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface Pos {
  r: number;
  c: number;
}

/** +1 for an interior line, -1 for the margin: the coefficient in "interior cells - total = 0". */
function rowCoef(g: Grid, r: number): number {
  return g.twoWay && g.margins && r === g.rows ? -1 : 1;
}
function colCoef(g: Grid, c: number): number {
  return g.margins && c === g.cols ? -1 : 1;
}

/**
 * The ways a change at x can be absorbed by other cells with every equation still holding: in a
 * one-way table, one other cell of the line; in a two-way table, the three other corners of a
 * rectangle. Each partner comes with the sign of its change.
 */
function* cycles(g: Grid, x: Pos): Generator<Array<Pos & { sign: number }>> {
  const rowCount = g.value.length;
  const colCount = g.value[0]?.length ?? 0;
  const colFactor = (c: number) => (c === x.c ? 1 : -colCoef(g, x.c) / colCoef(g, c));
  if (!g.twoWay) {
    if (!g.margins) return;
    for (let c = 0; c < colCount; c++) if (c !== x.c) yield [{ r: 0, c, sign: colFactor(c) }];
    return;
  }
  if (!g.margins) return;
  const rowFactor = (r: number) => (r === x.r ? 1 : -rowCoef(g, x.r) / rowCoef(g, r));
  for (let r = 0; r < rowCount; r++) {
    if (r === x.r) continue;
    for (let c = 0; c < colCount; c++) {
      if (c === x.c) continue;
      yield [
        { r: x.r, c, sign: colFactor(c) },
        { r, c: x.c, sign: rowFactor(r) },
        { r, c, sign: rowFactor(r) * colFactor(c) },
      ];
    }
  }
}

/** Whether the cell, with the given status, may take value + delta without contradicting its label. */
function absorbs(g: Grid, p: Pos, status: Status, delta: number): boolean {
  const next = g.value[p.r]![p.c]! + delta;
  if (status === 'primary') return next >= 1 && next < g.threshold;
  if (status === 'withheld') return next >= g.threshold;
  return false;
}

/**
 * Extra cells to withhold so that x can take each of the values; null when no single rectangle
 * can absorb them all.
 */
function cheapestCover(g: Grid, x: Pos, values: readonly number[]): Pos[] | null {
  const deltas = values.map((v) => v - g.value[x.r]![x.c]!);
  let best: { cost: number; add: Pos[] } | null = null;
  for (const partners of cycles(g, x)) {
    let cost = 0;
    const add: Pos[] = [];
    let ok = true;
    for (const p of partners) {
      const status = g.status[p.r]![p.c]!;
      const fits = (as: Status) => deltas.every((delta) => absorbs(g, p, as, p.sign * delta));
      if (status !== 'published') ok = fits(status);
      else if (!g.fixed[p.r]![p.c] && fits('withheld')) {
        cost += withholdCost(g, p);
        add.push(p);
      } else ok = false;
      if (!ok) break;
    }
    if (ok && (!best || cost < best.cost)) best = { cost, add };
  }
  return best ? best.add : null;
}

/** Prefer withholding few interior cells, then small ones; totals only when nothing else will do. */
function withholdCost(g: Grid, p: Pos): number {
  const marginRow = g.twoWay && g.margins && p.r === g.rows;
  const marginCol = g.margins && p.c === g.cols;
  const weight = marginRow && marginCol ? 10_000 : marginRow || marginCol ? 100 : 1;
  return weight * 1_000_000 + g.value[p.r]![p.c]!;
}

/** The first (small cell, value) that the published table would let a reader rule out. */
function firstExposure(g: Grid): { x: Pos; v: number } | null {
  for (let r = 0; r < g.value.length; r++)
    for (let c = 0; c < g.value[r]!.length; c++) {
      if (g.status[r]![c] !== 'primary') continue;
      if (!g.margins) continue; // nothing adds up: the label alone is all a reader learns
      const x = { r, c };
      for (let v = 1; v < g.threshold; v++) {
        if (v === g.value[r]![c]) continue;
        if (cheapestCover(g, x, [v])?.length !== 0) return { x, v };
      }
    }
  return null;
}

export function protectTable(table: CountTable, threshold: number): ProtectedTable {
  if (!Number.isInteger(threshold) || threshold < MIN_THRESHOLD)
    throw new RangeError(`threshold must be a whole number of at least ${MIN_THRESHOLD}`);
  const g = buildGrid(table, threshold);
  let withheld = table.withholdAll ?? false;
  if (!withheld && g.value[0]?.length) {
    for (let exposure = firstExposure(g); exposure; exposure = firstExposure(g)) {
      // One rectangle that covers every value is usually cheaper than one per value.
      const { x, v } = exposure;
      const everyValue = Array.from({ length: g.threshold - 1 }, (_, i) => i + 1);
      const add = cheapestCover(g, x, everyValue) ?? cheapestCover(g, x, [v]);
      if (!add) {
        withheld = true;
        break;
      }
      for (const p of add) g.status[p.r]![p.c] = 'withheld';
    }
  }
  return render(table, g, withheld);
}

function render(table: CountTable, g: Grid, withheld: boolean): ProtectedTable {
  const cell = (r: number, c: number): PublishedCell => {
    const status = g.status[r]![c]!;
    if (withheld && !g.fixed[r]![c]) return { kind: 'WITHHELD' };
    if (status === 'primary') return { kind: 'FEWER_THAN', threshold: g.threshold };
    if (status === 'withheld') return { kind: 'WITHHELD' };
    return { kind: 'COUNT', value: g.value[r]![c]! };
  };
  let primary = 0;
  let secondary = 0;
  for (let r = 0; r < g.value.length; r++)
    for (let c = 0; c < g.value[r]!.length; c++) {
      if (g.status[r]![c] === 'primary') primary++;
      if (g.status[r]![c] === 'withheld' && !withheld) secondary++;
    }
  const base = {
    rows: [...table.rows],
    columns: table.columns ? [...table.columns] : null,
    withheld,
    primarySuppressed: primary,
    secondarySuppressed: secondary,
  };
  if (!g.twoWay) {
    const n = table.rows.length;
    return {
      ...base,
      cells: table.rows.map((_, i) => [cell(0, i)]),
      rowTotals: null,
      columnTotals: null,
      total: g.margins ? cell(0, n) : null,
    };
  }
  return {
    ...base,
    cells: table.rows.map((_, r) => (table.columns ?? []).map((_, c) => cell(r, c))),
    rowTotals: g.margins ? table.rows.map((_, r) => cell(r, g.cols)) : null,
    columnTotals: g.margins ? (table.columns ?? []).map((_, c) => cell(g.rows, c)) : null,
    total: g.margins ? cell(g.rows, g.cols) : null,
  };
}

/** A statistic (median, percentile) is published only when it summarises at least this many. */
export function enoughFor(count: number, minimum: number): boolean {
  return count >= minimum;
}
