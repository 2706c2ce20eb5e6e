/** Loads an organisation's people as MemberRows (their roles there only). */
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { peopleOf } from './people-access.ts';
import type { MemberRow } from './people.types.ts';

export async function loadMembers(
  organisationId: string,
  page: { skip?: number; take?: number; personId?: string } = {},
  client: Pick<Prisma.TransactionClient, 'person'> = prisma,
): Promise<MemberRow[]> {
  const rows = await client.person.findMany({
    where: { ...peopleOf(organisationId), ...(page.personId ? { id: page.personId } : {}) },
    orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      email: true,
      displayName: true,
      deactivatedAt: true,
      createdAt: true,
      memberships: { where: { organisationId }, select: { role: true }, orderBy: { role: 'asc' } },
    },
  });
  return rows.map((row) => ({
    personId: row.id,
    organisationId,
    email: row.email,
    displayName: row.displayName,
    roles: row.memberships.map((m) => m.role),
    deactivatedAt: row.deactivatedAt,
    createdAt: row.createdAt,
  }));
}

export function countMembers(organisationId: string) {
  return prisma.person.count({ where: peopleOf(organisationId) });
}
