/**
 * Database commands for operators:
 *   pnpm db:migrate   apply pending migrations to the configured database
 *   pnpm db:seed      load reference data and demo data (only what is missing)
 */
import { ConfigError, loadConfig } from '../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from './client.ts';
import { MigrationStateError } from './migrations.ts';
import { seedAll } from '../../../../prisma/seed/load.ts';

const command = process.argv[2];

try {
  const config = loadConfig();
  await openDatabase(config.database, { migrate: true });
  const target = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : config.database.dataDir;
  if (command === 'migrate') {
    console.log(`Migrations applied; ${target} is up to date.`);
  } else if (command === 'seed') {
    const report = await seedAll({ demo: config.seedDemo });
    console.log(`Seed loaded into ${target}: ${JSON.stringify(report)} new records.`);
  } else {
    console.error('Usage: tsx apps/api/src/db/cli.ts migrate|seed');
    process.exitCode = 2;
  }
  await closeDatabase();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
    console.error(`waymark: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
