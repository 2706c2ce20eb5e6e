/**
 * Per-request context: who is asking and the request id. Kept small on purpose (the Prisma
 * client is imported from db.ts, not carried here).
 */
import type { OrganisationKind, Role } from './generated/prisma/enums.ts';

export interface Viewer {
  personId: string;
  displayName: string;
  organisation: { id: string; name: string; kind: OrganisationKind; isFirstResponder: boolean };
  /** Roles the person holds in `organisation`. */
  roles: Role[];
}

export interface Context {
  requestId: string;
  viewer: Viewer | null;
}
