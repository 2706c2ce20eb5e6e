/**
 * A short per-process cache of resolved credentials (secret digest -> viewer), so most
 * requests cost no database query. A revocation is checked in the shared state on every
 * request, so a cached credential never outlives its revocation; the cache only delays
 * seeing membership changes by at most TTL_MS.
 */
import type { Viewer } from '../../context.ts';

const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  viewer: Viewer;
  /** The credential's own expiry. */
  expiresAt: number;
  cachedAt: number;
}

const entries = new Map<string, Entry>();

export function cachedViewer(digest: string): Viewer | null {
  const entry = entries.get(digest);
  if (!entry) return null;
  const now = Date.now();
  if (entry.cachedAt + TTL_MS <= now || entry.expiresAt <= now) {
    entries.delete(digest);
    return null;
  }
  return entry.viewer;
}

export function cacheViewer(digest: string, viewer: Viewer, expiresAt: Date) {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(digest, { viewer, expiresAt: expiresAt.getTime(), cachedAt: Date.now() });
}

export function forgetCredential(id: string) {
  for (const [digest, entry] of entries) if (entry.viewer.credential?.id === id) entries.delete(digest);
}

/** Drops every cached credential of a person (roles changed here; other processes catch up within TTL_MS). */
export function forgetPerson(personId: string) {
  for (const [digest, entry] of entries) if (entry.viewer.personId === personId) entries.delete(digest);
}
