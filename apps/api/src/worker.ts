/**
 * `pnpm worker`: the background work (reminders, webhooks) in its own process, for deployments
 * that run the API with JOBS=off. Same configuration as the API; on PostgreSQL any number of
 * workers can run side by side (each reminder and delivery is made and sent once).
 */
import { ConfigError, loadConfig } from './config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from './db/client.ts';
import { startJobs } from './jobs/runner.ts';
import { logger } from './logger.ts';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`waymark worker: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let database;
  try {
    // The API applies migrations; a worker refuses a database that is behind rather than racing it.
    database = await openDatabase(config.database, { migrate: false });
  } catch (error) {
    if (error instanceof DatabaseStartError) {
      process.stderr.write(`waymark worker: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const jobs = await startJobs(database, { notifications: config.notifications, ...config.jobTimings });
  logger.info({ database: config.database.kind }, 'Waymark worker ready');
  const stop = async () => {
    await jobs.stop();
    await closeDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  logger.fatal({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'worker start-up failed');
  process.exit(1);
});
