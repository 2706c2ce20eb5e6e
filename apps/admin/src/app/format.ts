/** How Waymark shows values to people: GOV.UK style dates and times, words for enum values. */
import type { CaseStatus, ConcernKind, OrganisationKind, Role } from '@waymark/sdk';
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
