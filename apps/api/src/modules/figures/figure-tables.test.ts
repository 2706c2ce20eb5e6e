import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { possibleValues } from './attacker.test-support.ts';
import {
  AGE_GROUPS,
  buildFigures,
  CONCERN_KINDS,
  EXPLOITATION_TYPES,
  figureSources,
  GENDERS,
  ORGANISATION_KINDS,
  REFERRAL_KINDS,
  RECONSIDERATION_OUTCOMES,
  type FiguresInput,
} from './figure-tables.ts';
import { NATIONALITY_GROUPS } from './nationality-groups.ts';
import type { Period } from './periods.ts';
import { protectTable, type PublishedCell } from './suppression.ts';

const period: Period = { from: '2026-01', to: '2026-06', granularity: 'QUARTER' };
const month = fc.constantFrom('2025-12', '2026-01', '2026-03', '2026-04', '2026-06', '2026-07');

/** Random data sets, skewed to small counts (the ones that need protecting). */
const dataSets: fc.Arbitrary<FiguresInput> = fc.record({
  cases: fc.array(
    fc.record({
      concernKind: fc.constantFrom(...CONCERN_KINDS, 'POTENTIAL_VICTIM', 'POTENTIAL_VICTIM'),
      openedMonth: month,
      ageGroup: fc.constantFrom(...AGE_GROUPS),
      gender: fc.constantFrom(...GENDERS.slice(0, 3)),
      nationalityGroup: fc.constantFrom(...NATIONALITY_GROUPS.slice(0, 3)),
      exploitationTypes: fc.subarray([...EXPLOITATION_TYPES.slice(0, 3)]),
    }),
    { maxLength: 40 },
  ),
  referrals: fc.array(
    fc.record({
      kind: fc.constantFrom(...REFERRAL_KINDS),
      month,
      organisationKind: fc.constantFrom(...ORGANISATION_KINDS.slice(0, 2)),
    }),
    { maxLength: 30 },
  ),
  decisions: fc.array(
    fc.record({
      type: fc.constantFrom('RG' as const, 'CG' as const),
      result: fc.constantFrom('POSITIVE' as const, 'NEGATIVE' as const),
      month,
      daysFromReferral: fc.option(fc.integer({ min: 0, max: 400 })),
      reconsideration: fc.option(fc.record({ month, outcome: fc.constantFrom(...RECONSIDERATION_OUTCOMES) })),
    }),
    { maxLength: 30 },
  ),
  clocks: fc.array(
    fc.record({ step: fc.constantFrom('A', 'B'), organisation: fc.constantFrom('X', 'Y'), month, met: fc.boolean() }),
    { maxLength: 25 },
  ),
  supportReferrals: fc.array(fc.record({ service: fc.constantFrom('S1', 'S2', 'S3'), month }), { maxLength: 20 }),
});

const key = (cell: PublishedCell) => (cell.kind === 'COUNT' ? `=${cell.value}` : cell.kind);

describe('partnership figures', () => {
  it('property: no published figure, alone or with the others, narrows a count under the threshold', () => {
    fc.assert(
      fc.property(dataSets, fc.constantFrom(3, 5), (input, threshold) => {
        const { sources } = figureSources(input, period, threshold);
        const figures = buildFigures(input, period, threshold);
        const expected = Array.from({ length: threshold - 1 }, (_, i) => i + 1);
        for (const [i, source] of sources.entries()) {
          const table = figures.tables[i]!;
          expect(table.id).toBe(source.id);
          const published = [
            ...table.cells.flat(),
            ...(table.rowTotals ?? []),
            ...(table.columnTotals ?? []),
            ...(table.total ? [table.total] : []),
          ];
          for (const cell of published)
            if (cell.kind === 'COUNT') expect(cell.value === 0 || cell.value >= threshold).toBe(true);
          for (const [where, values] of possibleValues(source.table, table, threshold))
            expect({ table: table.id, where, values }).toEqual({ table: table.id, where, values: expected });
        }
        // A count that two tables share carries the same label in both (or one table is withheld).
        const byId = new Map(figures.tables.map((t) => [t.id, t]));
        const agree = (a: PublishedCell, b: PublishedCell) =>
          a.kind === 'WITHHELD' || b.kind === 'WITHHELD' || key(a) === key(b);
        const concerns = byId.get('concerns')!;
        for (const id of ['victimsByAgeGroup', 'victimsByGender', 'victimsByNationalityGroup'])
          expect(agree(concerns.rowTotals![0]!, byId.get(id)!.total!)).toBe(true);
        const [referrals, byKind] = [byId.get('referrals')!, byId.get('referralsByOrganisationKind')!];
        referrals.rowTotals!.forEach((cell, r) => expect(agree(cell, byKind.rowTotals![r]!)).toBe(true));
        expect(agree(referrals.total!, byKind.total!)).toBe(true);
        const [steps, orgs] = [byId.get('clocksByStep')!, byId.get('clocksByOrganisation')!];
        steps.columnTotals!.forEach((cell, c) => expect(agree(cell, orgs.columnTotals![c]!)).toBe(true));
        expect(agree(steps.total!, orgs.total!)).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });

  it('publishes a median only from at least threshold decisions, a 90th percentile from twice that', () => {
    const decisions = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        type: 'RG' as const,
        result: 'POSITIVE' as const,
        month: '2026-02',
        daysFromReferral: 10 + i,
        reconsideration: null,
      }));
    const empty = { cases: [], referrals: [], clocks: [], supportReferrals: [] };
    const times = (n: number) => buildFigures({ ...empty, decisions: decisions(n) }, period, 5).decisionTimes[0]!;
    expect(times(4)).toEqual({ type: 'RG', medianDays: null, percentile90Days: null });
    expect(times(5)).toEqual({ type: 'RG', medianDays: 12, percentile90Days: null });
    expect(times(10)).toEqual({ type: 'RG', medianDays: 14, percentile90Days: 18 });
  });

  it('buckets by quarter and leaves out what falls outside the period', () => {
    const cases = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-03', '2026-04', '2026-07'].map((openedMonth) => ({
      concernKind: 'BUSINESS' as const,
      openedMonth,
      ageGroup: 'UNKNOWN' as const,
      gender: 'NOT_KNOWN' as const,
      nationalityGroup: 'NOT_RECORDED' as const,
      exploitationTypes: [],
    }));
    const { buckets, sources } = figureSources(
      { cases, referrals: [], decisions: [], clocks: [], supportReferrals: [] },
      period,
      5,
    );
    expect(buckets).toEqual(['2026-Q1', '2026-Q2']);
    expect(sources[0]!.table.counts[3]).toEqual([4, 1]);
    expect(protectTable(sources[0]!.table, 5).total).toEqual({ kind: 'COUNT', value: 5 });
  });
});
