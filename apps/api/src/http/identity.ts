/**
 * Who is asking. In order: a bearer API token (`wmk_...`), a bearer JWT from the council's
 * identity provider when OIDC is configured, then the admin UI's session cookie. A bad bearer
 * credential is refused with 401 and one message for every reason; a stale session cookie
 * makes the request anonymous (the admin then shows its sign-in page) and is cleared.
 */
import type { Request } from 'express';
import type { Viewer } from '../context.ts';
import { API_TOKEN_PREFIX, resolveApiToken } from '../modules/identity/api-tokens.service.ts';
import { invalidCredentials } from '../modules/identity/identity.errors.ts';
import { resolveSession, SESSION_COOKIE } from '../modules/identity/sessions.service.ts';

export interface BearerVerifier {
  /** Resolves a JWT to a viewer, or null when it is not valid. */
  (token: string): Promise<Viewer | null>;
}

export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      // A malformed percent-encoding is a cookie nobody issued: as if it were absent but stale.
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return '';
      }
    }
  }
  return null;
}

export function bearerToken(req: Request): string | null {
  const match = req.get('authorization')?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

export interface ResolvedIdentity {
  viewer: Viewer | null;
  /** True when the request carried a session cookie that no longer works. */
  staleSession: boolean;
}

/** The viewer for a request, null when it carries no credentials; throws on bad bearer credentials. */
export async function resolveViewer(req: Request, oidc: BearerVerifier | null = null): Promise<ResolvedIdentity> {
  if (req.get('authorization') !== undefined) {
    const token = bearerToken(req);
    let viewer: Viewer | null = null;
    if (token?.startsWith(API_TOKEN_PREFIX)) viewer = await resolveApiToken(token);
    else if (token && oidc && token.split('.').length === 3) viewer = await oidc(token);
    if (!viewer) throw invalidCredentials();
    return { viewer, staleSession: false };
  }
  const session = readCookie(req, SESSION_COOKIE);
  if (session === null) return { viewer: null, staleSession: false };
  if (session === '') return { viewer: null, staleSession: true };
  const viewer = await resolveSession(session);
  return { viewer, staleSession: viewer === null };
}
