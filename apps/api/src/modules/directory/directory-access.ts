/**
 * Who may see a restricted service's restricted details (safe-house addresses, access
 * arrangements) and hidden services. The rule, in one place:
 *
 * - directory admins and platform admins keep the directory, so they see everything;
 * - Modern Slavery leads and caseworkers place people in these services, so they have need;
 * - partner workers (staff of a support service working one referral), auditors and anyone
 *   not signed in do not: they see a restricted service only by its public "front gate"
 *   (name, organisation, description, referral route and referral contact), and never a
 *   hidden one.
 *
 * DOMAIN hard rule 8: nothing that could compromise a person's safety goes to anyone not
 * directly involved.
 */
import type { Viewer } from '../../context.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

const NEED_ROLES: ReadonlySet<Role> = new Set(['DIRECTORY_ADMIN', 'PLATFORM_ADMIN', 'LEAD', 'CASEWORKER']);

export function hasNeedForRestrictedDetails(viewer: Viewer | null): boolean {
  return viewer !== null && viewer.roles.some((role) => NEED_ROLES.has(role));
}

export function canAdministerDirectory(viewer: Viewer | null): boolean {
  return viewer !== null && viewer.roles.some((role) => role === 'DIRECTORY_ADMIN' || role === 'PLATFORM_ADMIN');
}

/** Services the viewer may know exist: hidden ones only for viewers with need. */
export function visibleServicesWhere(viewer: Viewer | null): Prisma.SupportServiceWhereInput {
  return hasNeedForRestrictedDetails(viewer) ? {} : { hidden: false };
}

/** Who may change the directory (scope-auth on every directory admin field). */
export const ADMINS: { anyRole: Role[] } = { anyRole: ['DIRECTORY_ADMIN', 'PLATFORM_ADMIN'] };
