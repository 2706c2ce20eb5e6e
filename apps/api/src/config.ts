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
  if (!/^postgres(ql)?:$/.test(url.protocol))
    return void ctx.addIssue({ code: 'custom', message: 'must start with postgresql://' });
  if (!url.hostname) ctx.addIssue({ code: 'custom', message: 'has no host' });
});

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  ADMIN_PORT: port.default(5173),
  DATABASE_URL: postgresUrl.optional(),
  WAYMARK_DATA_DIR: z.string().min(1).default('.waymark/data'),
  /** Demo people (with the published demo password) and cases; off by default in production. */
  WAYMARK_SEED_DEMO: z.stringbool().optional(),
  CORS_ORIGINS: z.string().optional(),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (express "trust proxy":
   * loopback, a list of addresses or subnets, or false). The admin server forwards from loopback.
   */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  SESSION_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(480),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /** Secure cookies need HTTPS; on by default outside development and test. */
  SESSION_COOKIE_SECURE: z.stringbool().optional(),
  SIGN_IN_ATTEMPTS_PER_15_MINUTES: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PER_MINUTE_IP: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_PER_MINUTE_CREDENTIAL: z.coerce.number().int().min(1).default(600),
  REDIS_URL: z
    .string()
    .refine(
      (value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol),
      'must be a redis:// or rediss:// URL',
    )
    .optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url().optional(),
  /**
   * Signs the audit checkpoints kept outside the database (at least 32 characters). Unset: a key
   * generated once and kept beside the checkpoint file (<file>.key; development).
   */
  AUDIT_ANCHOR_SECRET: z.string().min(32).optional(),
  /** Where the last signed audit checkpoint is kept; beside the data directory by default (<dir>.audit-anchor.json). */
  AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Partnership figures: counts under this are "fewer than N" (never below 3). */
  FIGURES_THRESHOLD: z.coerce.number().int().min(3).default(5),
  /** Record-level extracts: every equivalence class has at least k records (CTDC publishes with 11). */
  FIGURES_K: z.coerce.number().int().min(3).default(11),
  // Background work (reminders, webhooks): in this process, or off when a separate `pnpm worker` runs it.
  JOBS: z.enum(['in-process', 'off']).default('in-process'),
  /** How often the reminder sweep looks for clocks that need a reminder. */
  JOBS_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * How long a job may run before the queue takes it back from a worker that died (SIGKILL, a
   * lost machine) and runs it again; unset: 120 s for a reminder, 60 s for a webhook delivery.
   */
  JOBS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  /** First retry delay of a failed send or delivery, doubled (with jitter) on each retry. */
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How often the queue's maintenance runs (what notices a timed-out job). */
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Where links in reminders point: the admin UI's address as people reach it. */
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .refine(
      (value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol),
      'must be an smtp:// or smtps:// URL',
    )
    .optional(),
  SMTP_FROM: z.email().default('waymark@localhost'),
  NOTIFY_API_KEY: z.string().min(74).optional(),
  NOTIFY_EMAIL_TEMPLATE_ID: z.uuid().optional(),
  /** GOV.UK Notify's API; only changed to point at a test double. */
  NOTIFY_BASE_URL: z.url().default('https://api.notifications.service.gov.uk'),
  /** The bearer token GOV.UK Notify sends with delivery receipts (set the same in Notify's callback settings). */
  NOTIFY_CALLBACK_TOKEN: z.string().min(16).optional(),
});

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  adminPort: number;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  seedDemo: boolean;
  corsOrigins: string[];
  trustProxy: string | false;
  session: { ttlMs: number; idleMs: number; secureCookie: boolean; attemptsPer15Minutes: number };
  rateLimit: { perMinuteIp: number; perMinuteCredential: number };
  redisUrl: string | null;
  oidc: { issuer: string; audience: string; jwksUrl: string } | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Signed checkpoints of the audit trail's head (modules/audit/audit.anchor.ts). */
  auditAnchor: { file: string; secret: string | null; everyMs: number };
  figures: { threshold: number; k: number };
  jobs: 'in-process' | 'off';
  /** Timings of the background work (jobs/runner.ts). */
  jobTimings: {
    reminderSweepMs: number;
    timeoutSeconds?: number;
    retryDelaySeconds: number;
    maintenanceSeconds: number;
  };
  notifications: NotificationsConfig;
}

