/** How Waymark shows values to people: GOV.UK style dates and times, words for enum values. */
import type { CaseStatus, ConcernKind, Gender, OrganisationKind, Role } from '@waymark/sdk';
import type { TagColour } from '../components/govuk/content.tsx';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/**
 * A timestamp as people in the partnership read it: UK local time (GMT or BST), GOV.UK style:
 * "21 November 2026 at 5:31am", "3pm" not "3:00pm", "midday" and "midnight".
 */
export function formatDateTime(iso: string): string {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  const hour = Number(parts.hour);
  const minute = parts.minute ?? '00';
  const period = (parts.dayPeriod ?? '').toLowerCase().replace(/\W/g, '');
  let time: string;
  if (hour === 12 && minute === '00') time = period === 'am' ? 'midnight' : 'midday';
  else time = `${hour}${minute === '00' ? '' : `:${minute}`}${period}`;
  return `${parts.day} ${parts.month} ${parts.year} at ${time}`;
}

// Records over every enum value: a new value in the schema fails the type-check here.
export const concernKindLabels: Record<ConcernKind, string> = {
  POTENTIAL_VICTIM: 'Potential victim',
  PERPETRATOR: 'Perpetrator',
  LOCATION: 'Location',
  BUSINESS: 'Business',
};

export const caseStatusTags: Record<CaseStatus, { text: string; colour?: TagColour }> = {
  OPEN: { text: 'Open' },
  CLOSED: { text: 'Closed', colour: 'grey' },
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  COUNCIL: 'Council',
  POLICE: 'Police',
  HEALTH: 'Health',
  CHARITY: 'Charity',
  GOVERNMENT: 'Government',
  OTHER: 'Other',
};

export const roleLabels: Record<Role, string> = {
  PLATFORM_ADMIN: 'Platform admin',
  ORG_ADMIN: 'Organisation admin',
  DIRECTORY_ADMIN: 'Directory admin',
  LEAD: 'Modern slavery lead',
  CASEWORKER: 'Caseworker',
  PARTNER_WORKER: 'Partner worker',
  AUDITOR: 'Auditor',
  AREA_OVERSIGHT: 'Area oversight (read only)',
};

/** "1 case", "3 cases". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** How far London's clock is ahead of UTC at `ms` (0 in GMT, an hour in BST). */
function londonOffsetMs(ms: number): number {
  const parts = Object.fromEntries(londonClock.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return wall - Math.floor(ms / 60_000) * 60_000;
}

/** A real calendar date written YYYY-MM-DD (the API's Date scalar), or false. */
export function isIsoDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/**
 * A date (YYYY-MM-DD) and a time (HH:MM) as people in the partnership mean them, UK local time,
 * as the instant the API stores; null when either is not a real date or time. The browser's own
 * time zone plays no part, so a worker abroad still schedules in UK time.
 */
export function londonDateTimeToIso(date: string, time: string): string | null {
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!isIsoDate(date) || !clock) return null;
  const [hour, minute] = clock.slice(1).map(Number) as [number, number];
  if (hour > 23 || minute > 59) return null;
  const [year, month, day] = date.trim().split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time itself can be an hour out around a clock change; take it again.
  const first = wall - londonOffsetMs(wall);
  return new Date(wall - londonOffsetMs(first)).toISOString();
}

/** How the admin names each recorded gender (the summary list and the forms that record it). */
export const genderLabels: Record<Gender, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  NON_BINARY: 'Non-binary',
  OTHER: 'Other',
  NOT_KNOWN: 'Not known',
};

/** A gender select's options, with the empty choice first ("Not recorded"). */
export const genderOptions = [
  { value: '', text: 'Not recorded' },
  ...Object.entries(genderLabels).map(([value, text]) => ({ value, text })),
];
