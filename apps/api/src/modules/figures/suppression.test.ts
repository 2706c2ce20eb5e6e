import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { possibleValues } from './attacker.test-support.ts';
import { protectTable, type CountTable, type ProtectedTable, type PublishedCell } from './suppression.ts';

const show = (cell: PublishedCell | null) =>
  cell === null ? null : cell.kind === 'COUNT' ? cell.value : cell.kind === 'FEWER_THAN' ? `<${cell.threshold}` : 'x';

function allCells(p: ProtectedTable): PublishedCell[] {
  return [...p.cells.flat(), ...(p.rowTotals ?? []), ...(p.columnTotals ?? []), ...(p.total ? [p.total] : [])];
}

describe('primary suppression', () => {
  it('shows 1 to threshold-1 as "fewer than N", publishes zero and counts at the threshold', () => {
    const p = protectTable(
      { rows: ['a', 'b', 'c', 'd'], columns: null, counts: [[0], [4], [5], [40]], totals: 'none' },
      5,
    );
    expect(p.cells.map((r) => show(r[0]!))).toEqual([0, '<5', 5, 40]);
    expect(p.total).toBeNull();
    expect(p.primarySuppressed).toBe(1);
  });

  it('uses the configured threshold and refuses one under 3', () => {
    const table: CountTable = { rows: ['a', 'b'], columns: null, counts: [[2], [3]], totals: 'none' };
    expect(protectTable(table, 3).cells.map((r) => show(r[0]!))).toEqual(['<3', 3]);
    expect(() => protectTable(table, 2)).toThrow(RangeError);
  });
});

describe('secondary suppression', () => {
  it('one-way: a single small cell beside a published total is protected by withholding a big enough cell', () => {
    const p = protectTable({ rows: ['a', 'b', 'c'], columns: null, counts: [[2], [9], [30]], totals: 'margins' }, 5);
    // Total 41 minus 30 would give the small cell away; 9 is the smallest cell that can absorb
    // any value from 1 to 4 and stay at least 5.
    expect(p.cells.map((r) => show(r[0]!))).toEqual(['<5', 'x', 30]);
    expect(show(p.total)).toBe(41);
    expect(p.secondarySuppressed).toBe(1);
  });

  it('one-way: when no cell is big enough the total is withheld instead', () => {
    const p = protectTable({ rows: ['a', 'b'], columns: null, counts: [[2], [6]], totals: 'margins' }, 5);
    expect(p.cells.map((r) => show(r[0]!))).toEqual(['<5', 6]);
    expect(show(p.total)).toBe('x');
  });

  it('one-way: a total published elsewhere (fixed) that cannot be kept leaves the table withheld', () => {
    const p = protectTable(
      { rows: ['a', 'b'], columns: null, counts: [[2], [6]], totals: 'margins', fixed: { total: true } },
      5,
    );
    expect(p.withheld).toBe(true);
    expect(p.cells.map((r) => show(r[0]!))).toEqual(['x', 'x']);
    expect(show(p.total)).toBe(8);
  });

  it('two-way: withholds the other corners of a rectangle, never the grand total when cells will do', () => {
    const p = protectTable(
      {
        rows: ['victim', 'business'],
        columns: ['Q1', 'Q2', 'Q3'],
        counts: [
          [12, 15, 20],
          [2, 9, 11],
        ],
        totals: 'margins',
      },
      5,
    );
    expect(p.cells.map((r) => r.map(show))).toEqual([
      ['x', 'x', 20],
      ['<5', 'x', 11],
    ]);
    expect(show(p.total)).toBe(69);
    expect(p.rowTotals!.map(show)).toEqual([47, 22]);
  });
});

/** Random one-way or two-way tables, small enough for the exhaustive reader. */
const tables = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.constantFrom<'margins' | 'none'>('margins', 'none'))
    .chain(([n, totals]) =>
      fc.record({
        rows: fc.constant(Array.from({ length: n }, (_, i) => `r${i}`)),
        columns: fc.constant(null),
        counts: fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 25 })), {
            minLength: 1,
            maxLength: 1,
          }),
          { minLength: n, maxLength: n },
        ),
        totals: fc.constant(totals),
        fixed: fc.record({ total: fc.boolean() }),
      }),
    ),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) =>
    fc.record({
      rows: fc.constant(Array.from({ length: rows }, (_, i) => `r${i}`)),
      columns: fc.constant(Array.from({ length: cols }, (_, i) => `c${i}`)),
      counts: fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 14 })), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
      totals: fc.constant<'margins'>('margins'),
      fixed: fc.record({
        total: fc.boolean(),
        rowTotals: fc.subarray([...Array(rows).keys()]),
      }),
    }),
  ),
);

/** Totals shared with another table are never small (protectTable refuses them): unfix those. */
function withoutSmallFixedTotals(table: CountTable, threshold: number): CountTable {
  const small = (n: number) => n >= 1 && n < threshold;
  const rowTotal = (r: number) => table.counts[r]!.reduce((a, b) => a + b, 0);
  const total = table.counts.flat().reduce((a, b) => a + b, 0);
  return {
    ...table,
    fixed: {
      total: Boolean(table.fixed?.total) && !small(total),
      rowTotals: (table.fixed?.rowTotals ?? []).filter((r) => !small(rowTotal(r))),
    },
  };
}

describe('property: nothing published narrows a small count', () => {
  it('refuses a small total shared with another table', () => {
    const table: CountTable = {
      rows: ['a', 'b'],
      columns: null,
      counts: [[1], [1]],
      totals: 'margins',
      fixed: { total: true },
    };
    expect(() => protectTable(table, 5)).toThrow(RangeError);
  });

  it('the reader used by the property does recover a count from primary suppression alone', () => {
    const table: CountTable = { rows: ['a', 'b'], columns: null, counts: [[2], [30]], totals: 'margins' };
    const naive: ProtectedTable = {
      rows: ['a', 'b'],
      columns: null,
      cells: [[{ kind: 'FEWER_THAN', threshold: 5 }], [{ kind: 'COUNT', value: 30 }]],
      rowTotals: null,
      columnTotals: null,
      total: { kind: 'COUNT', value: 32 },
      withheld: false,
      primarySuppressed: 1,
      secondarySuppressed: 0,
    };
    expect(possibleValues(table, naive, 5).get('0,0')).toEqual([2]);
  });

  it('every "fewer than N" cell can still be any value from 1 to N-1, and no published count is small', () => {
    fc.assert(
      fc.property(tables, fc.constantFrom(3, 4, 5), (generated: CountTable, threshold) => {
        const table = withoutSmallFixedTotals(generated, threshold);
        const published = protectTable(table, threshold);
        for (const cell of allCells(published))
          if (cell.kind === 'COUNT') expect(cell.value === 0 || cell.value >= threshold).toBe(true);
        const expected = Array.from({ length: threshold - 1 }, (_, i) => i + 1);
        for (const [where, values] of possibleValues(table, published, threshold)) {
          expect({ where, values }).toEqual({ where, values: expected });
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });
});
