/**
 * Reporting periods. Every date a figure uses is coarsened to its calendar month (in
 * Europe/London, the partnership's own calendar) before anything else sees it, and months are
 * grouped into the buckets a table is broken down by: months or quarters.
 */

export type Granularity = 'MONTH' | 'QUARTER';

export interface Period {
  /** First month, "YYYY-MM". */
  from: string;
  /** Last month, inclusive, "YYYY-MM". */
  to: string;
  granularity: Granularity;
}

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A period longer than this is refused: the annual report spans one year, trends three. */
export const MAX_PERIOD_MONTHS = 36;

const londonMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });

/** The month an instant falls in, in Europe/London: "YYYY-MM". */
export function monthOf(instant: Date): string {
  const parts = londonMonth.formatToParts(instant);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = parts.find((p) => p.type === 'month')!.value;
  return `${year}-${month}`;
}

/** A calendar date (a `@db.Date` column, midnight UTC) as its month. */
export function monthOfDate(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function index(month: string): number {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new RangeError('a month is written YYYY-MM');
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthAt(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export function monthsIn(period: Pick<Period, 'from' | 'to'>): number {
  return index(period.to) - index(period.from) + 1;
}

export function inPeriod(month: string, period: Pick<Period, 'from' | 'to'>): boolean {
  const i = index(month);
  return i >= index(period.from) && i <= index(period.to);
}

/** "2026-Q1" for January to March. */
export function quarterOf(month: string): string {
  const i = index(month);
  return `${Math.floor(i / 12)}-Q${Math.floor((i % 12) / 3) + 1}`;
}

export function bucketOf(month: string, granularity: Granularity): string {
  return granularity === 'MONTH' ? month : quarterOf(month);
}

/** The buckets of a period in order (a quarter partly inside the period is still one bucket). */
export function bucketsOf(period: Period): string[] {
  const buckets: string[] = [];
  for (let i = index(period.from); i <= index(period.to); i++) {
    const bucket = bucketOf(monthAt(i), period.granularity);
    if (buckets.at(-1) !== bucket) buckets.push(bucket);
  }
  return buckets;
}

/** What is wrong with a period, or null. Messages name the field, never the value. */
export function periodProblem(period: Period): { field: string; message: string } | null {
  if (!MONTH_PATTERN.test(period.from)) return { field: 'period.from', message: 'Write the month as YYYY-MM.' };
  if (!MONTH_PATTERN.test(period.to)) return { field: 'period.to', message: 'Write the month as YYYY-MM.' };
  const months = monthsIn(period);
  if (months < 1) return { field: 'period.to', message: 'The last month must not be before the first.' };
  if (months > MAX_PERIOD_MONTHS)
    return { field: 'period.to', message: `A period can span at most ${MAX_PERIOD_MONTHS} months.` };
  return null;
}
