/**
 * What an organisation's admins see of its people and invitations. Email addresses appear here
 * only, for the admins of the organisation concerned; everyone else sees a person's display name.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import type { Role as RoleValue } from '../../generated/prisma/enums.ts';
import { Role } from '../orgs/orgs.types.ts';
import { isPlatformAdmin } from './people-access.ts';

export interface MemberRow {
  personId: string;
  organisationId: string;
  email: string;
  displayName: string;
  roles: RoleValue[];
  deactivatedAt: Date | null;
  createdAt: Date;
}

export const OrganisationMember = builder.objectRef<MemberRow>('OrganisationMember').implement({
  description: "A person of an organisation, as the organisation's admins see them.",
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      resolve: (query, row) => prisma.person.findUniqueOrThrow({ ...query, where: { id: row.personId } }),
    }),
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    roles: t.field({
      type: [Role],
      description: 'Roles held in this organisation; empty until an admin gives one.',
      resolve: (row) => row.roles,
    }),
    active: t.boolean({ resolve: (row) => row.deactivatedAt === null }),
    deactivatedAt: t.expose('deactivatedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const InvitationStatus = builder.enumType('InvitationStatus', {
  values: ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'] as const,
});

export const Invitation = builder.prismaNode('Invitation', {
  id: { field: 'id' },
  // node(id): the inviting organisation's admins and platform admins only.
  nullable: true,
  findUnique: (id, { viewer }) =>
    isPlatformAdmin(viewer)
      ? { id }
      : viewer?.roles.includes('ORG_ADMIN')
        ? { id, organisationId: viewer.organisation.id }
        : { id, organisationId: '00000000-0000-0000-0000-000000000000' },
  description: 'An invitation to join an organisation. The link is sent by email once and never shown again.',
  fields: (t) => ({
    email: t.exposeString('email'),
    roles: t.field({ type: [Role], resolve: (row) => row.roles }),
    organisation: t.relation('organisation'),
    invitedBy: t.relation('invitedBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    status: t.field({
      type: InvitationStatus,
      resolve: (row) =>
        row.acceptedAt ? 'ACCEPTED' : row.revokedAt ? 'REVOKED' : row.expiresAt <= new Date() ? 'EXPIRED' : 'PENDING',
    }),
  }),
});
