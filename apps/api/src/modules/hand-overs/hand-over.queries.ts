/**
 * handOversWaiting: offers to the viewer's organisation that its leads have not answered,
 * overdue first. handedOverCases: the read-only view an organisation keeps of the cases it
 * handed over (case-access.ts decides what it holds).
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { handedOverByWhere } from '../cases/case-access.ts';
import { HandedOverCase, HandOver, handOverSelect } from './hand-over.types.ts';

builder.queryFields((t) => ({
  handOversWaiting: t.field({
    type: [HandOver],
    description:
      'Cases offered to your organisation and not yet answered, soonest due first (leads only; empty for anyone else).',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, { viewer }) => {
      if (!viewer!.roles.includes('LEAD')) return [];
      const now = new Date();
      const rows = await prisma.caseHandOver.findMany({
        where: { toOrganisationId: viewer!.organisation.id, status: 'PENDING' },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        take: 200,
        select: handOverSelect,
      });
      return rows.map((row) => ({ ...row, now }));
    },
  }),
  handedOverCases: t.field({
    type: [HandedOverCase],
    description:
      'Cases your organisation handed over and another accepted: their status and what your organisation recorded, read only.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, { viewer }) => {
      const rows = await prisma.caseHandOver.findMany({
        where: handedOverByWhere(viewer),
        orderBy: [{ answeredAt: 'desc' }, { id: 'asc' }],
        take: 200,
        select: {
          answeredAt: true,
          toOrganisation: { select: { name: true } },
          case: {
            select: {
              reference: true,
              status: true,
              concernKind: true,
              events: {
                where: { organisationId: viewer!.organisation.id },
                orderBy: { seq: 'asc' },
                select: { kind: true, occurredAt: true },
              },
            },
          },
        },
      });
      return rows.map((row) => ({
        reference: row.case.reference,
        status: row.case.status,
        concernKind: row.case.concernKind,
        handedOverTo: row.toOrganisation.name,
        acceptedAt: row.answeredAt!,
        ownEvents: row.case.events,
      }));
    },
  }),
}));
