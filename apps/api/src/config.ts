/**
 * Configuration from environment variables, validated once at start-up. A wrong value stops
 * the server with one line naming the variable; values are never echoed back because some
 * (DATABASE_URL) carry passwords.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The repository root (where prisma/ lives), found from this file whether run from source or bundled. */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error('cannot find the Waymark repository root (pnpm-workspace.yaml)');
}

export const repoRoot = findRepoRoot(import.meta.dirname);

const port = z.coerce.number().int().min(0).max(65535);

const postgresUrl = z.string().superRefine((value, ctx) => {
  // Messages never quote the value: it usually carries a password.
  if (!URL.canParse(value)) return void ctx.addIssue({ code: 'custom', message: 'is not a valid URL' });
  const url = new URL(value);
  if (!/^postgres(ql)?:$/.test(url.protocol)) return void ctx.addIssue({ code: 'custom', message: 'must start with postgresql://' });
  if (!url.hostname) ctx.addIssue({ code: 'custom', message: 'has no host' });
});

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  ADMIN_PORT: port.default(5173),
  DATABASE_URL: postgresUrl.optional(),
  WAYMARK_DATA_DIR: z.string().min(1).default('.waymark/data'),
  WAYMARK_SEED_DEMO: z.stringbool().default(true),
  /** The development identity (X-Waymark-Dev-User or a `dev:<email>` token) until real sign-in lands. */
  WAYMARK_DEV_IDENTITY: z.stringbool().optional(),
  CORS_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  adminPort: number;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  seedDemo: boolean;
  devIdentity: boolean;
  corsOrigins: string[];
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const devIdentity = e.WAYMARK_DEV_IDENTITY ?? e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    adminPort: e.ADMIN_PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(repoRoot, e.WAYMARK_DATA_DIR) },
    seedDemo: e.WAYMARK_SEED_DEMO,
    devIdentity,
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',').map((origin) => origin.trim())
      : [`http://127.0.0.1:${e.ADMIN_PORT}`, `http://localhost:${e.ADMIN_PORT}`],
    logLevel: e.LOG_LEVEL,
  };
}
