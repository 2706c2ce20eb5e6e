/** Case queries: `case`, `cases` (filtered, ordered pages) and `myWork`. */
import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import type { Context } from '../../context.ts';
import type { Case as CaseRow, Prisma } from '../../generated/prisma/client.ts';
import { Organisation, Person } from '../orgs/orgs.types.ts';
import { ClockType } from '../pathways/pathways.types.ts';
import { canWorkCases, disclose, memberCasesWhere, visibleCaseCount, visibleCasesWhere } from './case-access.ts';
import { caseOrderBy, casesWhere, type CaseFilter as CaseFilterShape } from './case-filters.ts';
import { AgeGroup, Case, CaseStatus, ExploitationType } from './case.types.ts';
import { byUrgency, mostPressing, type NextDeadline } from './deadlines.ts';
import { DEADLINE_TRACK_SELECT, refreshStaleDeadlines } from './stored-deadline.ts';
import { AGE_SUBJECT_SELECT, caseFacts } from '../pathways/engine-adapter.ts';
import { escalatedWork, type WorkEscalation } from './escalated-work.ts';

const CaseFilter = builder.inputType('CaseFilter', {
  fields: (t) => ({
    status: t.field({ type: CaseStatus }),
    pathwayId: t.string({ description: 'Cases following this pathway.' }),
    step: t.string({ description: 'Cases with a track at this step (with pathwayId: of that pathway).' }),
    owningOrganisationId: t.globalID({ for: Organisation }),
    areaCode: t.string(),
    assignedToId: t.globalID({ for: Person }),
    overdue: t.boolean({ description: 'Open cases with (true) or without (false) an overdue deadline.' }),
    dueBefore: t.field({ type: 'DateTime', description: 'Open cases with a deadline due before this moment.' }),
    exploitationType: t.field({ type: ExploitationType }),
    ageGroup: t.field({
      type: AgeGroup,
      description: 'By presumption of age: an uncertain age with reason to believe a child counts as CHILD.',
    }),
    search: t.string({ description: 'Reference, and names for viewers allowed to see names (case-insensitive).' }),
  }),
});

const CaseOrder = builder.enumType('CaseOrder', {
  values: {
    OPENED_AT_DESC: {},
    OPENED_AT_ASC: {},
    UPDATED_AT_DESC: {},
    REFERENCE_ASC: {},
    DUE_SOONEST: {
      description:
        'Cases with a running deadline, overdue first (most overdue first), then soonest due, by each case’s most pressing one.',
    },
  } as const,
});

type FilterArg = {
  [K in keyof CaseFilterShape]?: K extends 'owningOrganisationId' | 'assignedToId'
    ? { id: string } | null
    : CaseFilterShape[K];
};

/**
 * A search matches names, so its answer (which cases, how many) is a read of them: note every
 * matching case whose names the viewer may see (the only ones whose names are searched) for the
 * read audit, as if the names had been shown.
 */
async function noteNameSearch(context: Context, where: Prisma.CaseWhereInput) {
  if (!canWorkCases(context.viewer)) return;
  const matched = await prisma.case.findMany({
    where: { AND: [where, { owningOrganisationId: context.viewer.organisation.id }] },
    select: { id: true, owningOrganisationId: true },
  });
  for (const row of matched) disclose(context, row, true);
}

function toFilter(filter: FilterArg | null | undefined): CaseFilterShape | null {
  if (!filter) return null;
  return {
    ...filter,
    owningOrganisationId: filter.owningOrganisationId?.id ?? null,
    assignedToId: filter.assignedToId?.id ?? null,
  };
}

const Escalation = builder.objectRef<WorkEscalation>('WorkEscalation').implement({
  description: 'An overdue deadline escalated to the viewer, as the pathway names whom it escalates to.',
  fields: (t) => ({
    to: t.exposeString('to', { description: 'Whom the pathway escalates to, in its words.' }),
    contact: t.exposeString('contact', {
      nullable: true,
      description: 'The directory contact (slug) the pathway names for them.',
    }),
    reason: t.exposeString('reason', { description: 'What is overdue and why it matters.' }),
  }),
});

type WorkRow = NextDeadline & { case: CaseRow; escalation?: WorkEscalation };

