import { describe, expect, it } from 'vitest';
import { reminderLeadMs, remindersDue } from './reminder-policy.ts';

const HOUR = 3_600_000;
const flag = { action: 'flag', note: 'n' } as const;
const at = (iso: string) => new Date(iso);

describe('reminder policy', () => {
  it('reminds an hour before a 3-hour clock and a day before a 35-day one', () => {
    expect(reminderLeadMs({ due: { hours: 3 }, onOverdue: flag })).toBe(HOUR);
    expect(reminderLeadMs({ due: { calendarDays: 35 }, onOverdue: flag })).toBe(24 * HOUR);
    expect(reminderLeadMs({ due: { calendarDays: 35 }, onOverdue: flag, remindBefore: { calendarDays: 3 } })).toBe(
      72 * HOUR,
    );
  });

  it('says nothing early, then due soon, then overdue, then escalates', () => {
    const clock = { due: { hours: 3 }, onOverdue: flag };
    const instance = { status: 'running' as const, dueAt: '2026-03-02T12:00:00.000Z' };
    expect(remindersDue(clock, instance, at('2026-03-02T10:59:59Z'))).toEqual([]);
    expect(remindersDue(clock, instance, at('2026-03-02T11:00:00Z'))).toEqual(['DUE_SOON']);
    const overdue = { ...instance, status: 'overdue' as const };
    expect(remindersDue(clock, overdue, at('2026-03-02T12:30:00Z'))).toEqual(['OVERDUE']);
    expect(remindersDue(clock, overdue, at('2026-03-02T13:00:00Z'))).toEqual(['OVERDUE', 'ESCALATION']);
  });

  it('escalates at once when the pathway says so, and never for a period that simply ends', () => {
    const escalate = {
      due: { hours: 3 },
      onOverdue: { action: 'escalate', to: { label: 'SPoC', role: 'LEAD' }, note: 'n' } as const,
    };
    const overdue = { status: 'overdue' as const, dueAt: '2026-03-02T12:00:00.000Z' };
    expect(remindersDue(escalate, overdue, at('2026-03-02T12:00:01Z'))).toContain('ESCALATION');
    const period = { due: { calendarDays: 45 }, onOverdue: { action: 'elapse', note: 'n' } as const };
    const periodEnd = { status: 'running' as const, dueAt: '2026-04-16T00:00:00.000Z' };
    expect(remindersDue(period, periodEnd, at('2026-04-10T00:00:00Z'))).toEqual(['DUE_SOON']);
    expect(remindersDue(period, { ...periodEnd, status: 'elapsed' }, at('2026-04-20T00:00:00Z'))).toEqual([]);
    expect(remindersDue(escalate, { status: 'met', dueAt: overdue.dueAt }, at('2026-03-02T13:00:00Z'))).toEqual([]);
  });
});
