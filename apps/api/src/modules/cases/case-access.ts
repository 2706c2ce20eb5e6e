/**
 * Who may see which case: the one place that decides it. Every case query and mutation goes
 * through here. For now a case is visible to leads and caseworkers of its owning organisation;
 * the access-control work widens this to the whole case team (meeting invitees, open referrals).
 */
import type { Viewer } from '../../context.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

const CASE_ROLES = new Set(['LEAD', 'CASEWORKER']);

export function canWorkCases(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null && viewer.roles.some((role) => CASE_ROLES.has(role));
}

/** A Prisma filter matching only the cases the viewer may see (nothing for anonymous viewers). */
export function visibleCasesWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  if (!canWorkCases(viewer)) return { id: { in: [] } };
  return { owningOrganisationId: viewer.organisation.id };
}
