/**
 * Shared state in Redis (REDIS_URL): every API process behind a load balancer counts against
 * the same rate-limit budgets and sees the same revocations. If Redis cannot be reached a
 * request fails (masked 500) rather than skipping the revocation check: failing closed is
 * the safe side for this data.
 */
import { Redis } from 'ioredis';
import type { SharedState } from './shared-state.ts';

const PREFIX = 'waymark:';

// INCR and set the expiry on the first hit, atomically, on any Redis version.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`;

export class StartError extends Error {}

export async function connectRedisState(url: string): Promise<SharedState> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    enableOfflineQueue: false,
  });
  // Without a listener an unreachable server would crash the process; commands report it.
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch {
    redis.disconnect();
    const { hostname, port } = new URL(url);
    throw new StartError(`REDIS_URL: cannot connect to Redis at ${hostname}:${port || '6379'}`);
  }
  return {
    async hit(key, windowMs) {
      const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, `${PREFIX}${key}`, String(windowMs))) as [number, number];
      return { count, resetMs: ttl > 0 ? ttl : windowMs };
    },
    async revoke(id, ttlMs) {
      await redis.set(`${PREFIX}revoked:${id}`, '1', 'PX', Math.max(Math.ceil(ttlMs), 1000));
    },
    async isRevoked(id) {
      return (await redis.exists(`${PREFIX}revoked:${id}`)) === 1;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
