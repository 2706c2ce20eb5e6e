import { describe, expect, it } from 'vitest';
import { eligibilityInput, isUkPhoneNumber, isWebAddress } from './directory.validation.ts';

describe('isUkPhoneNumber', () => {
  it('accepts numbers as the documents print them', () => {
    for (const ok of [
      '0800 808 3733',
      '08000 121 700',
      '020 7233 9887',
      '0207 700 7311',
      '03000 11 55 55',
      '+44 20 7233 9887',
      '999',
      '101',
      '116 000',
    ]) {
      expect(isUkPhoneNumber(ok), ok).toBe(true);
    }
  });
  it('refuses what is not a UK number', () => {
    for (const bad of [
      '',
      '12345',
      '0800-808-3733',
      '+1 202 555 0100',
      '0800 808 37333 1',
      'call us',
      '00 44 20 7233 9887',
      '0123',
    ]) {
      expect(isUkPhoneNumber(bad), bad).toBe(false);
    }
  });
});

describe('isWebAddress', () => {
  it('needs http(s) and a host name', () => {
    expect(isWebAddress('https://atleu.org.uk/referrals')).toBe(true);
    expect(isWebAddress('www.barnardos.org.uk')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('https://user:pass@example.org')).toBe(false);
    expect(isWebAddress('https://localhost')).toBe(false);
  });
});

describe('eligibilityInput', () => {
  const paths = (value: unknown) => {
    const result = eligibilityInput.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };
  it('refuses age ranges that make no sense', () => {
    expect(paths({ minimumAge: 18, maximumAge: 17 })).toEqual(['maximumAge']);
    expect(paths({ ageGroups: ['CHILD'], minimumAge: 18 })).toEqual(['minimumAge']);
    expect(paths({ ageGroups: ['ADULT'], maximumAge: 17 })).toEqual(['maximumAge']);
    expect(paths({ minimumAge: -1 })).toEqual(['minimumAge']);
    expect(paths({ genders: ['FEMALE', 'FEMALE'] })).toEqual(['genders']);
    expect(paths({ ageGroups: ['CHILD'], minimumAge: 16, maximumAge: 17 })).toEqual([]);
  });
});