export interface NotificationsConfig {
  publicUrl: string;
  smtp: { url: string; from: string } | null;
  notify: { apiKey: string; emailTemplateId: string; baseUrl: string; callbackToken: string | null } | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const oidcSet = [e.OIDC_ISSUER, e.OIDC_AUDIENCE, e.OIDC_JWKS_URL].filter(Boolean).length;
  if (oidcSet !== 0 && oidcSet !== 3) {
    const missing = (['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL'] as const).find((name) => !e[name]);
    throw new ConfigError(`${missing}: OIDC needs OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL together`);
  }
  if (e.FIGURES_K < e.FIGURES_THRESHOLD) throw new ConfigError('FIGURES_K: must be at least FIGURES_THRESHOLD');
  if (e.NOTIFY_API_KEY && !e.NOTIFY_EMAIL_TEMPLATE_ID) {
    throw new ConfigError('NOTIFY_EMAIL_TEMPLATE_ID: GOV.UK Notify needs the id of the reminder email template');
  }
  const dataDir = path.resolve(repoRoot, e.WAYMARK_DATA_DIR);
  return {
    auditAnchor: {
      file: e.AUDIT_ANCHOR_FILE
        ? path.resolve(repoRoot, e.AUDIT_ANCHOR_FILE)
        : e.DATABASE_URL
          ? path.resolve(repoRoot, '.waymark/postgres.audit-anchor.json')
          : `${dataDir}.audit-anchor.json`,
      secret: e.AUDIT_ANCHOR_SECRET ?? null,
      everyMs: e.AUDIT_CHECKPOINT_MINUTES * 60_000,
    },
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    adminPort: e.ADMIN_PORT,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir },
    seedDemo: e.WAYMARK_SEED_DEMO ?? e.NODE_ENV !== 'production',
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',').map((origin) => origin.trim())
      : [`http://127.0.0.1:${e.ADMIN_PORT}`, `http://localhost:${e.ADMIN_PORT}`],
    logLevel: e.LOG_LEVEL,
    figures: { threshold: e.FIGURES_THRESHOLD, k: e.FIGURES_K },
    jobs: e.JOBS,
    jobTimings: {
      reminderSweepMs: e.JOBS_SWEEP_SECONDS * 1000,
      timeoutSeconds: e.JOBS_TIMEOUT_SECONDS,
      retryDelaySeconds: e.JOBS_RETRY_DELAY_SECONDS,
      maintenanceSeconds: e.JOBS_MAINTENANCE_SECONDS,
    },
    notifications: {
      publicUrl: e.PUBLIC_URL ?? `http://127.0.0.1:${e.ADMIN_PORT}`,
      smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM } : null,
      notify:
        e.NOTIFY_API_KEY && e.NOTIFY_EMAIL_TEMPLATE_ID
          ? {
              apiKey: e.NOTIFY_API_KEY,
              emailTemplateId: e.NOTIFY_EMAIL_TEMPLATE_ID,
              baseUrl: e.NOTIFY_BASE_URL,
              callbackToken: e.NOTIFY_CALLBACK_TOKEN ?? null,
            }
          : null,
    },
    trustProxy: e.TRUST_PROXY === 'false' ? false : e.TRUST_PROXY,
    session: {
      ttlMs: e.SESSION_TTL_MINUTES * 60_000,
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      secureCookie: e.SESSION_COOKIE_SECURE ?? e.NODE_ENV === 'production',
      attemptsPer15Minutes: e.SIGN_IN_ATTEMPTS_PER_15_MINUTES,
    },
    rateLimit: { perMinuteIp: e.RATE_LIMIT_PER_MINUTE_IP, perMinuteCredential: e.RATE_LIMIT_PER_MINUTE_CREDENTIAL },
    redisUrl: e.REDIS_URL ?? null,
    oidc: oidcSet === 3 ? { issuer: e.OIDC_ISSUER!, audience: e.OIDC_AUDIENCE!, jwksUrl: e.OIDC_JWKS_URL! } : null,
  };
}
