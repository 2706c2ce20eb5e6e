import { describe, expect, it } from 'vitest';
import { deadlineTag, dueText } from './deadlines.ts';

const now = new Date('2026-11-30T12:00:00Z');

describe('deadlineTag', () => {
  it('calls an overdue clock overdue, whatever its due time', () => {
    expect(deadlineTag({ status: 'overdue', dueAt: '2026-11-29T12:00:00Z' }, now)).toEqual({
      text: 'Overdue',
      colour: 'red',
    });
  });

  it('calls a running clock due within two days "Due soon", and one further off "Running"', () => {
    expect(deadlineTag({ status: 'running', dueAt: '2026-12-02T11:00:00Z' }, now).text).toBe('Due soon');
    expect(deadlineTag({ status: 'running', dueAt: '2026-12-02T13:00:00Z' }, now).text).toBe('Running');
  });

  it('tells met from met late', () => {
    expect(deadlineTag({ status: 'met' }, now).text).toBe('Met');
    expect(deadlineTag({ status: 'metLate' }, now).text).toBe('Met late');
  });
});

describe('dueText', () => {
  it('gives the UK time of a timed deadline and the met time once met', () => {
    expect(dueText({ status: 'running', dueAt: '2026-07-01T16:00:00Z' })).toBe('Due 1 July 2026 at 5pm');
    expect(dueText({ status: 'met', metAt: '2026-12-01T09:30:00Z' })).toBe('Met 1 December 2026 at 9:30am');
  });
});
