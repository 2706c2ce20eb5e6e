import { describe, expect, it } from 'vitest';
import { draftFrom, inputFrom, unstated } from './EligibilityEditor.tsx';

describe('eligibility drafts', () => {
  it('keeps "the source does not say" as null, never as "anyone"', () => {
    expect(inputFrom(unstated)).toBeNull();
    expect(draftFrom(null).stated).toBe(false);
  });

  it('round-trips what a service states', () => {
    const stated = {
      ageGroups: ['ADULT'],
      genders: ['FEMALE'],
      nrmStatuses: [],
      decisionOutcomes: ['POSITIVE_REASONABLE_GROUNDS'],
      minimumAge: 18,
      maximumAge: null,
      recourseToPublicFunds: false,
      conditions: 'Women fleeing exploitation',
    };
    expect(inputFrom(draftFrom(stated))).toEqual(stated);
  });
});
