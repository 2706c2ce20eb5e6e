/**
 * Admin UI sign-in: email and password give a session whose random secret travels only in an
 * HttpOnly cookie; the database keeps its SHA-256. Sign-out revokes the row and tells the
 * shared state, so every API process refuses the cookie at once.
 */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { sharedState } from '../../shared-state/shared-state.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { cachedViewer, cacheViewer, forgetCredential } from './credential-cache.ts';
import { rateLimited, signInFailed } from './identity.errors.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { newSecret, sha256 } from './secrets.ts';
import { loadViewer } from './viewer.ts';

export const SESSION_COOKIE = 'waymark_session';
const SESSION_PREFIX = 'wms_';

export interface SessionSettings {
  ttlMs: number;
  /** A session unused for this long ends (a screen left signed in on a shared desk). */
  idleMs: number;
  /**
   * Sign-in attempts refused past this many per client address and email address in one window
   * (ten times this per client address); past this many per email address from anywhere,
   * attempts are slowed.
   */
  attemptsPerWindow: number;
  attemptWindowMs: number;
}

export const defaultSessionSettings: SessionSettings = {
  ttlMs: 8 * 3600_000,
  idleMs: 60 * 60_000,
  attemptsPerWindow: 10,
  attemptWindowMs: 15 * 60_000,
};
let settings = defaultSessionSettings;
export function configureSessions(next: Partial<SessionSettings>) {
  settings = { ...defaultSessionSettings, ...next };
}

export interface SignInInput {
  email: string;
  password: string;
  /** Which of the person's organisations to act for; the first membership when omitted. */
  organisationSlug?: string | null;
}

/** Waits before a sign-in is checked; replaceable so tests control the clock. */
let pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export function useSignInPause(next: (ms: number) => Promise<void>) {
  pause = next;
}

/** The longest an attempt on a much-tried account waits. */
const MAX_SLOWDOWN_MS = 8000;

/**
 * Budgets keyed by digests: the shared store (maybe Redis) never holds an email address.
 * Refusals are per address (a larger budget: a council office signs in from behind one NAT
 * address) and per address and account, so a stranger who guesses at someone's account locks
 * out only themselves. Across all addresses an account's attempts are slowed, never refused:
 * past the budget each attempt waits twice as long as the one before, up to 8 s, which makes
 * guessing from many addresses slow while its owner can still sign in.
 */
async function guardAttempts(email: string, ip: string) {
  const state = sharedState();
  const account = sha256(email);
  const budgets: Array<[string, number]> = [
    [`signin:ip:${ip}`, settings.attemptsPerWindow * 10],
    [`signin:ip-email:${sha256(`${ip}\n${email}`)}`, settings.attemptsPerWindow],
  ];
  for (const [key, limit] of budgets) {
    const { count, resetMs } = await state.hit(key, settings.attemptWindowMs);
    if (count > limit) throw rateLimited(Math.ceil(resetMs / 1000));
  }
  const { count } = await state.hit(`signin:email:${account}`, settings.attemptWindowMs);
  const over = count - settings.attemptsPerWindow;
  if (over > 0) await pause(Math.min(250 * 2 ** Math.min(over - 1, 10), MAX_SLOWDOWN_MS));
}

export async function signIn(input: SignInInput, meta: { ip: string; requestId: string }) {
  const email = input.email.trim().toLowerCase();
  await guardAttempts(email, meta.ip);
  const person = await prisma.person.findUnique({
    where: { email },
    select: {
      id: true,
      password: { select: { hash: true } },
      memberships: {
        select: { organisationId: true, organisation: { select: { slug: true } } },
        orderBy: { createdAt: 'asc' },
      },
      joinedOrganisation: { select: { id: true, slug: true } },
    },
  });
  // Always run one scrypt, so an unknown email takes as long as a wrong password.
  const ok = await verifyPassword(input.password, person?.password?.hash ?? (await decoyHash()));
  if (!person || !person.password || !ok) throw signInFailed();
  // Where the person holds a role, or the organisation they joined and hold none in yet.
  const organisations = [
    ...person.memberships,
    ...(person.joinedOrganisation
      ? [{ organisationId: person.joinedOrganisation.id, organisation: { slug: person.joinedOrganisation.slug } }]
      : []),
  ];
  const membership = input.organisationSlug
    ? organisations.find((m) => m.organisation.slug === input.organisationSlug)
    : organisations[0];
  if (!membership) throw signInFailed();

  const secret = newSecret(SESSION_PREFIX);
  const expiresAt = new Date(Date.now() + settings.ttlMs);
  const sessionId = randomUUID();
  // Loaded before the transaction: on PGlite (one connection) a query outside the transaction
  // would wait for it to end.
  const viewer = await loadViewer(person.id, membership.organisationId, {
    kind: 'session',
    id: sessionId,
    scopes: null,
  });
  if (!viewer) throw signInFailed();
  await prisma.$transaction(async (tx) => {
    await tx.session.create({
      data: {
        id: sessionId,
        tokenHash: sha256(secret),
        personId: person.id,
        organisationId: membership.organisationId,
        expiresAt,
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId: meta.requestId,
      action: 'session.signIn',
      entityType: 'Session',
      entityId: sessionId,
    });
  });
  return { secret, expiresAt, viewer };
}

/** The viewer for a session cookie, or null when it is unknown, expired or revoked. */
export async function resolveSession(secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(SESSION_PREFIX)) return null;
  const digest = sha256(secret);
  const cached = cachedViewer(digest);
  if (cached) return (await sharedState().isRevoked(cached.credential!.id!)) ? null : cached;
  const session = await prisma.session.findUnique({ where: { tokenHash: digest } });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  // lastUsedAt is written on each cache miss, so it is at most the cache's 30 s behind.
  if ((session.lastUsedAt ?? session.createdAt).getTime() + settings.idleMs <= Date.now()) return null;
  if (await sharedState().isRevoked(session.id)) return null;
  const viewer = await loadViewer(session.personId, session.organisationId, {
    kind: 'session',
    id: session.id,
    scopes: null,
  });
  if (!viewer) return null;
  await prisma.session.update({ where: { id: session.id }, data: { lastUsedAt: new Date() } });
  cacheViewer(digest, viewer, session.expiresAt);
  return viewer;
}

export async function signOut(viewer: Viewer, requestId: string): Promise<void> {
  const sessionId = viewer.credential?.kind === 'session' ? viewer.credential.id : null;
  if (!sessionId) return;
  const session = await prisma.$transaction(async (tx) => {
    const revoked = await tx.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { viewer, requestId, action: 'session.signOut', entityType: 'Session', entityId: sessionId });
    return revoked;
  });
  await sharedState().revoke(sessionId, session.expiresAt.getTime() - Date.now());
  forgetCredential(sessionId);
}
