/**
 * `pnpm audit:verify`: checks the whole audit hash chain of the configured database and exits
 * 1 when a link is broken (for a cron job or a monitoring check). Prints no personal data.
 */
import { ConfigError, loadConfig } from '../../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from '../../db/client.ts';
import { MigrationStateError } from '../../db/migrations.ts';
import { anchorSettings, configureAuditAnchor } from './audit.anchor.ts';
import { verifyTrail } from './audit.verify.ts';

try {
  const config = loadConfig();
  await openDatabase(config.database, { migrate: false });
  configureAuditAnchor(anchorSettings(config.auditAnchor));
  const result = await verifyTrail();
  const anchor = `checkpoint ${result.anchor.status.toLowerCase().replace('_', ' ')}${result.anchor.chain ? ` (${result.anchor.chain})` : ''}`;
  if (result.ok) {
    console.log(
      `Audit trail intact: ${result.checked} events and ${result.caseHistory.checked} case events checked; ${anchor}.`,
    );
  } else {
    const broken = result.firstBroken;
    const caseBroken = result.caseHistory.firstBroken;
    console.error(
      [
        broken
          ? `Audit trail BROKEN at event ${broken.id} (${broken.occurredAt.toISOString()}): ${broken.reason === 'HASH_MISMATCH' ? 'the event was changed after it was written' : 'the event before it is missing or was changed'}.`
          : null,
        caseBroken
          ? `Case history BROKEN in case ${caseBroken.caseId} (${caseBroken.occurredAt.toISOString()}).`
          : null,
        `Audit trail against the last signed ${anchor}.`,
        `${result.checked} events and ${result.caseHistory.checked} case events checked.`,
      ]
        .filter(Boolean)
        .join(' '),
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
