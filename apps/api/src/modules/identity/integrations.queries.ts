/** integrations: an organisation's integrations and their tokens (its admins and platform admins). */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { managesOrganisation, targetOrganisation } from '../people/people-access.ts';
import { forbidden } from './identity.errors.ts';

builder.queryFields((t) => ({
  integrations: t.prismaConnection(
    {
      type: 'Integration',
      cursor: 'id',
      description: "An organisation's integrations, by name (its admins and platform admins).",
      args: {
        organisationId: t.arg.globalID({
          for: Organisation,
          description: "The viewer's own organisation when omitted.",
        }),
      },
      authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
      totalCount: (_root, args, { viewer }) =>
        prisma.integration.count({ where: { organisationId: managed(viewer, args) } }),
      resolve: (query, _root, args, { viewer }) =>
        prisma.integration.findMany({
          ...query,
          where: { organisationId: managed(viewer, args) },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'IntegrationConnection' },
    { name: 'IntegrationEdge' },
  ),
}));

function managed(
  viewer: Parameters<typeof managesOrganisation>[0],
  args: { organisationId?: { id: string } | null },
): string {
  const organisationId = viewer ? targetOrganisation(viewer, args.organisationId?.id) : '';
  if (!managesOrganisation(viewer, organisationId)) throw forbidden();
  return organisationId;
}
