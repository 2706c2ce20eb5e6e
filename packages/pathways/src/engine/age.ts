// Age follows the person: the age facts are derived from what is known about
// the subject at the moment they are used, never frozen when the case opened.
import type { FactValue } from '../definition/schema';
import { addMonths, formatDate, londonDate, londonInstant, parseDate, type LocalDate } from './time';

export interface AgeAssessment {
  outcome: 'child' | 'adult';
  /** Carried out to the Merton standard; only a compliant assessment ends the presumption of age. */
  mertonCompliant: boolean;
}

export interface AgeSubject {
  /** ISO calendar date 'YYYY-MM-DD'. */
  dateOfBirth?: string | null;
  /** True when the date of birth (or the age) is not established. */
  ageUncertain?: boolean | null;
  /** The age the person says they are. */
  claimedAge?: number | null;
  /** An estimate (from appearance or documents); never on its own makes a claimed child an adult. */
  estimatedAge?: number | null;
  /** A professional's recorded reason to believe the person is a child. */
  reasonToBelieveChild?: boolean | null;
  ageAssessment?: AgeAssessment | null;
}

function yearsBetween(birth: LocalDate, today: LocalDate): number {
  // A 29 February birthday is not reached on 28 February: in a common year it falls on 1 March.
  const before = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (before ? 1 : 0);
}

/**
 * The date a person born on `birth` turns `years` old. A person born on 29 February reaches a
 * birthday in a common year on 1 March, when the whole year has passed, not on 28 February, so
 * month arithmetic (which clamps to the month's last day) is not used for birthdays.
 */
function birthdayAt(birth: LocalDate, years: number): LocalDate {
  const year = birth.year + years;
  if (birth.month === 2 && birth.day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1)
    return { year, month: 3, day: 1 };
  return { year, month: birth.month, day: birth.day };
}

const toLocal = (today: string | Date): LocalDate | undefined =>
  typeof today === 'string' ? parseDate(today) : londonDate(today.getTime());

/**
 * Whole years of age on `today` (an ISO date, or an instant read as its London date): the one age
 * calculation, so the API never keeps its own (a UTC one is a day out between 00:00 and 01:00 BST).
 */
export function ageOn(dateOfBirth: string, today: string | Date): number {
  const birth = parseDate(dateOfBirth);
  const now = toLocal(today);
  if (!birth || !now) throw new Error('ageOn: dates must be YYYY-MM-DD');
  return yearsBetween(birth, now);
}

/**
 * The age facts on `today` (an ISO calendar date, or an instant read as its London date):
 * - `ageStatus`, `reasonToBelieveChild`, `ageAssessmentOutcome` for the presumption of age
 *   (003 7.4): a person who says they are a child, or where there is reason to believe it, is
 *   treated as a child until a Merton-compliant age assessment says otherwise; an estimate
 *   never outweighs the person's own claim ("benefit of the doubt", not physical appearance).
 * - `eighteenthBirthday` and `withinSixMonthsOfEighteen` from a known date of birth (002 4.8).
 * Only the facts the subject settles are returned; the rest stay as recorded.
 */
export function deriveAgeFacts(subject: AgeSubject, today: string | Date): Record<string, FactValue> {
  const now = toLocal(today);
  if (!now) throw new Error('deriveAgeFacts: today must be a date YYYY-MM-DD');
  const out: Record<string, FactValue> = {};
  const birth = subject.dateOfBirth ? parseDate(subject.dateOfBirth) : undefined;
  const claimsChild = typeof subject.claimedAge === 'number' && subject.claimedAge < 18;
  const assessment = subject.ageAssessment ?? null;
  // A non-compliant assessment that says "adult" does not end the presumption; one that says
  // "child" only confirms it.
  if (assessment && (assessment.mertonCompliant || assessment.outcome === 'child'))
    out.ageAssessmentOutcome = assessment.outcome;

  if (birth) {
    const eighteenth = birthdayAt(birth, 18);
    out.eighteenthBirthday = formatDate(eighteenth);
    const sixMonthsBefore = addMonths(eighteenth, -6);
    const cmp = (a: LocalDate, b: LocalDate) => a.year - b.year || a.month - b.month || a.day - b.day;
    out.withinSixMonthsOfEighteen = cmp(now, sixMonthsBefore) >= 0 && cmp(now, eighteenth) < 0;
  }

  const age = birth && !subject.ageUncertain ? yearsBetween(birth, now) : undefined;
  if (age !== undefined && !claimsChild) {
    out.ageStatus = age < 18 ? 'child' : 'adult';
    return out;
  }
  const estimate = birth ? yearsBetween(birth, now) : (subject.estimatedAge ?? undefined);
  if (claimsChild || subject.reasonToBelieveChild === true) {
    out.ageStatus = 'uncertain';
    out.reasonToBelieveChild = true;
  } else if (subject.ageUncertain) {
    out.ageStatus = 'uncertain';
    if (subject.reasonToBelieveChild === false) out.reasonToBelieveChild = false;
    else if (estimate !== undefined) out.reasonToBelieveChild = estimate < 18;
  } else if (estimate !== undefined) {
    out.ageStatus = estimate < 18 ? 'child' : 'adult';
  }
  return out;
}

/**
 * The first instant after `after` at which `deriveAgeFacts` answers differently with nothing
 * recorded in between, or null when it never will: with a known date of birth, the London
 * midnights that begin the six months before the 18th birthday (`withinSixMonthsOfEighteen`)
 * and the birthday itself (age, so `ageStatus`, and the estimate read from the date of birth).
 * Without one, every age fact comes from what was recorded (claims, estimates, assessments),
 * which time does not change. Anything derived from the age facts and stored (the API's next
 * deadline) must be recomputed then.
 */
export function nextAgeFactChange(subject: AgeSubject, after: Date): Date | null {
  const birth = subject.dateOfBirth ? parseDate(subject.dateOfBirth) : undefined;
  if (!birth) return null;
  const eighteenth = birthdayAt(birth, 18);
  for (const date of [addMonths(eighteenth, -6), eighteenth]) {
    const at = londonInstant(date);
    if (at > after.getTime()) return new Date(at);
  }
  return null;
}
