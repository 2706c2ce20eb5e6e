/**
 * Builds the request's Viewer from a person and the organisation they act for. Every way of
 * signing in (session, API token, OIDC) ends here, so what a viewer is stays defined once.
 */
import type { Credential, Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';

/** The viewer, or null when the person no longer belongs to the organisation. */
export async function loadViewer(
  personId: string,
  organisationId: string | null,
  credential: Credential,
): Promise<Viewer | null> {
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      displayName: true,
      memberships: {
        select: { role: true, organisation: { select: { id: true, name: true, kind: true, isFirstResponder: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!person || person.memberships.length === 0) return null;
  const organisation = organisationId
    ? person.memberships.find((m) => m.organisation.id === organisationId)?.organisation
    : person.memberships[0]!.organisation;
  if (!organisation) return null;
  const roles = person.memberships.filter((m) => m.organisation.id === organisation.id).map((m) => m.role);
  // Oversight needs both the role (given within the organisation) and the area scope.
  const oversight = roles.includes('AREA_OVERSIGHT')
    ? (
        await prisma.areaOversight.findMany({
          where: { personId: person.id },
          select: { areaId: true, area: { select: { oversightSeesIdentity: true } } },
        })
      ).map((row) => ({ areaId: row.areaId, seesIdentity: row.area.oversightSeesIdentity }))
    : [];
  return { personId: person.id, displayName: person.displayName, organisation, roles, oversight, credential };
}
