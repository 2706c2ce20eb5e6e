/**
 * Builds the request's Viewer from a person and the organisation they act for. Every way of
 * signing in (session, API token, OIDC) ends here, so what a viewer is stays defined once.
 */
import type { Credential, Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';

/**
 * The viewer, or null when the person is deactivated or no longer belongs to the organisation. A
 * person who joined an organisation (invitation, OIDC) and holds no role there yet is its viewer
 * with no roles: signed in, allowed nothing a role gives.
 */
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
      deactivatedAt: true,
      joinedOrganisation: { select: { id: true, name: true, kind: true, isFirstResponder: true } },
      memberships: {
        select: { role: true, organisation: { select: { id: true, name: true, kind: true, isFirstResponder: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!person || person.deactivatedAt) return null;
  const organisations = [
    ...person.memberships.map((m) => m.organisation),
    ...(person.joinedOrganisation ? [person.joinedOrganisation] : []),
  ];
  const organisation = organisationId ? organisations.find((o) => o.id === organisationId) : organisations[0];
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

/**
 * What a case event and an audit record add when an integration's token acted: the integration
 * and the admin who created the token, so "who did this" never stops at a system's name.
 */
export function integrationTrace(viewer: Viewer | null | undefined): Record<string, unknown> {
  return viewer?.integration
    ? { integration: { id: viewer.integration.id, tokenCreatedById: viewer.integration.tokenCreatedById } }
    : {};
}
