/**
 * An exhaustive reader of a published table, for the tests: it knows every published number,
 * every label and every equation, and asks for each "fewer than N" cell which values the table
 * still allows. Independent of the suppression code on purpose (it searches, it does not use
 * rectangles).
 */
import type { CountTable, ProtectedTable, PublishedCell } from './suppression.ts';

interface Var {
  lo: number;
  hi: number;
}

/** An equation: the sum of coef * x over terms equals constant. Terms name variables by index. */
interface Equation {
  terms: Array<{ v: number; coef: number }>;
  constant: number;
}

/** Feasible values of every "fewer than N" cell, keyed "r,c" over the table with margins. */
export function possibleValues(table: CountTable, published: ProtectedTable, threshold: number): Map<string, number[]> {
  const twoWay = table.columns !== null;
  const margins = table.totals === 'margins';
  // Grid with margins, as the reader sees it: rows of cells, then the totals.
  const labels: PublishedCell[][] = twoWay
    ? published.cells.map((row, r) => (margins ? [...row, published.rowTotals![r]!] : [...row]))
    : [published.cells.map((row) => row[0]!).concat(margins ? [published.total!] : [])];
  if (twoWay && margins) labels.push([...published.columnTotals!, published.total!]);
  const trueValues: number[][] = twoWay
    ? table.counts.map((row) => (margins ? [...row, row.reduce((a, b) => a + b, 0)] : [...row]))
    : [table.counts.map((row) => row[0]!).concat(margins ? [table.counts.reduce((a, r) => a + r[0]!, 0)] : [])];
  if (twoWay && margins) {
    const cols = table.columns!.length + 1;
    trueValues.push(Array.from({ length: cols }, (_, c) => trueValues.reduce((a, row) => a + row[c]!, 0)));
  }
  // Withheld values are capped (the reader's are not): a smaller space than the reader's, so any
  // value this search still allows, the reader cannot exclude either. The cap leaves room for
  // every small cell to move by up to threshold.
  const cellCount = trueValues.flat().length;
  const grand = Math.max(threshold, ...trueValues.flat()) + threshold * cellCount;
  const vars: Var[] = [];
  const index = new Map<string, number>();
  const known = (r: number, c: number): number | null => {
    const label = labels[r]![c]!;
    return label.kind === 'COUNT' ? label.value : null;
  };
  labels.forEach((row, r) =>
    row.forEach((label, c) => {
      if (label.kind === 'COUNT') return;
      index.set(`${r},${c}`, vars.length);
      if (label.kind === 'FEWER_THAN') vars.push({ lo: 1, hi: threshold - 1 });
      else vars.push(published.withheld ? { lo: 0, hi: grand } : { lo: threshold, hi: grand });
    }),
  );
  const equations: Equation[] = [];
  const line = (cells: Array<[number, number]>, total: [number, number]) => {
    const eq: Equation = { terms: [], constant: 0 };
    for (const [r, c] of cells) {
      const k = known(r, c);
      if (k === null) eq.terms.push({ v: index.get(`${r},${c}`)!, coef: 1 });
      else eq.constant -= k;
    }
    const k = known(...total);
    if (k === null) eq.terms.push({ v: index.get(`${total[0]},${total[1]}`)!, coef: -1 });
    else eq.constant += k;
    equations.push(eq);
  };
  if (margins) {
    const rows = labels.length;
    const cols = labels[0]!.length;
    if (!twoWay)
      line(
        [...Array(cols - 1).keys()].map((c) => [0, c]),
        [0, cols - 1],
      );
    else {
      for (let r = 0; r < rows; r++)
        line(
          [...Array(cols - 1).keys()].map((c) => [r, c]),
          [r, cols - 1],
        );
      for (let c = 0; c < cols; c++)
        line(
          [...Array(rows - 1).keys()].map((r) => [r, c]),
          [rows - 1, c],
        );
    }
  }
  const result = new Map<string, number[]>();
  labels.forEach((row, r) =>
    row.forEach((label, c) => {
      if (label.kind !== 'FEWER_THAN') return;
      const v = index.get(`${r},${c}`)!;
      const values: number[] = [];
      for (let x = 1; x < threshold; x++) {
        const domains = vars.map((d) => ({ ...d }));
        domains[v] = { lo: x, hi: x };
        if (feasible(domains, equations)) values.push(x);
      }
      result.set(`${r},${c}`, values);
    }),
  );
  return result;
}

function propagate(domains: Var[], equations: Equation[]): boolean {
  let changed = true;
  while (changed) {
    changed = false;
    for (const eq of equations) {
      // sum(coef * x) = constant: bound each term by the others' extremes.
      for (const t of eq.terms) {
        let min = 0;
        let max = 0;
        for (const o of eq.terms) {
          if (o === t) continue;
          const d = domains[o.v]!;
          min += o.coef > 0 ? o.coef * d.lo : o.coef * d.hi;
          max += o.coef > 0 ? o.coef * d.hi : o.coef * d.lo;
        }
        // coef * x = constant - others  => x in [(constant - max)/coef, (constant - min)/coef]
        const a = (eq.constant - max) / t.coef;
        const b = (eq.constant - min) / t.coef;
        const lo = Math.ceil(Math.min(a, b));
        const hi = Math.floor(Math.max(a, b));
        const d = domains[t.v]!;
        if (lo > d.lo) {
          d.lo = lo;
          changed = true;
        }
        if (hi < d.hi) {
          d.hi = hi;
          changed = true;
        }
        if (d.lo > d.hi) return false;
      }
      if (eq.terms.length === 0 && eq.constant !== 0) return false;
    }
  }
  return true;
}

function feasible(domains: Var[], equations: Equation[]): boolean {
  if (!propagate(domains, equations)) return false;
  let pick = -1;
  for (let i = 0; i < domains.length; i++)
    if (domains[i]!.lo < domains[i]!.hi && (pick < 0 || width(domains[i]!) < width(domains[pick]!))) pick = i;
  if (pick < 0)
    return equations.every((eq) => eq.terms.reduce((s, t) => s + t.coef * domains[t.v]!.lo, 0) === eq.constant);
  for (let x = domains[pick]!.lo; x <= domains[pick]!.hi; x++) {
    const next = domains.map((d) => ({ ...d }));
    next[pick] = { lo: x, hi: x };
    if (feasible(next, equations)) return true;
  }
  return false;
}

const width = (d: Var) => d.hi - d.lo;
