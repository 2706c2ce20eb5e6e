/**
 * The reminder sweep: for every open clock of every open case, the reminders it calls for now
 * (reminder-policy.ts), one Notification row per person, kind and clock instance. Rows are keyed
 * so that a repeated sweep, two API processes sweeping at once, or a sweep that died half-way
 * never make a second row; a clock moved by a later decision has a new due time, so it gets new
 * reminders and the old ones stop being made.
 */
import { calendar, deadlines, pathways, type Facts } from '@waymark/pathways';
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { NotificationKind, Role } from '../../generated/prisma/enums.ts';
import { AGE_SUBJECT_SELECT, caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';
import { escalationRecipients, loadEscalationDirectory } from './escalations.ts';
import { reminderLeadMs, remindersDue } from './reminder-policy.ts';
import { refreshStaleDeadlines } from '../cases/stored-deadline.ts';

const TEAM_ROLES: Role[] = ['LEAD', 'CASEWORKER'];

interface Recipients {
  team: string[];
  leads: string[];
}

async function recipientsByOrganisation(organisationIds: string[]): Promise<Map<string, Recipients>> {
  const memberships = await prisma.membership.findMany({
    where: { organisationId: { in: organisationIds }, role: { in: TEAM_ROLES } },
    select: { organisationId: true, personId: true, role: true },
    orderBy: { personId: 'asc' },
  });
  const byOrganisation = new Map<string, Recipients>();
  for (const { organisationId, personId, role } of memberships) {
    const entry = byOrganisation.get(organisationId) ?? { team: [], leads: [] };
    if (!entry.team.includes(personId)) entry.team.push(personId);
    if (role === 'LEAD') entry.leads.push(personId);
    byOrganisation.set(organisationId, entry);
  }
  return byOrganisation;
}

export interface SweepResult {
  /** Notifications waiting to be sent (new ones and any an earlier sweep made but did not send). */
  queued: string[];
  created: number;
}

/** The longest any registered clock (of any version) reminds ahead of its due time. */
const LONGEST_LEAD_MS = Math.max(0, ...pathways.flatMap((p) => p.clocks.map(reminderLeadMs)));

/**
 * Cases whose date of birth may put the person within six months of 18 on `now`'s date, with two
 * days' margin either side (the London date, 29 February); transitionToAdulthood decides exactly.
 */
function nearEighteenWhere(now: Date): Prisma.CaseWhereInput {
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
  return { dateOfBirth: { gt: new Date(Date.UTC(y - 18, m, d - 2)), lte: new Date(Date.UTC(y - 18, m + 6, d + 2)) } };
}

/** Makes the reminders due at `now` and returns the ids still to send. */
export async function sweepReminders(now: Date): Promise<SweepResult> {
  // The stored next deadlines that time has made stale (and, once, every row from before the
  // column): computed first, so the choice of cases below is exact.
  await refreshStaleDeadlines({}, now);
  const cases = await prisma.case.findMany({
    where: {
      status: 'OPEN',
      tracks: { some: {} },
      // Any clock with a reminder due is due no sooner than the case's most pressing one, which
      // is then due within the longest lead time (or past): those cases by the index on the
      // stored next deadline, instead of every open case's clocks every minute. And the cases
      // that may be due a Transition to Adulthood proposal.
      OR: [{ nextDueAt: { lte: new Date(now.getTime() + LONGEST_LEAD_MS) } }, nearEighteenWhere(now)],
    },
    select: {
      id: true,
      owningOrganisationId: true,
      areaId: true,
      assignedToId: true,
      ...AGE_SUBJECT_SELECT,
      tracks: { select: { id: true, pathwayId: true, pathwayVersion: true, step: true, events: true } },
    },
  });
  const recipients = await recipientsByOrganisation([...new Set(cases.map((c) => c.owningOrganisationId))]);
  const directory = await loadEscalationDirectory(cases);
  const preferences = new Map((await prisma.notificationPreference.findMany()).map((p) => [p.personId, p] as const));
  const wanted = (personId: string, kind: NotificationKind) => {
    const preference = preferences.get(personId);
    // Escalations and unanswered hand-overs cannot be turned off.
    if (kind === 'ESCALATION' || kind === 'HAND_OVER_UNANSWERED' || !preference) return true;
    return kind === 'DUE_SOON' ? preference.dueSoon : preference.overdue;
  };

  const rows: Array<{
    idempotencyKey: string;
    caseId: string;
    trackId: string | null;
    pathwayId: string;
    clockId: string;
    clockLabel: string;
    dueAt: Date;
    kind: NotificationKind;
    personId: string;
  }> = [];
  // The facts as a rule reads them now: age facts derived from the subject on `now`'s date, so a
  // clock due before the 18th birthday follows a corrected date of birth.
  const factsNow = new Map(cases.map((c) => [c.id, caseFacts(c, now)] as const));
  for (const caseRow of cases) {
    const people = recipients.get(caseRow.owningOrganisationId) ?? { team: [], leads: [] };
    // The assignee is the case's team for reminders; before anyone is assigned, the organisation's leads and caseworkers.
    const team = caseRow.assignedToId ? [caseRow.assignedToId] : people.team;
    for (const track of caseRow.tracks) {
      const definition = definitionOf(track);
      for (const instance of deadlines(definition, trackOf(track).events, now, factsNow.get(caseRow.id)!)) {
        const clock = definition.clocks.find((c) => c.id === instance.clock);
        if (!clock || !instance.dueAt) continue;
        for (const kind of remindersDue(clock, instance, now)) {
          // An escalation goes to exactly whom the pathway names for the clock (escalations.ts).
          const to = kind === 'ESCALATION' ? escalationRecipients(clock, caseRow, directory).people : team;
          for (const personId of to) {
            if (!wanted(personId, kind)) continue;
            rows.push({
              idempotencyKey: [caseRow.id, track.id, clock.id, instance.instance, instance.dueAt, kind, personId].join(
                ':',
              ),
              caseId: caseRow.id,
              trackId: track.id,
              pathwayId: track.pathwayId,
              clockId: clock.id,
              clockLabel: clock.label,
              dueAt: new Date(instance.dueAt),
              kind,
              personId,
            });
          }
        }
      }
    }
  }
  for (const caseRow of cases) {
    const proposal = transitionToAdulthood(caseRow, factsNow.get(caseRow.id)!);
    if (!proposal) continue;
    const people = recipients.get(caseRow.owningOrganisationId) ?? { team: [], leads: [] };
    for (const personId of caseRow.assignedToId ? [caseRow.assignedToId] : people.team) {
      if (!wanted(personId, 'DUE_SOON')) continue;
      rows.push({
        idempotencyKey: [caseRow.id, proposal.pathwayId, proposal.eighteenth.toISOString(), personId].join(':'),
        caseId: caseRow.id,
        trackId: null,
        pathwayId: proposal.pathwayId,
        clockId: 'eighteenthBirthday',
        clockLabel: `18th birthday: start ${proposal.title}`,
        dueAt: proposal.eighteenth,
        kind: 'TRANSITION_TO_ADULTHOOD',
        personId,
      });
    }
  }
  rows.push(...(await unansweredHandOvers(now, wanted)));
  const created = rows.length ? (await prisma.notification.createMany({ data: rows, skipDuplicates: true })).count : 0;
  const queued = await prisma.notification.findMany({
    where: { status: { in: ['QUEUED', 'SENDING'] } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
  return { queued: queued.map((n) => n.id), created };
}

const transitionPathways = pathways.filter((p) => p.id.endsWith('transition-to-adulthood'));

/**
 * 002 4.8: planning for adulthood starts six months before the 18th birthday. A child (by date of
 * birth, as the engine derives it on the London date) within those six months, on a case
 * following a pathway of an area that has a Transition to Adulthood pathway, with no such track
 * yet: propose starting it, due at the start of the birthday.
 */
export function transitionToAdulthood(
  caseRow: { tracks: Array<{ pathwayId: string }> },
  facts: Facts,
): { pathwayId: string; title: string; eighteenth: Date } | null {
  if (facts.withinSixMonthsOfEighteen !== true || typeof facts.eighteenthBirthday !== 'string') return null;
  const areas = new Set(caseRow.tracks.map((t) => pathways.find((p) => p.id === t.pathwayId)?.area));
  const pathway = transitionPathways.find((p) => areas.has(p.area));
  if (!pathway || caseRow.tracks.some((t) => t.pathwayId === pathway.id)) return null;
  const eighteenth = new Date(calendar.startOfDay(calendar.parseDate(facts.eighteenthBirthday)!));
  return { pathwayId: pathway.id, title: pathway.title, eighteenth };
}

/**
 * A case offered to another organisation (a hand-over, 000 step 3) that nobody there has
 * answered by its answer time: the receiving organisation's leads are told once, with the case
 * reference and a link to the offers waiting for them (they cannot open the case until they
 * accept it). Escalations cannot be turned off, and neither can this.
 */
async function unansweredHandOvers(now: Date, wanted: (personId: string, kind: NotificationKind) => boolean) {
  const offers = await prisma.caseHandOver.findMany({
    where: { status: 'PENDING', dueAt: { lte: now } },
    select: { id: true, caseId: true, toOrganisationId: true, dueAt: true },
  });
  if (offers.length === 0) return [];
  const receivers = await recipientsByOrganisation([...new Set(offers.map((o) => o.toOrganisationId))]);
  return offers.flatMap((offer) =>
    (receivers.get(offer.toOrganisationId)?.leads ?? [])
      .filter((personId) => wanted(personId, 'HAND_OVER_UNANSWERED'))
      .map((personId) => ({
        idempotencyKey: ['hand-over', offer.id, personId].join(':'),
        caseId: offer.caseId,
        trackId: null,
        pathwayId: 'hand-over',
        clockId: 'handOverAnswer',
        clockLabel: 'The answer to a case offered to your organisation',
        dueAt: offer.dueAt,
        kind: 'HAND_OVER_UNANSWERED' as const,
        personId,
      })),
  );
}