const WorkItem = builder.objectRef<WorkRow>('WorkItem').implement({
  description: 'A case on the viewer’s list with its most pressing deadline, or an escalation to the viewer.',
  fields: (t) => ({
    case: t.field({ type: Case, resolve: (item) => item.case }),
    pathwayId: t.exposeString('pathwayId'),
    nextDeadline: t.field({ type: ClockType, resolve: (item) => item.clock }),
    escalation: t.field({
      type: Escalation,
      nullable: true,
      description: 'Set when the deadline is overdue and its pathway escalates it to the viewer.',
      resolve: (item) => item.escalation ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  case: t.prismaField({
    type: 'Case',
    nullable: true,
    description: 'A case, or null when it does not exist or the viewer may not see it (the two are indistinguishable).',
    args: { id: t.arg.globalID({ required: true, for: Case }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { id }, { viewer }) =>
      prisma.case.findFirst({ ...query, where: { AND: [{ id: id.id }, visibleCasesWhere(viewer)] } }),
  }),
  cases: t.prismaConnection(
    {
      type: 'Case',
      cursor: 'id',
      description: 'Cases the viewer may see, newest first unless orderBy says otherwise.',
      authScopes: { signedIn: true },
      args: {
        filter: t.arg({ type: CaseFilter }),
        orderBy: t.arg({ type: CaseOrder, defaultValue: 'OPENED_AT_DESC' }),
      },
      totalCount: async (_root, { filter, orderBy }, context) => {
        // The unfiltered worklist's count, the one every page shows: from the access index alone.
        const unfiltered =
          orderBy !== 'DUE_SOONEST' &&
          (!filter || Object.values(filter).every((value) => value === null || value === undefined));
        const fromAccess = unfiltered ? visibleCaseCount(context.viewer) : null;
        if (fromAccess) return fromAccess;
        const where = await casesWhere(context.viewer, toFilter(filter), new Date(), orderBy);
        if (filter?.search) await noteNameSearch(context, where);
        return prisma.case.count({ where });
      },
      resolve: async (query, _root, { filter, orderBy }, context) => {
        const now = new Date();
        const where = await casesWhere(context.viewer, toFilter(filter), now, orderBy);
        if (filter?.search) await noteNameSearch(context, where);
        return prisma.case.findMany({ ...query, where, orderBy: caseOrderBy[orderBy ?? 'OPENED_AT_DESC'] });
      },
    },
    { name: 'CaseConnection' },
    { name: 'CaseEdge' },
  ),
  myWork: t.field({
    type: [WorkItem],
    description:
      'Open cases assigned to the viewer (or opened by them and not yet assigned), and for leads the cases whose team their organisation joined, with a running deadline, and overdue deadlines escalated to the viewer (with the reason), overdue first, then soonest due.',
    authScopes: { signedIn: true },
    args: { first: t.arg.int({ defaultValue: 50 }) },
    resolve: async (_root, { first }, context, info) => {
      const { viewer } = context;
      const now = new Date();
      const limit = Math.min(Math.max(first ?? 50, 1), 200);
      const mine = {
        AND: [
          visibleCasesWhere(viewer),
          {
            OR: [
              { assignedToId: viewer!.personId },
              { assignedToId: null, openedById: viewer!.personId },
              // A case whose team the viewer's organisation joined: its leads hold it (they
              // accepted it, or the meeting named their organisation lead First Responder).
              ...(viewer!.roles.includes('LEAD') ? [memberCasesWhere(viewer)] : []),
            ],
          },
        ],
      };
      // Both lists below read the stored next deadline: make it current for every case the
      // viewer sees (one indexed statement when nothing is stale).
      await refreshStaleDeadlines(visibleCasesWhere(viewer), now);
      const escalated = await escalatedWork(viewer!, now);
      // The soonest due of the viewer's cases, by the index on the stored next deadline: enough
      // of them that the page stays full when an escalation replaces one (it is due no sooner).
      const soonest = await prisma.case.findMany({
        where: { AND: [mine, { status: 'OPEN' }, { nextDueAt: { not: null } }] },
        orderBy: [{ nextDueAt: 'asc' }, { id: 'asc' }],
        take: limit + escalated.size,
        select: { id: true, ...AGE_SUBJECT_SELECT, tracks: { select: DEADLINE_TRACK_SELECT } },
      });
      const work = new Map<string, NextDeadline & { escalation?: WorkEscalation }>();
      for (const row of soonest) {
        const clock = mostPressing(row.tracks, caseFacts(row, now), now);
        if (clock) work.set(row.id, { caseId: row.id, pathwayId: clock.pathwayId, clock });
      }
      for (const [caseId, item] of escalated) work.set(caseId, item);
      const next = [...work.values()].sort(byUrgency).slice(0, limit);
      const rows = new Map(
        (
          await prisma.case.findMany({
            // What the request selects of each case (assignee, tracks...), loaded with the cases
            // in one query instead of one per case and relation.
            ...queryFromInfo({ context, info, typeName: 'Case', path: ['case'] }),
            where: { id: { in: next.map((n) => n.caseId) } },
          })
        ).map((row) => [row.id, row]),
      );
      return next.map((item) => ({ ...item, case: rows.get(item.caseId)! }));
    },
  }),
}));
