import { builder } from '../../builder.ts';
import { prisma } from '../../db.ts';
import { Case } from './cases.types.ts';
import { visibleCasesWhere } from './case-access.ts';

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
  cases: t.prismaConnection({
    type: 'Case',
    cursor: 'id',
    description: 'Cases the viewer may see, newest first.',
    authScopes: { signedIn: true },
    totalCount: (_root, _args, { viewer }) => prisma.case.count({ where: visibleCasesWhere(viewer) }),
    resolve: (query, _root, _args, { viewer }) =>
      prisma.case.findMany({ ...query, where: visibleCasesWhere(viewer), orderBy: [{ openedAt: 'desc' }, { id: 'desc' }] }),
  }, { name: 'CaseConnection' }, { name: 'CaseEdge' }),
}));
