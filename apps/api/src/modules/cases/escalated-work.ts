/**
 * The escalations on the viewer's list (`myWork`): overdue clocks of cases the viewer may see
 * whose pathway escalates to someone the viewer is (a role in the owning organisation, or an
 * overseer of the case's area), each with the reason. The caller has refreshed the viewer's
 * stale stored deadlines (stored-deadline.ts refreshStaleDeadlines).
 */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { escalationReason, loadEscalationDirectory, overdueEscalations } from '../notifications/escalations.ts';
import { AGE_SUBJECT_SELECT, caseFacts } from '../pathways/engine-adapter.ts';
import { visibleCasesWhere } from './case-access.ts';
import type { NextDeadline } from './deadlines.ts';

export interface WorkEscalation {
  to: string;
  contact: string | null;
  reason: string;
}

export async function escalatedWork(
  viewer: Viewer,
  now = new Date(),
): Promise<Map<string, NextDeadline & { escalation: WorkEscalation }>> {
  const areas = (viewer.oversight ?? []).map((o) => o.areaId);
  const cases = await prisma.case.findMany({
    where: {
      AND: [
        visibleCasesWhere(viewer),
        { status: 'OPEN' },
        // Only an overdue clock escalates, and then the case's next deadline is past: the stored
        // one (stored-deadline.ts; the caller refreshed stale rows) narrows the cases by index.
        { nextDueAt: { lt: now } },
        { OR: [{ owningOrganisationId: viewer.organisation.id }, { areaId: { in: areas } }] },
      ],
    },
    select: {
      id: true,
      owningOrganisationId: true,
      areaId: true,
      ...AGE_SUBJECT_SELECT,
      tracks: { select: { pathwayId: true, pathwayVersion: true, step: true, events: true, closedAt: true } },
    },
  });
  const directory = await loadEscalationDirectory(cases);
  const work = new Map<string, NextDeadline & { escalation: WorkEscalation }>();
  for (const row of cases) {
    for (const found of overdueEscalations(row, caseFacts(row, now), directory, now)) {
      if (!found.recipients.people.includes(viewer.personId)) continue;
      const held = work.get(row.id);
      // One item per case: the escalation overdue longest.
      if (held && Date.parse(held.clock.dueAt!) <= Date.parse(found.instance.dueAt!)) continue;
      work.set(row.id, {
        caseId: row.id,
        pathwayId: found.pathwayId,
        clock: found.instance,
        escalation: {
          to: found.recipients.to,
          contact: found.recipients.contact,
          reason: escalationReason(found.clock, found.recipients),
        },
      });
    }
  }
  return work;
}
