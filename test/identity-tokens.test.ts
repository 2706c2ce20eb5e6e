/**
 * API tokens: created by an organisation admin for one of its integrations, shown once, stored
 * hashed, with scopes, expiry, last-used time and revocation; a token acts as its integration
 * (events and audit say which, and who created the token). Expired, revoked and wrong-scope
 * tokens are refused.
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
  IntegrationCreateDocument,
  IntegrationsDocument,
  ViewerDocument,
  type ApiTokenScope,
  type Role,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const integrations = new Map<string, Promise<string>>();
/** A Coventry City Council integration with these roles (made once per role set), as its org admin makes it. */
function integrationWith(roles: Role[]): Promise<string> {
  const key = roles.join(',');
  if (!integrations.has(key))
    integrations.set(
      key,
      (async () => {
        const { integrationCreate } = await api
          .as(people.coventryOrgAdmin)
          .mutate(IntegrationCreateDocument, { input: { name: `Housing portal ${key}`, roles } });
        if (integrationCreate.__typename !== 'IntegrationCreatePayload') throw new Error(integrationCreate.__typename);
        return integrationCreate.integration.id;
      })(),
    );
  return integrations.get(key)!;
}

async function createToken(scopes: ApiTokenScope[], roles: Role[] = ['LEAD'], expiresAt = inDays(30)) {
  const integrationId = await integrationWith(roles);
  const { apiTokenCreate } = await api
    .as(people.coventryOrgAdmin)
    .mutate(ApiTokenCreateDocument, { input: { integrationId, name: 'Production', scopes, expiresAt } });
  if (apiTokenCreate.__typename !== 'ApiTokenCreatePayload')
    throw new Error(`expected a token, got ${apiTokenCreate.__typename}`);
  return apiTokenCreate;
}

const clientWith = (token: string) => createWaymarkClient({ url: api.url, token });
/** The database id inside a Relay global id. */
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

