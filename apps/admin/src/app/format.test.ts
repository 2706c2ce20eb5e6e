import { describe, expect, it } from 'vitest';
import { count, formatDateTime, isIsoDate, londonDateTimeToIso } from './format.ts';

describe('formatDateTime', () => {
  it('shows UK local time: GMT in winter, BST in summer', () => {
    expect(formatDateTime('2026-11-21T05:31:26.369Z')).toBe('21 November 2026 at 5:31am');
    expect(formatDateTime('2026-07-01T12:05:00Z')).toBe('1 July 2026 at 1:05pm');
  });

  it('drops ":00" and says midday and midnight, GOV.UK style', () => {
    expect(formatDateTime('2026-01-10T15:00:00Z')).toBe('10 January 2026 at 3pm');
    expect(formatDateTime('2026-01-10T12:00:00Z')).toBe('10 January 2026 at midday');
    expect(formatDateTime('2026-01-10T00:00:00Z')).toBe('10 January 2026 at midnight');
    expect(formatDateTime('2026-01-10T00:30:00Z')).toBe('10 January 2026 at 12:30am');
  });

  it('gives the London date when UTC is still the day before', () => {
    expect(formatDateTime('2026-06-30T23:30:00Z')).toBe('1 July 2026 at 12:30am');
  });
});

describe('count', () => {
  it('says one thing or many', () => {
    expect(count(1, 'case')).toBe('1 case');
    expect(count(1200, 'case')).toBe('1,200 cases');
  });
});

describe('londonDateTimeToIso', () => {
  it('reads a date and time as UK local time: GMT in winter, BST in summer', () => {
    expect(londonDateTimeToIso('2026-11-27', '14:30')).toBe('2026-11-27T14:30:00.000Z');
    expect(londonDateTimeToIso('2026-07-01', '09:05')).toBe('2026-07-01T08:05:00.000Z');
    expect(londonDateTimeToIso('2026-03-29', '03:00')).toBe('2026-03-29T02:00:00.000Z');
  });

  it('refuses what is not a real date or time', () => {
    expect(londonDateTimeToIso('2026-02-30', '10:00')).toBeNull();
    expect(londonDateTimeToIso('27/11/2026', '10:00')).toBeNull();
    expect(londonDateTimeToIso('2026-11-27', '24:00')).toBeNull();
    expect(isIsoDate('2026-11-27')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});
