import { describe, expect, it } from 'vitest';
import { ageOn, deriveAgeFacts, nextAgeFactChange } from './age';
import { isTreatedAsChild } from './facts';

describe('age follows the person (003 7.4, 002 4.8)', () => {
  it('derives child or adult from the date of birth on the day it is used, not at opening', () => {
    const subject = { dateOfBirth: '2008-09-15' };
    expect(deriveAgeFacts(subject, '2026-09-14')).toMatchObject({
      ageStatus: 'child',
      eighteenthBirthday: '2026-09-15',
    });
    expect(deriveAgeFacts(subject, '2026-09-15')).toMatchObject({ ageStatus: 'adult' });
  });

  it('says when a child is within 6 months of 18, from the date of birth', () => {
    const subject = { dateOfBirth: '2008-09-15' };
    expect(deriveAgeFacts(subject, '2026-03-14').withinSixMonthsOfEighteen).toBe(false);
    expect(deriveAgeFacts(subject, '2026-03-15').withinSixMonthsOfEighteen).toBe(true);
    expect(deriveAgeFacts(subject, '2026-09-15').withinSixMonthsOfEighteen).toBe(false);
  });

  it('presumes a child who says they are one, whatever an estimate from appearance says', () => {
    const facts = deriveAgeFacts({ claimedAge: 16, estimatedAge: 22, ageUncertain: true }, '2026-06-01');
    expect(facts).toMatchObject({ ageStatus: 'uncertain', reasonToBelieveChild: true });
    expect(isTreatedAsChild(facts)).toBe(true);
  });

  it('only a Merton-compliant age assessment ends the presumption', () => {
    const claimed = { claimedAge: 16, ageUncertain: true };
    const notCompliant = deriveAgeFacts(
      { ...claimed, ageAssessment: { outcome: 'adult', mertonCompliant: false } },
      '2026-06-01',
    );
    expect(isTreatedAsChild(notCompliant)).toBe(true);
    const compliant = deriveAgeFacts(
      { ...claimed, ageAssessment: { outcome: 'adult', mertonCompliant: true } },
      '2026-06-01',
    );
    expect(compliant.ageAssessmentOutcome).toBe('adult');
    expect(isTreatedAsChild(compliant)).toBe(false);
  });

  it('an uncertain age with an estimate under 18 is reason to believe the person is a child', () => {
    expect(isTreatedAsChild(deriveAgeFacts({ ageUncertain: true, estimatedAge: 16 }, '2026-06-01'))).toBe(true);
    expect(isTreatedAsChild(deriveAgeFacts({ ageUncertain: true, estimatedAge: 25 }, '2026-06-01'))).toBe(false);
    expect(deriveAgeFacts({}, '2026-06-01')).toEqual({});
  });

  it('a 29 February birthday is reached on 1 March in a common year, not on 28 February', () => {
    const subject = { dateOfBirth: '2008-02-29' };
    expect(deriveAgeFacts(subject, '2026-02-28')).toMatchObject({
      ageStatus: 'child',
      eighteenthBirthday: '2026-03-01',
    });
    expect(deriveAgeFacts(subject, '2026-03-01')).toMatchObject({ ageStatus: 'adult' });
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    // Six months before an 18th birthday on 1 March is 1 September.
    expect(deriveAgeFacts(subject, '2025-08-31').withinSixMonthsOfEighteen).toBe(false);
    expect(deriveAgeFacts(subject, '2025-09-01').withinSixMonthsOfEighteen).toBe(true);
  });

  it('counts age on the London date: 00:30 BST on a birthday is already the birthday', () => {
    // 23:30 UTC on 14 September is 00:30 on 15 September in London.
    expect(ageOn('2008-09-15', new Date('2026-09-14T23:30:00Z'))).toBe(18);
    expect(ageOn('2008-09-15', new Date('2026-09-14T22:30:00Z'))).toBe(17);
  });

  it('says when the age facts next change with nothing recorded: six months before 18, then the birthday (London midnight)', () => {
    const subject = { dateOfBirth: '2008-09-15' };
    // 15 March 2026 00:00 GMT; 15 September 2026 00:00 BST is 23:00 UTC the day before.
    expect(nextAgeFactChange(subject, new Date('2026-01-01T12:00:00Z'))?.toISOString()).toBe(
      '2026-03-15T00:00:00.000Z',
    );
    expect(nextAgeFactChange(subject, new Date('2026-03-15T00:00:00Z'))?.toISOString()).toBe(
      '2026-09-14T23:00:00.000Z',
    );
    expect(nextAgeFactChange(subject, new Date('2026-09-14T23:00:00Z'))).toBeNull();
    // Each answer is a moment at which deriveAgeFacts really does change.
    for (const [before, after] of [
      ['2026-03-14T23:59:59Z', '2026-03-15T00:00:00Z'],
      ['2026-09-14T22:59:59Z', '2026-09-14T23:00:00Z'],
    ] as const)
      expect(deriveAgeFacts(subject, new Date(before))).not.toEqual(deriveAgeFacts(subject, new Date(after)));
    expect(nextAgeFactChange({ claimedAge: 16, estimatedAge: 22 }, new Date('2026-01-01T00:00:00Z'))).toBeNull();
  });
});
