/**
 * organisationPeople and invitations: an organisation's admins (and platform admins) list its
 * people with their roles, and the invitations sent. Anyone else is refused (FORBIDDEN).
 */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { forbidden } from '../identity/identity.errors.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { countMembers, loadMembers } from './members.ts';
import { managesOrganisation, targetOrganisation } from './people-access.ts';
import { OrganisationMember } from './people.types.ts';

function managedOrganisation(viewer: Viewer | null, named: string | null | undefined): string {
  const organisationId = viewer ? targetOrganisation(viewer, named) : '';
  if (!managesOrganisation(viewer, organisationId)) throw forbidden();
  return organisationId;
}

builder.queryFields((t) => ({
  organisationPeople: t.connection(
    {
      type: OrganisationMember,
      description: "An organisation's people and their roles there, by name (its admins and platform admins).",
      args: {
        organisationId: t.arg.globalID({
          for: Organisation,
          description: "The viewer's own organisation when omitted.",
        }),
      },
      authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
      resolve: async (_root, args, { viewer }) => {
        const organisationId = managedOrganisation(viewer, args.organisationId?.id);
        const connection = await resolveOffsetConnection({ args, defaultSize: 50, maxSize: 100 }, ({ limit, offset }) =>
          loadMembers(organisationId, { skip: offset, take: limit }),
        );
        return { ...connection, totalCount: await countMembers(organisationId) };
      },
    },
    {
      name: 'OrganisationMemberConnection',
      fields: (c) => ({
        totalCount: c.int({ resolve: (connection) => (connection as { totalCount: number }).totalCount }),
      }),
    },
    { name: 'OrganisationMemberEdge' },
  ),
  invitations: t.prismaConnection(
    {
      type: 'Invitation',
      cursor: 'id',
      description: 'Invitations to an organisation, newest first (its admins and platform admins).',
      args: {
        organisationId: t.arg.globalID({
          for: Organisation,
          description: "The viewer's own organisation when omitted.",
        }),
      },
      authScopes: { anyRole: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
      totalCount: (_root, args, { viewer }) =>
        prisma.invitation.count({ where: { organisationId: managedOrganisation(viewer, args.organisationId?.id) } }),
      resolve: (query, _root, args, { viewer }) =>
        prisma.invitation.findMany({
          ...query,
          where: { organisationId: managedOrganisation(viewer, args.organisationId?.id) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'InvitationConnection' },
    { name: 'InvitationEdge' },
  ),
}));
