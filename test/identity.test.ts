/**
 * Signing in and out of the admin UI (session cookie), as a browser would through fetch.
 */
import {
  AuthenticationError,
  createWaymarkClient,
  RateLimitedError,
  SignInDocument,
  ViewerDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../prisma/seed/demo.ts';
import { useSignInPause } from '../apps/api/src/modules/identity/sessions.service.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  // Three attempts per email address per window, so the limit is quick to reach.
  api = await startTestApi({
    session: { ttlMs: 3600_000, idleMs: 30 * 60_000, secureCookie: false, attemptsPer15Minutes: 3 },
  });
});
afterAll(() => api.stop());

const SIGN_IN =
  'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt viewer { person { displayName } organisation { name } roles } } }';

async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: await response.json(), setCookie: response.headers.get('set-cookie') };
}

async function signIn(email: string, password = DEMO_PASSWORD) {
  return graphql(SIGN_IN, { input: { email, password } });
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie scoped to /graphql that signs later requests in', async () => {
    const { body, setCookie } = await signIn(people.coventryLead);
    expect(body.data.signIn.viewer).toEqual({
      person: { displayName: expect.stringMatching(/Amira Cole/) },
      organisation: { name: 'Coventry City Council' },
      roles: ['LEAD'],
    });
    expect(Date.parse(body.data.signIn.expiresAt)).toBeGreaterThan(Date.now());
    expect(setCookie).toMatch(/^waymark_session=wms_[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\/graphql/);
    expect(setCookie).not.toMatch(/; Secure/); // test config: plain http on 127.0.0.1

    const cookie = setCookie!.split(';')[0]!;
    const { viewer } = await createWaymarkClient({ url: api.url, headers: { cookie } }).query(ViewerDocument);
    expect(viewer?.roles).toEqual(['LEAD']);
    // Only the digest is stored.
    const secret = cookie.split('=')[1]!;
    const rows = await api.prisma.session.findMany();
    expect(rows.some((row) => row.tokenHash.includes(secret))).toBe(false);
  });

  it('gives the same answer for an unknown email and a wrong password, and sets no cookie', async () => {
    const unknown = await signIn('nobody.here@waymark.example', 'whatever');
    const wrong = await signIn(people.bexleyLead, 'not-the-password');
    for (const attempt of [unknown, wrong]) {
      expect(attempt.body.errors[0]).toMatchObject({
        message: 'The email address or password is not right.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(attempt.setCookie).toBeNull();
    }
    expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message);
  });

  it('limits attempts per email address, with Retry-After', async () => {
    const email = people.hertsCaseworker;
    for (let i = 0; i < 3; i++)
      expect((await signIn(email, 'guess')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const limited = await signIn(email, DEMO_PASSWORD);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(limited.body.errors[0].extensions.retryAfter).toBeGreaterThan(0);
    expect(limited.response.status).toBe(429);
    expect(Number(limited.response.headers.get('retry-after'))).toBeGreaterThan(0);
    await expect(
      createWaymarkClient({ url: api.url }).mutate(SignInDocument, { input: { email, password: DEMO_PASSWORD } }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    // Someone else at the same address still signs in.
    expect((await signIn(people.directoryAdmin)).body.data.signIn.viewer.roles).toEqual(['DIRECTORY_ADMIN']);
  });

  it('a stranger guessing at an account locks out only themselves; the owner is slowed, not refused', async () => {
    const pauses: number[] = [];
    useSignInPause(async (ms) => void pauses.push(ms));
    try {
      // Through the admin server (a trusted proxy on this machine), so each has its own address.
      const from = (address: string, password: string) =>
        graphql(SIGN_IN, { input: { email: people.auditor, password } }, undefined, {
          'x-forwarded-for': address,
        });
      const stranger = '203.0.113.66';
      for (let i = 0; i < 3; i++)
        expect((await from(stranger, 'guess')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      for (let i = 0; i < 3; i++)
        expect((await from(stranger, 'guess')).body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(pauses).toEqual([]); // the stranger's refused attempts did not reach the account's count
      // A second stranger elsewhere goes past the account's budget: now every attempt on it waits.
      for (let i = 0; i < 3; i++)
        expect((await from('198.51.100.23', 'guess')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(pauses.length).toBe(3);
      expect(pauses[1]!).toBeGreaterThan(pauses[0]!);
      const owner = await from('192.0.2.10', DEMO_PASSWORD);
      expect(owner.body.data.signIn.viewer.roles).toEqual(['AUDITOR']);
      expect(pauses.length).toBe(4);
    } finally {
      useSignInPause((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
  });

  it('ends a session left unused for longer than the idle limit', async () => {
    const { setCookie } = await signIn(people.salvationArmyPartner);
    const cookie = setCookie!.split(';')[0]!;
    const person = await api.prisma.person.findUniqueOrThrow({ where: { email: people.salvationArmyPartner } });
    const longAgo = new Date(Date.now() - 31 * 60_000);
    await api.prisma.session.updateMany({
      where: { personId: person.id },
      data: { createdAt: longAgo, lastUsedAt: longAgo },
    });
    const { body, setCookie: cleared } = await graphql('{ viewer { roles } }', {}, cookie);
    expect(body.data.viewer).toBeNull();
    expect(cleared).toMatch(/^waymark_session=;/);
  });

  it('turns a stale cookie into a signed-out request and clears it', async () => {
    const { body, setCookie } = await graphql('{ viewer { roles } }', {}, `waymark_session=wms_${'x'.repeat(43)}`);
    expect(body.data.viewer).toBeNull();
    expect(setCookie).toMatch(/^waymark_session=;/);
  });
});

describe('sign-out', () => {
  it('revokes the session: the same cookie no longer signs anyone in, and the row records when', async () => {
    const { setCookie } = await signIn(people.coventryCaseworker);
    const cookie = setCookie!.split(';')[0]!;
    expect((await graphql('{ viewer { roles } }', {}, cookie)).body.data.viewer.roles).toEqual(['CASEWORKER']);

    const out = await graphql('mutation { signOut { signedOut } }', {}, cookie);
    expect(out.body.data.signOut.signedOut).toBe(true);
    expect(out.setCookie).toMatch(/^waymark_session=;.*Expires=Thu, 01 Jan 1970/);

    expect((await graphql('{ viewer { roles } }', {}, cookie)).body.data.viewer).toBeNull();
    await expect(
      createWaymarkClient({ url: api.url, headers: { cookie } })
        .query(ViewerDocument)
        .then((r) => r.viewer),
    ).resolves.toBeNull();
    const audit = await api.prisma.auditEvent.findMany({
      where: { action: { in: ['session.signIn', 'session.signOut'] } },
    });
    expect(audit.map((row) => row.action)).toContain('session.signOut');
    const revoked = await api.prisma.session.findMany({ where: { revokedAt: { not: null } } });
    expect(revoked).toHaveLength(1);
  });

  it('is harmless when nobody is signed in', async () => {
    expect((await graphql('mutation { signOut { signedOut } }')).body.data.signOut.signedOut).toBe(false);
  });

  it('a bearer credential that is not valid is refused outright (401), not treated as signed out', async () => {
    await expect(
      createWaymarkClient({ url: api.url, token: 'wms_not-a-bearer-kind' }).query(ViewerDocument),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });
});
