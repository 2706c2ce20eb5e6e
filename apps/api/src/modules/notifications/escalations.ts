/**
 * Whom an overdue clock escalates to (X-5, issue 19 "escalation notifies whom the pathway names"):
 * the pathway names a role in the organisation that owns the case, or the people who oversee the
 * case's area (SPoC, CST, Modern Slavery Lead). Both the reminder sweep and `myWork` ask here, so
 * the people notified are exactly the people whose list shows the escalation.
 */
import { deadlines, type Clock, type ClockInstance, type EscalationTarget, type Facts } from '@waymark/pathways';
import { prisma } from '../../db/client.ts';
import type { CaseTrack } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { definitionOf, trackOf } from '../pathways/engine-adapter.ts';

/** What the sweep and myWork know of a case to find its escalation recipients. */
export interface EscalationCase {
  owningOrganisationId: string;
  areaId: string;
}

/** Memberships by organisation and the overseers by area, loaded once for many cases. */
export interface EscalationDirectory {
  members: Map<string, Array<{ personId: string; role: Role }>>;
  overseers: Map<string, string[]>;
}

export async function loadEscalationDirectory(cases: EscalationCase[]): Promise<EscalationDirectory> {
  const organisationIds = [...new Set(cases.map((c) => c.owningOrganisationId))];
  const areaIds = [...new Set(cases.map((c) => c.areaId))];
  const [memberships, oversight] = await Promise.all([
    prisma.membership.findMany({
      where: { organisationId: { in: organisationIds } },
      select: { organisationId: true, personId: true, role: true },
      orderBy: { personId: 'asc' },
    }),
    prisma.areaOversight.findMany({
      where: { areaId: { in: areaIds }, person: { memberships: { some: { role: 'AREA_OVERSIGHT' } } } },
      select: { areaId: true, personId: true },
      orderBy: { personId: 'asc' },
    }),
  ]);
  const members = new Map<string, Array<{ personId: string; role: Role }>>();
  for (const m of memberships) members.set(m.organisationId, [...(members.get(m.organisationId) ?? []), m]);
  const overseers = new Map<string, string[]>();
  for (const o of oversight) overseers.set(o.areaId, [...(overseers.get(o.areaId) ?? []), o.personId]);
  return { members, overseers };
}

const withRole = (directory: EscalationDirectory, organisationId: string, role: Role) => [
  ...new Set((directory.members.get(organisationId) ?? []).filter((m) => m.role === role).map((m) => m.personId)),
];

export interface EscalationRecipients {
  people: string[];
  /** Who the pathway names, and the contact it gives for them. */
  to: string;
  contact: string | null;
  /** True when nobody holds the named place and the case's leads were told instead. */
  fallback: boolean;
}

/**
 * The people an overdue clock escalates to. A clock that only flags is escalated to the case's
 * leads once it has been overdue for its reminder lead time (reminder-policy.ts). Where the
 * pathway's target is held by nobody (no overseer for the area, nobody with the role), the case's
 * leads are told, so an escalation never goes nowhere.
 */
export function escalationRecipients(
  clock: Pick<Clock, 'onOverdue'>,
  caseRow: EscalationCase,
  directory: EscalationDirectory,
): EscalationRecipients {
  const leads = withRole(directory, caseRow.owningOrganisationId, 'LEAD');
  if (clock.onOverdue.action !== 'escalate')
    return { people: leads, to: 'the case’s leads', contact: null, fallback: false };
  const target: EscalationTarget = clock.onOverdue.to;
  const named =
    'role' in target
      ? withRole(directory, caseRow.owningOrganisationId, target.role)
      : (directory.overseers.get(caseRow.areaId) ?? []);
  return {
    people: named.length > 0 ? named : leads,
    to: target.label,
    contact: target.contact ?? null,
    fallback: named.length === 0,
  };
}

/** The reason shown with an escalation: what is overdue, to whom it goes, and the pathway's note. */
export function escalationReason(clock: Pick<Clock, 'label' | 'onOverdue'>, recipients: EscalationRecipients): string {
  const note = clock.onOverdue.note;
  const to = recipients.fallback ? `${recipients.to} (no one holds it in Waymark: the case's leads)` : recipients.to;
  return `Overdue: ${clock.label}. Escalated to ${to}: ${note}.`;
}

type TrackForEscalation = Pick<CaseTrack, 'pathwayId' | 'pathwayVersion' | 'step' | 'events'> & {
  closedAt?: Date | null;
};

/** A case's overdue clocks that escalate (`onOverdue: escalate`), with their recipients. */
export function overdueEscalations(
  caseRow: EscalationCase & { tracks: TrackForEscalation[] },
  facts: Facts,
  directory: EscalationDirectory,
  now: Date,
): Array<{ pathwayId: string; clock: Clock; instance: ClockInstance; recipients: EscalationRecipients }> {
  const found = [];
  for (const track of caseRow.tracks) {
    const definition = definitionOf(track);
    for (const instance of deadlines(definition, trackOf(track).events, now, facts, track.closedAt)) {
      const clock = definition.clocks.find((c) => c.id === instance.clock);
      if (!clock || clock.onOverdue.action !== 'escalate' || instance.status !== 'overdue') continue;
      found.push({
        pathwayId: track.pathwayId,
        clock,
        instance,
        recipients: escalationRecipients(clock, caseRow, directory),
      });
    }
  }
  return found;
}
