/**
 * Bearer JWTs from the council's identity provider (OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL):
 * signature checked against the provider's published keys, issuer, audience and expiry checked,
 * then the `email` claim mapped to a Waymark person acting for their first organisation (on a
 * first sign-in, see oidc-first-sign-in.ts).
 * Anything wrong gives the same "credentials are not valid" as any other bad token.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { prisma } from '../../db/client.ts';
import type { BearerVerifier } from '../../http/identity.ts';
import { joinOnFirstSignIn } from './oidc-first-sign-in.ts';
import { loadViewer } from './viewer.ts';

export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export function oidcVerifier(settings: OidcSettings): BearerVerifier {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  return async (token) => {
    let email: unknown;
    let name: unknown;
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        // Asymmetric only: a provider's JWKS never holds a shared secret, and "none" is never valid.
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        clockTolerance: 30,
        requiredClaims: ['exp', 'email'],
      });
      if (payload.email_verified === false) return null;
      email = payload.email;
      name = payload.name;
    } catch {
      return null;
    }
    if (typeof email !== 'string') return null;
    const address = email.trim().toLowerCase();
    const known = await prisma.person.findUnique({
      where: { email: address },
      select: { id: true, integration: { select: { id: true } } },
    });
    // An integration's acting identity is never a sign-in.
    if (known?.integration) return null;
    const personId = known?.id ?? (await joinOnFirstSignIn(address, name));
    return personId ? loadViewer(personId, null, { kind: 'oidc', id: null, scopes: null }) : null;
  };
}
