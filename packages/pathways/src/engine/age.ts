// Age follows the person: the age facts are derived from what is known about
// the subject at the moment they are used, never frozen when the case opened.
import type { FactValue } from '../definition/schema';
import { addMonths, formatDate, londonDate, parseDate, type LocalDate } from './time';

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
  const before = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (before ? 1 : 0);
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
  const now = typeof today === 'string' ? parseDate(today) : londonDate(today.getTime());
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
    const eighteenth = addMonths(birth, 18 * 12);
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
