/**
 * The `cases` filter and order, turned into Prisma where/orderBy. Everything is SQL except the
 * age-group filter, which narrows the set by id after applying the engine's presumption of age;
 * the deadline filters and order read the stored next deadline (stored-deadline.ts).
 */
import { isTreatedAsChild } from '@waymark/pathways';
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { AGE_SUBJECT_SELECT, caseFacts } from '../pathways/engine-adapter.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { CaseStatus, ExploitationType } from '../../generated/prisma/enums.ts';
import { canWorkCases, visibleCasesWhere } from './case-access.ts';
import { refreshStaleDeadlines } from './stored-deadline.ts';

export interface CaseFilter {
  status?: CaseStatus | null;
  pathwayId?: string | null;
  step?: string | null;
  owningOrganisationId?: string | null;
  areaCode?: string | null;
  assignedToId?: string | null;
  overdue?: boolean | null;
  dueBefore?: Date | null;
  exploitationType?: ExploitationType | null;
  ageGroup?: 'CHILD' | 'ADULT' | 'UNKNOWN' | null;
  search?: string | null;
}

export type CaseOrder = 'OPENED_AT_DESC' | 'OPENED_AT_ASC' | 'UPDATED_AT_DESC' | 'REFERENCE_ASC' | 'DUE_SOONEST';

export const caseOrderBy: Record<CaseOrder, Prisma.CaseOrderByWithRelationInput[]> = {
  OPENED_AT_DESC: [{ openedAt: 'desc' }, { id: 'desc' }],
  OPENED_AT_ASC: [{ openedAt: 'asc' }, { id: 'asc' }],
  UPDATED_AT_DESC: [{ updatedAt: 'desc' }, { id: 'desc' }],
  REFERENCE_ASC: [{ reference: 'asc' }],
  // The order of the (nextDueAt, id) index, over the cases with a running clock only (casesWhere):
  // a cursor cannot page across null values (SQL compares nothing with null).
  DUE_SOONEST: [{ nextDueAt: 'asc' }, { id: 'asc' }],
};

/** Presumption of age decides the group, exactly as the engine applies it (isTreatedAsChild). */
async function ageGroupIds(where: Prisma.CaseWhereInput, group: 'CHILD' | 'ADULT' | 'UNKNOWN'): Promise<string[]> {
  const now = new Date();
  const rows = await prisma.case.findMany({
    where,
    select: { id: true, ...AGE_SUBJECT_SELECT },
  });
  return rows
    .filter((row) => {
      const child = isTreatedAsChild(caseFacts(row, now));
      return group === 'UNKNOWN' ? child === undefined : child === (group === 'CHILD');
    })
    .map((row) => row.id);
}

export async function casesWhere(
  viewer: Viewer | null,
  filter: CaseFilter | null | undefined,
  now = new Date(),
  order: CaseOrder | null = null,
): Promise<Prisma.CaseWhereInput> {
  const and: Prisma.CaseWhereInput[] = [visibleCasesWhere(viewer)];
  if (order === 'DUE_SOONEST') {
    await refreshStaleDeadlines({ AND: [...and] }, now);
    and.push({ nextDueAt: { not: null } });
  }
  if (!filter) return { AND: and };
  if (filter.status) and.push({ status: filter.status });
  if (filter.owningOrganisationId) and.push({ owningOrganisationId: filter.owningOrganisationId });
  if (filter.areaCode) and.push({ area: { code: filter.areaCode } });
  if (filter.assignedToId) and.push({ assignedToId: filter.assignedToId });
  if (filter.exploitationType) and.push({ exploitationTypes: { has: filter.exploitationType } });
  if (filter.pathwayId || filter.step) {
    and.push({
      tracks: {
        some: {
          ...(filter.pathwayId ? { pathwayId: filter.pathwayId } : {}),
          ...(filter.step ? { step: filter.step } : {}),
        },
      },
    });
  }
  if (filter.search) {
    const term = filter.search.trim();
    const byReference: Prisma.CaseWhereInput = { reference: { contains: term, mode: 'insensitive' } };
    // Names are searched only in cases whose names the viewer may see (the owning organisation:
    // mayReadIdentity); in any other case a search matches the reference alone, so it never
    // confirms a name letter by letter. The cases query audits a name search as a read.
    and.push(
      canWorkCases(viewer)
        ? {
            OR: [
              byReference,
              {
                owningOrganisationId: viewer.organisation.id,
                OR: [
                  { givenName: { contains: term, mode: 'insensitive' } },
                  { familyName: { contains: term, mode: 'insensitive' } },
                  { aliases: { has: term } },
                ],
              },
            ],
          }
        : byReference,
    );
  }
  if (filter.ageGroup) and.push({ id: { in: await ageGroupIds({ AND: [...and] }, filter.ageGroup) } });
  if (filter.overdue != null || filter.dueBefore) {
    // The stored next deadline (stored-deadline.ts), made current first for the rows about to be
    // read. Overdue: the most pressing clock fell due before now. Not overdue: any case that is
    // not (closed cases and cases with no running clock included).
    await refreshStaleDeadlines({ AND: [...and] }, now);
    if (filter.overdue === true) and.push({ nextDueAt: { lt: now } });
    if (filter.overdue === false)
      and.push(
        filter.dueBefore ? { nextDueAt: { gte: now } } : { OR: [{ nextDueAt: null }, { nextDueAt: { gte: now } }] },
      );
    if (filter.dueBefore) and.push({ nextDueAt: { lt: filter.dueBefore } });
  }
  return { AND: and };
}
