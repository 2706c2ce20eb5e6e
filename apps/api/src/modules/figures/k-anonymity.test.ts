import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONALITY_GROUPS } from './nationality-groups.ts';
import { HTCDS_COLUMNS, htcdsExtract, type VictimRecord } from './htcds.ts';
import { equivalenceClassSizes, kAnonymise } from './k-anonymity.ts';

const records = fc.array(
  fc.record<VictimRecord>({
    openedMonth: fc.constantFrom('2026-01', '2026-02', '2026-04', '2026-07', '2026-11', '2025-12'),
    ageGroup: fc.constantFrom('CHILD', 'ADULT', 'UNKNOWN'),
    gender: fc.constantFrom('FEMALE', 'MALE', 'NON_BINARY', 'OTHER', 'NOT_KNOWN'),
    nationalityGroup: fc.constantFrom(...NATIONALITY_GROUPS),
    exploitationTypes: fc.subarray(['LABOUR', 'SEXUAL', 'CRIMINAL', 'FORCED_MARRIAGE', 'ORGAN_HARVESTING']),
    referral: fc.constantFrom('NRM', 'DUTY_TO_NOTIFY', 'NONE'),
  }),
  { maxLength: 120 },
);

describe('k-anonymity', () => {
  it('generalises the least it can: identical records keep their values', () => {
    const same = Array.from({ length: 11 }, () => ({ a: 'x', b: 'y' }));
    const result = kAnonymise(
      same,
      [
        { name: 'a', levels: [(r) => r.a, () => ''] },
        { name: 'b', levels: [(r) => r.b, () => ''] },
      ],
      { k: 11 },
    );
    expect(result.rows).toHaveLength(11);
    expect(result.rows[0]).toEqual({ a: 'x', b: 'y' });
    expect(result.levels).toEqual({ a: 0, b: 0 });
  });

  it('releases nothing from fewer than k records', () => {
    const few = Array.from({ length: 10 }, () => ({ a: 'x' }));
    const result = kAnonymise(few, [{ name: 'a', levels: [(r) => r.a, () => ''] }], { k: 11 });
    expect(result.rows).toEqual([]);
    expect(result.dropped).toBe(10);
  });

  it('property: the HTCDS extract has no equivalence class under k, over every column it releases', () => {
    fc.assert(
      fc.property(records, fc.constantFrom(3, 5, 11), (input, k) => {
        const extract = htcdsExtract(input, k);
        expect(extract.header).toEqual([...HTCDS_COLUMNS]);
        const rows = extract.rows.map((row) => Object.fromEntries(extract.header.map((h, i) => [h, row[i]!])));
        for (const size of equivalenceClassSizes(rows, extract.header)) expect(size).toBeGreaterThanOrEqual(k);
        expect(extract.rows.length + extract.anonymised.dropped).toBe(input.length);
        // Nothing is lost that a fully generalised extract would have kept.
        if (input.length >= k) expect(extract.rows.length).toBeGreaterThanOrEqual(Math.ceil(0.9 * input.length));
      }),
      { numRuns: 300 },
    );
  });
});
