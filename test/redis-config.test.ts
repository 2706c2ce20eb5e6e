/**
 * Operator mistakes with the shared-state and OIDC settings stop the API with one line naming
 * the variable (and never echo a value, which may hold a password).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../apps/api/src/config.ts';
import { apiMain, baseEnv, runProcess } from './support/processes.ts';

describe('REDIS_URL and OIDC settings', () => {
  it('a REDIS_URL nothing answers stops the API with one line, without the password', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'waymark-redis-config-'));
    try {
      const result = await runProcess(apiMain, [], {
        env: {
          ...baseEnv(),
          PORT: '0',
          LOG_LEVEL: 'silent',
          WAYMARK_DATA_DIR: dataDir,
          WAYMARK_SEED_DEMO: 'false',
          REDIS_URL: 'redis://:s3cret-pass@127.0.0.1:1',
        },
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe('waymark: REDIS_URL: cannot connect to Redis at 127.0.0.1:1');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('rejects a REDIS_URL that is not redis:// and OIDC settings given only in part', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      /^REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.council.example' })).toThrow(
      /^OIDC_AUDIENCE: OIDC needs OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL together$/,
    );
    const config = loadConfig({
      OIDC_ISSUER: 'https://login.council.example',
      OIDC_AUDIENCE: 'waymark',
      OIDC_JWKS_URL: 'https://login.council.example/jwks',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://login.council.example',
      audience: 'waymark',
      jwksUrl: 'https://login.council.example/jwks',
    });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ seedDemo: false, session: { secureCookie: true } });
  });
});
