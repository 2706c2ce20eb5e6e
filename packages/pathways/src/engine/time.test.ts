import { describe, expect, it } from 'vitest';
import { addMonths, dueAfter, earliestAfter, londonDate, londonInstant, parseDate, startOfDay } from './time';

const iso = (ms: number) => new Date(ms).toISOString();

describe('Europe/London calendar arithmetic', () => {
  it('counts calendar days from the local date of an event at 23:30 BST', () => {
    // 23:30 BST on 10 June is 22:30 UTC: still 10 June in London.
    const d = dueAfter(Date.parse('2026-06-10T22:30:00Z'), { calendarDays: 1 });
    expect(d.dueDate).toBe('2026-06-11');
    expect(iso(d.dueAt)).toBe('2026-06-11T22:59:59.999Z');
  });

  it('uses the London date, not the UTC date, just after local midnight', () => {
    // 00:30 BST on 2 July is 23:30 UTC on 1 July.
    expect(londonDate(Date.parse('2026-07-01T23:30:00Z'))).toEqual({ year: 2026, month: 7, day: 2 });
    expect(dueAfter(Date.parse('2026-07-01T23:30:00Z'), { calendarDays: 30 }).dueDate).toBe('2026-08-01');
  });

  it('lands on the right local day across the spring-forward change', () => {
    const d = dueAfter(Date.parse('2026-03-28T12:00:00Z'), { calendarDays: 1 });
    expect(d.dueDate).toBe('2026-03-29');
    expect(iso(d.dueAt)).toBe('2026-03-29T22:59:59.999Z'); // end of the day in BST
  });

  it('lands on the right local day across the autumn change', () => {
    const d = dueAfter(Date.parse('2026-10-24T22:30:00Z'), { calendarDays: 1 }); // 23:30 BST on 24 Oct
    expect(d.dueDate).toBe('2026-10-25');
    expect(iso(d.dueAt)).toBe('2026-10-25T23:59:59.999Z'); // end of the day in GMT
  });

  it('counts hours as plain elapsed time across a clock change', () => {
    expect(iso(dueAfter(Date.parse('2026-03-29T00:30:00Z'), { hours: 3 }).dueAt)).toBe('2026-03-29T03:30:00.000Z');
    expect(iso(dueAfter(Date.parse('2026-10-25T00:30:00Z'), { hours: 24 }).dueAt)).toBe('2026-10-26T00:30:00.000Z');
  });

  it('clamps month arithmetic to the last day of the month', () => {
    expect(addMonths({ year: 2026, month: 12, day: 31 }, 2)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2027, month: 12, day: 31 }, 2)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(dueAfter(Date.parse('2026-01-15T10:00:00Z'), { calendarMonths: 6 }).dueDate).toBe('2026-07-15');
  });

  it('finds local midnight in summer and winter, and moves skipped wall times forward', () => {
    expect(iso(startOfDay({ year: 2026, month: 6, day: 10 }))).toBe('2026-06-09T23:00:00.000Z');
    expect(iso(startOfDay({ year: 2026, month: 1, day: 10 }))).toBe('2026-01-10T00:00:00.000Z');
    expect(iso(londonInstant({ year: 2026, month: 3, day: 29 }, 1, 30))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('"at least N days" begins at the start of the Nth local day', () => {
    expect(iso(earliestAfter(Date.parse('2026-06-01T09:00:00Z'), { calendarDays: 45 }))).toBe(
      '2026-07-15T23:00:00.000Z',
    );
  });

  it('parses only real calendar dates', () => {
    expect(parseDate('2026-02-29')).toBeUndefined();
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDate('29/02/2028')).toBeUndefined();
  });
});
