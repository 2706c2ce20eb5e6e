/**
 * OIDC: bearer JWTs from the council's identity provider, verified with jose against the
 * provider's JWKS (served here on 127.0.0.1) and mapped to a Waymark person by email. Every
 * kind of bad token gets the same 401.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthenticationError, createWaymarkClient, ViewerDocument } from '@waymark/sdk';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

const ISSUER = 'https://login.council.example/';
const AUDIENCE = 'waymark-api';

let api: TestApi;
let jwks: Server;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let strangerKeys: Awaited<ReturnType<typeof generateKeyPair>>;

beforeAll(async () => {
  keys = await generateKeyPair('RS256');
  strangerKeys = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: 'council-1', alg: 'RS256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
  api = await startTestApi({ oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl } });
});
afterAll(async () => {
  await api?.stop();
  await new Promise((resolve) => jwks.close(resolve));
});

async function jwt(
  claims: JWTPayload = {},
  options: { key?: CryptoKey; issuer?: string; audience?: string; expiresIn?: string | number; kid?: string } = {},
) {
  return new SignJWT({ email: people.coventryLead, email_verified: true, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'council-1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('council-user-1')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(options.key ?? keys.privateKey);
}

const viewerWith = (token: string) => createWaymarkClient({ url: api.url, token }).query(ViewerDocument);

describe('OIDC bearer tokens', () => {
  it('a valid token signs the request in as the person with that email, in their organisation', async () => {
    const { viewer } = await viewerWith(await jwt());
    expect(viewer?.person.displayName).toMatch(/Amira Cole/);
    expect(viewer?.organisation.name).toBe('Coventry City Council');
    expect(viewer?.roles).toEqual(['LEAD']);
    const upper = await viewerWith(await jwt({ email: people.coventryCaseworker.toUpperCase() }));
    expect(upper.viewer?.roles).toEqual(['CASEWORKER']);
  });

  it('refuses, with one 401 for every reason: wrong audience, wrong issuer, expired, another key, unknown or unverified email, alg none', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ email: people.coventryLead, iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url')}.`;
    const bad = [
      await jwt({}, { audience: 'someone-else' }),
      await jwt({}, { issuer: 'https://evil.example/' }),
      await jwt({}, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      await jwt({}, { key: strangerKeys.privateKey }),
      await jwt({ email: 'nobody@waymark.example' }),
      await jwt({ email_verified: false }),
      await jwt({ email: undefined }),
      unsigned,
    ];
    for (const token of bad) {
      const error = await viewerWith(token).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).message).toBe('The credentials are not valid.');
    }
  });
});

describe('OIDC first sign-in (issue 14 item 4)', () => {
  it('creates a person with no roles for a domain mapped to an organisation; an unmapped domain stays refused', async () => {
    await api.prisma.organisation.update({
      where: { slug: 'coventry-city-council' },
      data: { emailDomains: ['coventry.example'] },
    });
    const before = await api.prisma.person.count();
    const { viewer } = await viewerWith(await jwt({ email: 'new.starter@coventry.example', name: 'New Starter' }));
    expect(viewer?.person.displayName).toBe('New Starter');
    expect(viewer?.organisation.name).toBe('Coventry City Council');
    expect(viewer?.roles).toEqual([]);
    // A second request finds the same person; nobody else is created.
    await viewerWith(await jwt({ email: 'new.starter@coventry.example' }));
    expect(await api.prisma.person.count()).toBe(before + 1);

    const error = await viewerWith(await jwt({ email: 'someone@unmapped.example' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(await api.prisma.person.count()).toBe(before + 1);
  });

  it('accepts a pending invitation for the address, with its roles', async () => {
    const coventry = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
    const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
    const invitation = await api.prisma.invitation.create({
      data: {
        organisationId: coventry.id,
        email: 'invited@elsewhere.example',
        roles: ['CASEWORKER'],
        tokenHash: 'oidc-test-invitation',
        invitedById: lead.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const { viewer } = await viewerWith(await jwt({ email: 'invited@elsewhere.example' }));
    expect(viewer?.roles).toEqual(['CASEWORKER']);
    expect(viewer?.organisation.name).toBe('Coventry City Council');
    const used = await api.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(used.acceptedAt).not.toBeNull();
  });
});
