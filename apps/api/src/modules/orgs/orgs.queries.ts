import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  fields: (t) => ({
    firstResponder: t.boolean({ description: 'Only First Responder organisations (true) or only others (false).' }),
    areaCode: t.string({ description: 'Organisations working in this area, including national ones.' }),
    search: t.string({ description: 'Case-insensitive match on the name.' }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      type: 'Organisation',
      cursor: 'id',
      description: 'Organisations in the partnership, by name.',
      args: { filter: t.arg({ type: OrganisationFilter }) },
      authScopes: { signedIn: true },
      totalCount: (_parent, { filter }) => prisma.organisation.count({ where: organisationWhere(filter) }),
      resolve: (query, _parent, { filter }) =>
        prisma.organisation.findMany({
          ...query,
          where: organisationWhere(filter),
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'OrganisationConnection' },
    { name: 'OrganisationEdge' },
  ),
  areas: t.prismaField({
    type: ['Area'],
    description: 'Local authorities whose pathways Waymark follows, by name.',
    resolve: (query) => prisma.area.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
}));

function organisationWhere(
  filter: { firstResponder?: boolean | null; areaCode?: string | null; search?: string | null } | null | undefined,
) {
  const where: Prisma.OrganisationWhereInput = {};
  if (filter?.firstResponder != null) where.isFirstResponder = filter.firstResponder;
  if (filter?.areaCode) where.OR = [{ areas: { some: { code: filter.areaCode } } }, { areas: { none: {} } }];
  if (filter?.search) where.name = { contains: filter.search, mode: 'insensitive' };
  return where;
}
