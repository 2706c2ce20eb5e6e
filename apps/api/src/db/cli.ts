/**
 * Database commands for operators:
 *   pnpm db:migrate   apply pending migrations to the configured database
 *   pnpm db:seed      load reference data and demo data (only what is missing)
 * Exit codes: 0 done, 1 configuration or database problem, 2 usage.
 */
import { runWhenEntry, type CliIo } from '../cli-io.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from './client.ts';
import { MigrationStateError } from './migrations.ts';
import { seedAll } from '../../../../prisma/seed/load.ts';

export async function main([command]: string[], { stdout, stderr, env }: CliIo): Promise<number> {
  try {
    const config = loadConfig(env);
    await openDatabase(config.database, { migrate: true });
    try {
      const target = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : config.database.dataDir;
      if (command === 'migrate') {
        stdout.write(`Migrations applied; ${target} is up to date.\n`);
      } else if (command === 'seed') {
        const report = await seedAll({ demo: config.seedDemo });
        stdout.write(`Seed loaded into ${target}: ${JSON.stringify(report)} new records.\n`);
      } else {
        stderr.write('Usage: tsx apps/api/src/db/cli.ts migrate|seed\n');
        return 2;
      }
      return 0;
    } finally {
      await closeDatabase();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
      stderr.write(`waymark: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

await runWhenEntry(import.meta.url, main);
