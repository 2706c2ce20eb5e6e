/**
 * API tokens: created by a platform admin, shown once, stored hashed, with scopes, expiry,
 * last-used time and revocation. Expired, revoked and wrong-scope tokens are refused.
 */
import {
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  ApiTokensDocument,
  AuthenticationError,
  CaseOpenDocument,
  CasesDocument,
  createWaymarkClient,
  ForbiddenError,
  ViewerDocument,
  type ApiTokenScope,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function createToken(scopes: ApiTokenScope[], personEmail: string = people.coventryLead, expiresAt = inDays(30)) {
  const { apiTokenCreate } = await api
    .as(people.platformAdmin)
    .mutate(ApiTokenCreateDocument, { input: { personEmail, name: 'Housing portal', scopes, expiresAt } });
  if (apiTokenCreate.__typename !== 'ApiTokenCreatePayload')
    throw new Error(`expected a token, got ${apiTokenCreate.__typename}`);
  return apiTokenCreate;
}

const clientWith = (token: string) => createWaymarkClient({ url: api.url, token });
/** The database id inside a Relay global id. */
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

describe('apiTokenCreate', () => {
  it('shows the secret once, keeps only its digest, and the token signs requests in as its person', async () => {
    const created = await createToken(['READ']);
    expect(created.token).toMatch(/^wmk_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({
      name: 'Housing portal',
      scopes: ['READ'],
      status: 'ACTIVE',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.token.startsWith(created.apiToken.prefix)).toBe(true);
    expect(created.apiToken.organisation.name).toBe('Coventry City Council');

    const row = await api.prisma.apiToken.findFirstOrThrow({ where: { prefix: created.apiToken.prefix } });
    expect(JSON.stringify(row)).not.toContain(created.token.slice(created.apiToken.prefix.length));

    const { viewer } = await clientWith(created.token).query(ViewerDocument);
    expect(viewer?.roles).toEqual(['LEAD']);
    const { apiTokens } = await api.as(people.platformAdmin).query(ApiTokensDocument, { first: 50 });
    const listed = apiTokens.edges.find((edge) => edge.node.id === created.apiToken.id)!.node;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(apiTokens)).not.toContain(created.token);
  });

  it('is for platform admins only', async () => {
    const input = { personEmail: people.coventryLead, name: 'x', scopes: ['READ' as const], expiresAt: inDays(1) };
    await expect(api.as(people.coventryLead).mutate(ApiTokenCreateDocument, { input })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(api.as(people.directoryAdmin).mutate(ApiTokenCreateDocument, { input })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(api.anonymous().mutate(ApiTokenCreateDocument, { input })).rejects.toBeInstanceOf(AuthenticationError);
    await expect(api.as(people.coventryLead).query(ApiTokensDocument, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('returns field errors for a past or too distant expiry and no scopes, and NotFound for an unknown person', async () => {
    const admin = api.as(people.platformAdmin);
    const bad = await admin.mutate(ApiTokenCreateDocument, {
      input: { personEmail: people.coventryLead, name: ' ', scopes: [], expiresAt: inDays(-1) },
    });
    if (bad.apiTokenCreate.__typename !== 'ValidationError') throw new Error(bad.apiTokenCreate.__typename);
    expect(bad.apiTokenCreate.fieldErrors.map((e) => e.field).sort()).toEqual(['expiresAt', 'name', 'scopes']);
    const far = await admin.mutate(ApiTokenCreateDocument, {
      input: { personEmail: people.coventryLead, name: 'x', scopes: ['READ'], expiresAt: inDays(400) },
    });
    expect(far.apiTokenCreate.__typename).toBe('ValidationError');
    const nobody = await admin.mutate(ApiTokenCreateDocument, {
      input: { personEmail: 'nobody@waymark.example', name: 'x', scopes: ['READ'], expiresAt: inDays(1) },
    });
    expect(nobody.apiTokenCreate.__typename).toBe('NotFoundError');
  });
});

describe('token lifecycle', () => {
  it('a revoked token is refused with UNAUTHENTICATED from the next request', async () => {
    const created = await createToken(['READ', 'WRITE']);
    const client = clientWith(created.token);
    expect((await client.query(ViewerDocument)).viewer?.roles).toEqual(['LEAD']);
    const { apiTokenRevoke } = await api
      .as(people.platformAdmin)
      .mutate(ApiTokenRevokeDocument, { id: created.apiToken.id });
    if (apiTokenRevoke.__typename !== 'ApiTokenRevokePayload') throw new Error(apiTokenRevoke.__typename);
    expect(apiTokenRevoke.apiToken.status).toBe('REVOKED');
    await expect(client.query(ViewerDocument)).rejects.toBeInstanceOf(AuthenticationError);
    const audit = await api.prisma.auditEvent.findMany({ where: { entityId: rawId(created.apiToken.id) } });
    expect(audit.map((row) => row.action).sort()).toEqual(['apiToken.create', 'apiToken.revoke']);
  });

  it('an expired token is refused with UNAUTHENTICATED', async () => {
    const created = await createToken(['READ']);
    await api.prisma.apiToken.update({
      where: { id: rawId(created.apiToken.id) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(clientWith(created.token).query(ViewerDocument)).rejects.toBeInstanceOf(AuthenticationError);
    const { apiTokens } = await api.as(people.platformAdmin).query(ApiTokensDocument, { first: 50 });
    expect(apiTokens.edges.find((edge) => edge.node.id === created.apiToken.id)?.node.status).toBe('EXPIRED');
  });

  it('a READ token cannot run mutations and a WRITE-only token cannot run queries: FORBIDDEN, nothing written', async () => {
    const reader = clientWith((await createToken(['READ'], people.coventryCaseworker)).token);
    const writer = clientWith((await createToken(['WRITE'], people.coventryCaseworker)).token);
    const before = await api.prisma.case.count();
    await expect(
      reader.mutate(CaseOpenDocument, { input: { concernKind: 'LOCATION', concern: 'x' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await api.prisma.case.count()).toBe(before);
    expect((await reader.query(CasesDocument, { first: 1 })).cases.totalCount).toBeGreaterThan(0);
    await expect(writer.query(CasesDocument, { first: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const { caseOpen } = await writer.mutate(CaseOpenDocument, { input: { concernKind: 'LOCATION', concern: 'x' } });
    expect(caseOpen.__typename).toBe('CaseOpenPayload');
  });

  it('a revoked token cannot be revived and revoking twice is harmless', async () => {
    const created = await createToken(['READ']);
    const admin = api.as(people.platformAdmin);
    await admin.mutate(ApiTokenRevokeDocument, { id: created.apiToken.id });
    const again = await admin.mutate(ApiTokenRevokeDocument, { id: created.apiToken.id });
    expect(again.apiTokenRevoke.__typename).toBe('ApiTokenRevokePayload');
    await expect(clientWith(created.token).query(ViewerDocument)).rejects.toBeInstanceOf(AuthenticationError);
  });
});
