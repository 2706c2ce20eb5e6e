/**
 * API tokens for SDK integrations: created by an organisation admin (or a platform admin) for a
 * named integration of the organisation, with scopes and an expiry; the token acts as the
 * integration, and what it does names the integration and the token's creator. The token is
 * shown once; only its SHA-256 is kept. Revocation reaches every API process through the
 * shared state.
 */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { ApiTokenScope } from '../../generated/prisma/enums.ts';
import { sharedState } from '../../shared-state/shared-state.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { managesOrganisation } from '../people/people-access.ts';
import { cachedViewer, cacheViewer, forgetCredential } from './credential-cache.ts';
import { newSecret, sha256 } from './secrets.ts';
import { loadViewer } from './viewer.ts';

export const API_TOKEN_PREFIX = 'wmk_';
export const MAX_TOKEN_DAYS = 366;

export interface TokenFields {
  name: string;
  scopes: ApiTokenScope[];
  expiresAt: Date;
}

export interface ApiTokenCreateInput extends TokenFields {
  personId: string;
  integrationId?: string | null;
  /** Defaults to the person's first organisation. */
  organisationId?: string | null;
}

/** Refuses a token's name, scopes or expiry with field errors. */
export function checkTokenFields(input: TokenFields) {
  const problems: Array<{ path: string[]; message: string }> = [];
  const name = input.name.trim();
  if (!name || name.length > 100) problems.push({ path: ['name'], message: 'must be 1 to 100 characters' });
  if (input.scopes.length === 0) problems.push({ path: ['scopes'], message: 'must name at least one scope' });
  const days = (input.expiresAt.getTime() - Date.now()) / 86_400_000;
  if (days <= 0) problems.push({ path: ['expiresAt'], message: 'must be in the future' });
  else if (days > MAX_TOKEN_DAYS)
    problems.push({ path: ['expiresAt'], message: `must be within ${MAX_TOKEN_DAYS} days` });
  if (problems.length) throw new ValidationError(problems);
}

/**
 * An integration's token, created by `actor` (who must manage the integration's organisation:
 * callers check). Not found when the integration does not exist.
 */
export async function issueIntegrationToken(
  input: TokenFields & { integrationId: string },
  actor: Viewer,
  requestId: string,
) {
  checkTokenFields(input);
  const integration = await prisma.integration.findUnique({ where: { id: input.integrationId } });
  if (!integration) throw new NotFoundError('Integration');
  return issueApiToken(
    {
      ...input,
      personId: integration.actorId,
      organisationId: integration.organisationId,
      integrationId: integration.id,
    },
    actor,
    requestId,
  );
}

/**
 * Creates the row and returns the secret; no authorisation here (callers decide who may). The
 * API and the CLI issue only integration tokens (issueIntegrationToken); a token acting as a
 * person is made only by the test harness and benchmarks, which sign in as seeded people.
 */
export async function issueApiToken(
  input: ApiTokenCreateInput,
  actor: Viewer | null = null,
  requestId: string | null = null,
) {
  checkTokenFields(input);
  const name = input.name.trim();
  const memberships = await prisma.membership.findMany({
    where: { personId: input.personId },
    orderBy: { createdAt: 'asc' },
    select: { organisationId: true },
  });
  const organisationId = input.organisationId ?? memberships[0]?.organisationId;
  if (!organisationId || !memberships.some((m) => m.organisationId === organisationId))
    throw new NotFoundError('Membership');

  const secret = newSecret(API_TOKEN_PREFIX);
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        name,
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: sha256(secret),
        personId: input.personId,
        organisationId,
        integrationId: input.integrationId ?? null,
        scopes: [...new Set(input.scopes)],
        expiresAt: input.expiresAt,
        createdById: actor?.personId ?? null,
      },
    });
    if (actor) {
      await recordAudit(tx, {
        viewer: actor,
        requestId,
        action: 'apiToken.create',
        entityType: 'ApiToken',
        entityId: created.id,
        data: {
          integrationId: created.integrationId,
          organisationId,
          scopes: created.scopes,
          expiresAt: created.expiresAt.toISOString(),
        },
      });
    }
    return created;
  });
  return { token: secret, apiToken: row };
}

export async function revokeApiToken(id: string, actor: Viewer, requestId: string) {
  const token = await prisma.apiToken.findUnique({ where: { id } });
  const mayRevoke =
    actor.roles.includes('PLATFORM_ADMIN') ||
    (token?.integrationId != null && managesOrganisation(actor, token.organisationId));
  if (!token || !mayRevoke) throw new NotFoundError('API token');
  if (token.revokedAt) return token;
  const revoked = await prisma.$transaction(async (tx) => {
    const updated = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      viewer: actor,
      requestId,
      action: 'apiToken.revoke',
      entityType: 'ApiToken',
      entityId: id,
    });
    return updated;
  });
  await sharedState().revoke(id, revoked.expiresAt.getTime() - Date.now());
  forgetCredential(id);
  return revoked;
}

/** The viewer for a bearer API token, or null when unknown, expired or revoked. */
export async function resolveApiToken(secret: string): Promise<Viewer | null> {
  const digest = sha256(secret);
  const cached = cachedViewer(digest);
  if (cached) return (await sharedState().isRevoked(cached.credential!.id!)) ? null : cached;
  const token = await prisma.apiToken.findUnique({ where: { tokenHash: digest } });
  if (!token || token.revokedAt || token.expiresAt <= new Date()) return null;
  if (await sharedState().isRevoked(token.id)) return null;
  const loaded = await loadViewer(token.personId, token.organisationId, {
    kind: 'apiToken',
    id: token.id,
    scopes: token.scopes,
  });
  if (!loaded) return null;
  const integration = token.integrationId
    ? await prisma.integration.findUnique({ where: { id: token.integrationId }, select: { id: true, name: true } })
    : null;
  const viewer = integration
    ? { ...loaded, integration: { ...integration, tokenCreatedById: token.createdById } }
    : loaded;
  // Written on a cache miss only: last-used is accurate to the cache's 30 seconds, and a busy
  // integration does not turn every read into a write.
  await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  cacheViewer(digest, viewer, token.expiresAt);
  return viewer;
}
