/**
 * Who may manage the people of which organisation, and which roles they may give: an
 * organisation admin within their own organisation, a platform admin in any. PLATFORM_ADMIN is
 * given by operators only (seed or database), and AREA_OVERSIGHT needs an area scope that
 * people administration does not set, so neither is given here.
 */
import type { Viewer } from '../../context.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';

const ORG_ADMIN_GIVES: Role[] = ['ORG_ADMIN', 'LEAD', 'CASEWORKER', 'PARTNER_WORKER'];
const PLATFORM_ADMIN_GIVES: Role[] = [...ORG_ADMIN_GIVES, 'DIRECTORY_ADMIN', 'AUDITOR'];

export function isPlatformAdmin(viewer: Viewer | null): boolean {
  return viewer?.roles.includes('PLATFORM_ADMIN') ?? false;
}

/** Whether the viewer administers this organisation's people and integrations. */
export function managesOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (!viewer) return false;
  if (isPlatformAdmin(viewer)) return true;
  return viewer.roles.includes('ORG_ADMIN') && viewer.organisation.id === organisationId;
}

/** The roles the viewer may give or remove (to people and integrations alike, less ORG_ADMIN for these). */
export function grantableRoles(viewer: Viewer): Role[] {
  return isPlatformAdmin(viewer) ? PLATFORM_ADMIN_GIVES : ORG_ADMIN_GIVES;
}

/** The organisation a request is about: the one named, else the viewer's own. */
export function targetOrganisation(viewer: Viewer, named: string | null | undefined): string {
  return named ?? viewer.organisation.id;
}

/**
 * The people of an organisation: those who hold a role there or joined it (invitation, OIDC)
 * and hold none yet. An integration's acting identity is not a person and never listed.
 */
export function peopleOf(organisationId: string): Prisma.PersonWhereInput {
  return {
    integration: { is: null },
    OR: [{ joinedOrganisationId: organisationId }, { memberships: { some: { organisationId } } }],
  };
}
