/**
 * `pnpm audit:verify`: checks the whole audit hash chain of the configured database and exits
 * 1 when a link is broken (for a cron job or a monitoring check). Prints no personal data.
 */
import { ConfigError, loadConfig } from '../../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from '../../db/client.ts';
import { MigrationStateError } from '../../db/migrations.ts';
import { verifyAuditChain } from './audit.verify.ts';

try {
  const config = loadConfig();
  await openDatabase(config.database, { migrate: false });
  const result = await verifyAuditChain();
  if (result.ok) {
    console.log(`Audit trail intact: ${result.checked} events checked.`);
  } else {
    const broken = result.firstBroken!;
    console.error(
      `Audit trail BROKEN at event ${broken.id} (${broken.occurredAt.toISOString()}): ${broken.reason === 'HASH_MISMATCH' ? 'the event was changed after it was written' : 'the event before it is missing or was changed'}. ${result.checked} events checked.`,
    );
    process.exitCode = 1;
  }
  await closeDatabase();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
    console.error(`waymark: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
