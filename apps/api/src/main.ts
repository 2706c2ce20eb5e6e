/**
 * Starts the Waymark API: validate config, open (and migrate) the database, load the seed
 * data on first start, listen. Operator mistakes (bad config, unreachable database, a data
 * directory from a newer Waymark) end the process with one line and a non-zero exit.
 */
import { ConfigError, loadConfig } from './config.ts';
import { closeDatabase, DatabaseStartError, openDatabase, prisma } from './db/client.ts';
import type { JobRunner } from './jobs/runner.ts';
import { MigrationStateError } from './db/migrations.ts';
import { seedAll } from '../../../prisma/seed/load.ts';
import { logger } from './logger.ts';

const started = performance.now();

function fail(message: string): never {
  process.stderr.write(`waymark: ${message}\n`);
  process.exit(1);
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  // Build the schema and HTTP stack while the database opens: together they are most of the
  // start-up time, and neither needs the other until the first request.
  const serverModule = import('./server.ts');
  let database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DatabaseStartError || error instanceof MigrationStateError) fail(error.message);
    throw error;
  }
  const { createServer, listen } = await serverModule;
  // First start: an empty database gets the reference data (and demo data unless turned off).
  if ((await prisma.area.count()) === 0) await seedAll({ demo: config.seedDemo });

  let server;
  try {
    server = await createServer({ ...config, notifyCallbackToken: config.notifications.notify?.callbackToken ?? null });
  } catch (error) {
    const { StartError } = await import('./shared-state/redis-state.ts');
    if (error instanceof StartError) fail(error.message);
    throw error;
  }
  let http;
  try {
    http = await listen(server.app, config.host, config.port);
  } catch (error) {
    const code = (error as { code?: string }).code;
    fail(
      code === 'EADDRINUSE'
        ? `PORT: ${config.host}:${config.port} is already in use`
        : `PORT: cannot listen (${code ?? 'unknown error'})`,
    );
  }
  // One sender (SMTP pool or Notify client) for this process: invitations are sent by the API
  // itself, and the in-process reminders leave by the same channel.
  const { configureInvitationMail } = await import('./modules/people/invitation-mail.ts');
  const { senderFor } = await import('./modules/notifications/channels.ts');
  const sender = senderFor(config.notifications);
  configureInvitationMail({ sender, publicUrl: config.notifications.publicUrl });
  // Reminders and webhooks, unless a separate `pnpm worker` process does them (JOBS=off).
  let jobs: JobRunner | null = null;
  if (config.jobs === 'in-process') {
    const { startJobs } = await import('./jobs/runner.ts');
    jobs = await startJobs(database, { notifications: config.notifications, sender, ...config.jobTimings });
  }
  const bound = http.address();
  const address = `http://${config.host}:${typeof bound === 'object' && bound ? bound.port : config.port}/graphql`;
  logger.info(
    { database: config.database.kind, startupMs: Math.round(performance.now() - started) },
    `Waymark API ready at ${address}`,
  );
  // PostgreSQL can be shared by several API processes; without Redis each keeps its own list of
  // revocations, so another process honours a sign-out only when its credential cache expires.
  if (config.database.kind === 'postgres' && !config.redisUrl) {
    logger.warn(
      'No REDIS_URL: if more than one API process uses this database, a sign-out or a revoked API token is refused by the other processes only after up to 30 s. Set REDIS_URL to share revocations at once.',
    );
  }

  // Signed checkpoints of the audit trail's head, kept outside the database (modules/audit).
  const { anchorSettings, configureAuditAnchor, sealCheckpoint } = await import('./modules/audit/audit.anchor.ts');
  configureAuditAnchor(anchorSettings(config.auditAnchor));
  if (config.env === 'production' && !config.auditAnchor.secret) {
    logger.warn(
      'No AUDIT_ANCHOR_SECRET: audit checkpoints are signed with a key kept beside the data. Set it from a secret store the database administrators cannot read.',
    );
  }
  const seal = () =>
    void sealCheckpoint().catch((error: unknown) =>
      logger.error({ err: { name: (error as Error)?.name } }, 'audit checkpoint failed'),
    );
  seal();
  const sealing = setInterval(seal, config.auditAnchor.everyMs);
  sealing.unref();
  // Chains the audit rows requests write (modules/audit/audit-sealer.ts): one process at a time.
  const { startAuditSealer } = await import('./modules/audit/audit-sealer.ts');
  const stopAuditSealer = startAuditSealer();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    http.close();
    clearInterval(sealing);
    await jobs?.stop();
    sender?.close();
    await stopAuditSealer();
    await server.stop();
    await closeDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'start-up failed');
  process.exit(1);
});
