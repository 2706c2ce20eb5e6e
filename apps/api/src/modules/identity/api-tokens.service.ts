/**
 * API tokens for SDK integrations: created by a platform admin for one person acting for one
 * organisation, with scopes and an expiry. The token is shown once; only its SHA-256 is kept.
 * Revocation reaches every API process through the shared state.
 */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { ApiTokenScope } from '../../generated/prisma/enums.ts';
import { sharedState } from '../../shared-state/shared-state.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { cachedViewer, cacheViewer, forgetCredential } from './credential-cache.ts';
import { newSecret, sha256 } from './secrets.ts';
import { loadViewer } from './viewer.ts';

export const API_TOKEN_PREFIX = 'wmk_';
export const MAX_TOKEN_DAYS = 366;

export interface ApiTokenCreateInput {
  personId: string;
  /** Defaults to the person's first organisation. */
  organisationId?: string | null;
  name: string;
  scopes: ApiTokenScope[];
  expiresAt: Date;
}

/** Creates the row and returns the secret; no authorisation here (callers decide who may). */
export async function issueApiToken(
  input: ApiTokenCreateInput,
  actor: Viewer | null = null,
  requestId: string | null = null,
) {
  const problems: Array<{ path: string[]; message: string }> = [];
  const name = input.name.trim();
  if (!name || name.length > 100) problems.push({ path: ['name'], message: 'must be 1 to 100 characters' });
  if (input.scopes.length === 0) problems.push({ path: ['scopes'], message: 'must name at least one scope' });
  const days = (input.expiresAt.getTime() - Date.now()) / 86_400_000;
  if (days <= 0) problems.push({ path: ['expiresAt'], message: 'must be in the future' });
  else if (days > MAX_TOKEN_DAYS)
    problems.push({ path: ['expiresAt'], message: `must be within ${MAX_TOKEN_DAYS} days` });
  if (problems.length) throw new ValidationError(problems);

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
          personId: created.personId,
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
  if (!token) throw new NotFoundError('API token');
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
  const viewer = await loadViewer(token.personId, token.organisationId, {
    kind: 'apiToken',
    id: token.id,
    scopes: token.scopes,
  });
  if (!viewer) return null;
  // Written on a cache miss only: last-used is accurate to the cache's 30 seconds, and a busy
  // integration does not turn every read into a write.
  await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  cacheViewer(digest, viewer, token.expiresAt);
  return viewer;
}
