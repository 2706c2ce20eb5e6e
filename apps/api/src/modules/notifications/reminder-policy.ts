/**
 * When a running clock is worth telling someone about. A pathway can say how long before a clock
 * falls due its case team is reminded (`remindBefore` on the clock); otherwise the lead time
 * follows the clock's length, so a 3-hour assessment is not announced a day ahead and a 35-day
 * meeting is not announced an hour before.
 */
import type { Clock, ClockInstance, Duration } from '@waymark/pathways';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function durationMs(duration: Duration | { beforeDateFact: string }): number | null {
  if ('hours' in duration) return duration.hours * HOUR;
  if ('calendarDays' in duration) return duration.calendarDays * DAY;
  if ('calendarMonths' in duration) return duration.calendarMonths * 30 * DAY;
  return null;
}

/** How long before `dueAt` the due-soon reminder goes out. */
export function reminderLeadMs(clock: Pick<Clock, 'due' | 'onOverdue' | 'remindBefore'>): number {
  if (clock.remindBefore) return durationMs(clock.remindBefore)!;
  const length = durationMs(clock.due);
  // A period that simply ends (recovery, minimum support): a week's notice to plan what follows.
  if (clock.onOverdue.action === 'elapse') return Math.min(7 * DAY, (length ?? 14 * DAY) / 2);
  if (length === null) return DAY; // due before a recorded date (e.g. an 18th birthday)
  if (length <= 3 * HOUR) return HOUR;
  if (length <= DAY) return 4 * HOUR;
  if (length <= 60 * DAY) return DAY;
  return 7 * DAY;
}

export type ReminderKind = 'DUE_SOON' | 'OVERDUE' | 'ESCALATION';

/**
 * The reminders a clock calls for at `now`. Overdue reminders and
 * escalations are for deadlines, not for periods that simply end. An escalation goes to the
 * leads at once when the pathway says the clock escalates, otherwise once the clock has been
 * overdue for as long as its reminder lead time.
 */
export function remindersDue(
  clock: Pick<Clock, 'due' | 'onOverdue' | 'remindBefore'>,
  instance: Pick<ClockInstance, 'status' | 'dueAt'>,
  now: Date,
): ReminderKind[] {
  if (!instance.dueAt || (instance.status !== 'running' && instance.status !== 'overdue')) return [];
  const due = Date.parse(instance.dueAt);
  const lead = reminderLeadMs(clock);
  const at = now.getTime();
  // Once a clock is overdue, "due soon" is news no one needs: a sweep that first sees it late says overdue.
  if (at < due) return at >= due - lead ? ['DUE_SOON'] : [];
  if (clock.onOverdue.action === 'elapse') return [];
  return clock.onOverdue.action === 'escalate' || at >= due + lead ? ['OVERDUE', 'ESCALATION'] : ['OVERDUE'];
}
