/**
 * Per-request context: who is asking and the request id. Kept small on purpose (the Prisma
 * client is imported from db/client.ts, not carried here).
 */
import type { ApiTokenScope, OrganisationKind, Role } from './generated/prisma/enums.ts';

/** How the viewer proved who they are. */
export interface Credential {
  kind: 'session' | 'apiToken' | 'oidc';
  /** The Session or ApiToken row; null for OIDC (the identity provider owns that token). */
  id: string | null;
  /** What an API token may do; null means everything the person's roles allow. */
  scopes: ApiTokenScope[] | null;
}

export interface Viewer {
  personId: string;
  displayName: string;
  organisation: { id: string; name: string; kind: OrganisationKind; isFirstResponder: boolean };
  /** Roles the person holds in `organisation`. */
  roles: Role[];
  /**
   * Areas the person oversees (AREA_OVERSIGHT role plus AreaOversight rows): every case there is
   * visible, read only; identity only where the area says so. Absent means none.
   */
  oversight?: Array<{ areaId: string; seesIdentity: boolean }>;
  credential?: Credential;
  /**
   * Set when an integration's API token is asking: the viewer is the integration's acting
   * identity (personId), and the token's creator is named in audit records and case events.
   */
  integration?: { id: string; name: string; tokenCreatedById: string | null };
}

/** The bits of the HTTP exchange a resolver may touch (sign-in sets the session cookie). */
export interface HttpExchange {
  /** The client's address, for rate limits. Never logged with personal data. */
  ip: string;
  setSessionCookie(secret: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Who asked for a change and under which request id: what every use case records. */
export interface RequestInfo {
  viewer: Viewer;
  requestId: string;
}

export interface Context {
  requestId: string;
  viewer: Viewer | null;
  http?: HttpExchange;
  /** Cases whose identifying fields this request disclosed; audited once, at the end. */
  identifyingReads?: Set<string>;
}
