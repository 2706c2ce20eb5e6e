/**
 * State that several API processes behind a load balancer must share: rate-limit counters and
 * the list of revoked sessions and tokens. In memory by default (one process); in Redis when
 * REDIS_URL is set (see redis-state.ts). The database stays the authority for credentials;
 * this is what lets a process trust its short credential cache without missing a revocation.
 */
export interface SharedState {
  /** Counts a hit in a fixed window; returns the count so far and ms until the window resets. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
  /** Marks a session or token id revoked for `ttlMs` (its remaining lifetime). */
  revoke(id: string, ttlMs: number): Promise<void>;
  isRevoked(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export class MemoryState implements SharedState {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly revoked = new Map<string, number>();
  private sweeps = 0;

  async hit(key: string, windowMs: number) {
    const now = Date.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetMs: window.resetAt - now };
  }

  async revoke(id: string, ttlMs: number) {
    this.revoked.set(id, Date.now() + Math.max(ttlMs, 1000));
  }

  async isRevoked(id: string) {
    const until = this.revoked.get(id);
    return until !== undefined && until > Date.now();
  }

  async close() {}

  /** Drops expired entries now and then, so one client per key cannot grow memory for ever. */
  private sweep(now: number) {
    if (++this.sweeps % 1000 !== 0) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    for (const [id, until] of this.revoked) if (until <= now) this.revoked.delete(id);
  }
}

let current: SharedState = new MemoryState();

export function sharedState(): SharedState {
  return current;
}

export function useSharedState(state: SharedState) {
  current = state;
}
