// Calendar arithmetic in Europe/London with Intl only (Node ships full ICU), so
// the engine needs no date library. A day-based deadline is due at the end of a
// local calendar date: "35 days" from an event at 23:30 BST on 1 June is due at
// the end of 6 July London time, whatever the clocks did in between.
import type { Duration } from '../definition/schema';

const ZONE = 'Europe/London';

// One formatter, built once: constructing Intl objects is the slow part.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

function localParts(ms: number): LocalDate & { hour: number; minute: number; second: number } {
  // Only called on a cache miss in offsetAt.
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return {
    year: p.year ?? 0,
    month: p.month ?? 1,
    day: p.day ?? 1,
    hour: p.hour ?? 0,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
  };
}

const HOUR_MS = 3_600_000;
// London changes offset only on whole UTC hours (01:00 UTC), so the offset is
// memoised per UTC hour: formatToParts is by far the slowest call here.
const offsets = new Map<number, number>();

/** Offset of London from UTC at an instant, in ms (0 in winter, 3,600,000 in summer). */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const p = localParts(start);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - start;
    if (offsets.size > 100_000) offsets.clear(); // bound memory in a long-lived server
    offsets.set(hour, offset);
  }
  return offset;
}

export function londonDate(ms: number): LocalDate {
  const local = new Date(ms + offsetAt(ms));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The instant of a London wall-clock time; a time skipped by spring-forward moves an hour on. */
export function londonInstant(date: LocalDate, hour = 0, minute = 0, second = 0, milli = 0): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, milli);
  const first = wall - offsetAt(wall);
  const second_ = wall - offsetAt(first);
  return second_;
}

/** Normalising add: Date.UTC rolls 32 January into 1 February. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Month arithmetic clamps to the month's last day (31 Dec + 2 months = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, last) };
}

export const startOfDay = (date: LocalDate): number => londonInstant(date);
export const endOfDay = (date: LocalDate): number => londonInstant(addDays(date, 1)) - 1;

export function formatDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function parseDate(value: string): LocalDate | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : undefined;
}

/** The local date reached by a calendar duration, or undefined for hours. */
function dueDateAfter(start: number, duration: Duration): LocalDate | undefined {
  if ('hours' in duration) return undefined;
  const date = londonDate(start);
  return 'calendarDays' in duration ? addDays(date, duration.calendarDays) : addMonths(date, duration.calendarMonths);
}

/** When a duration counted from `start` runs out: exact for hours, end of the local day otherwise. */
export function dueAfter(start: number, duration: Duration): { dueAt: number; dueDate?: string } {
  const date = dueDateAfter(start, duration);
  if (date === undefined) return { dueAt: start + ('hours' in duration ? duration.hours : 0) * 3_600_000 };
  return { dueAt: endOfDay(date), dueDate: formatDate(date) };
}

/** The earliest instant at which at least `duration` has passed since `start`. */
export function earliestAfter(start: number, duration: Duration): number {
  const date = dueDateAfter(start, duration);
  if (date === undefined) return start + ('hours' in duration ? duration.hours : 0) * 3_600_000;
  return startOfDay(date);
}