describe('apiTokenCreate', () => {
  it('shows the secret once, keeps only its digest, and the token signs requests in as its integration', async () => {
    const created = await createToken(['READ']);
    expect(created.token).toMatch(/^wmk_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({
      name: 'Production',
      integration: { name: 'Housing portal LEAD' },
      createdBy: { displayName: 'Demo Coventry people admin' },
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
    expect(viewer?.person.displayName).toBe('Housing portal LEAD');
    const { apiTokens } = await api.as(people.platformAdmin).query(ApiTokensDocument, { first: 50 });
    const listed = apiTokens.edges.find((edge) => edge.node.id === created.apiToken.id)!.node;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(apiTokens)).not.toContain(created.token);
    // The organisation's admin sees its integrations with their tokens, never a secret.
    const { integrations } = await api.as(people.coventryOrgAdmin).query(IntegrationsDocument, {});
    const mine = integrations.edges.map((e) => e.node).find((i) => i.name === 'Housing portal LEAD')!;
    expect(mine.roles).toEqual(['LEAD']);
    expect(mine.apiTokens.map((t) => t.id)).toContain(created.apiToken.id);
    expect(JSON.stringify(integrations)).not.toContain(created.token);
  });

  it("a token's case changes name the integration and the admin who created the token", async () => {
    const created = await createToken(['WRITE'], ['CASEWORKER']);
    const { caseOpen } = await clientWith(created.token).mutate(CaseOpenDocument, {
      input: { concernKind: 'LOCATION', concern: 'Seen by the housing portal' },
    });
    if (caseOpen.__typename !== 'CaseOpenPayload') throw new Error(caseOpen.__typename);
    const caseId = rawId(caseOpen.case.id);
    const admin = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryOrgAdmin } });
    const integration = await api.prisma.integration.findUniqueOrThrow({
      where: { id: rawId(await integrationWith(['CASEWORKER'])) },
    });
    const event = await api.prisma.caseEvent.findFirstOrThrow({ where: { caseId } });
    expect(event.actorId).toBe(integration.actorId);
    expect(event.data).toMatchObject({ integration: { id: integration.id, tokenCreatedById: admin.id } });
    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { entityId: caseId, action: 'case.open' } });
    expect(audit.actorId).toBe(integration.actorId);
    expect(audit.data).toMatchObject({
      via: {
        kind: 'apiToken',
        id: rawId(created.apiToken.id),
        integration: { id: integration.id, tokenCreatedById: admin.id },
      },
    });
  });

  it("is for the organisation's admins and platform admins only; another organisation's integration is not found", async () => {
    const integrationId = await integrationWith(['LEAD']);
    const input = { integrationId, name: 'x', scopes: ['READ' as const], expiresAt: inDays(1) };
    await expect(api.as(people.coventryLead).mutate(ApiTokenCreateDocument, { input })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(api.as(people.directoryAdmin).mutate(ApiTokenCreateDocument, { input })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(api.anonymous().mutate(ApiTokenCreateDocument, { input })).rejects.toBeInstanceOf(AuthenticationError);
    await expect(api.as(people.coventryLead).query(ApiTokensDocument, {})).rejects.toBeInstanceOf(ForbiddenError);
    // Bexley's lead is no admin; make one for the check, then Coventry's integration is not theirs.
    const bexleyLead = await api.prisma.person.findUniqueOrThrow({
      where: { email: people.bexleyLead },
      include: { memberships: true },
    });
    await api.prisma.membership.create({
      data: { personId: bexleyLead.id, organisationId: bexleyLead.memberships[0]!.organisationId, role: 'ORG_ADMIN' },
    });
    await api.tokenFor(people.bexleyLead);
    const before = await api.prisma.apiToken.count();
    const other = await api.as(people.bexleyLead).mutate(ApiTokenCreateDocument, { input });
    expect(other.apiTokenCreate.__typename).toBe('NotFoundError');
    expect(await api.prisma.apiToken.count()).toBe(before);
  });

  it('an integration may not be given ORG_ADMIN: RoleNotAllowedError, nothing written', async () => {
    const before = await api.prisma.integration.count();
    const { integrationCreate } = await api
      .as(people.coventryOrgAdmin)
      .mutate(IntegrationCreateDocument, { input: { name: 'Admin bot', roles: ['ORG_ADMIN'] } });
    if (integrationCreate.__typename !== 'RoleNotAllowedError') throw new Error(integrationCreate.__typename);
    expect(integrationCreate.allowedRoles).toEqual(['LEAD', 'CASEWORKER', 'PARTNER_WORKER']);
    expect(await api.prisma.integration.count()).toBe(before);
  });

  it('returns field errors for a past or too distant expiry and no scopes, and NotFound for an unknown integration', async () => {
    const admin = api.as(people.coventryOrgAdmin);
    const integrationId = await integrationWith(['LEAD']);
    const bad = await admin.mutate(ApiTokenCreateDocument, {
      input: { integrationId, name: ' ', scopes: [], expiresAt: inDays(-1) },
    });
    if (bad.apiTokenCreate.__typename !== 'ValidationError') throw new Error(bad.apiTokenCreate.__typename);
    expect(bad.apiTokenCreate.fieldErrors.map((e) => e.field).sort()).toEqual(['expiresAt', 'name', 'scopes']);
    const far = await admin.mutate(ApiTokenCreateDocument, {
      input: { integrationId, name: 'x', scopes: ['READ'], expiresAt: inDays(400) },
    });
    expect(far.apiTokenCreate.__typename).toBe('ValidationError');
    const nobody = await admin.mutate(ApiTokenCreateDocument, {
      input: {
        integrationId: Buffer.from('Integration:00000000-0000-4000-8000-000000000000').toString('base64'),
        name: 'x',
        scopes: ['READ'],
        expiresAt: inDays(1),
      },
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
      .as(people.coventryOrgAdmin)
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
    const reader = clientWith((await createToken(['READ'], ['CASEWORKER'])).token);
    const writer = clientWith((await createToken(['WRITE'], ['CASEWORKER'])).token);
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
