/**
 * `pnpm audit:verify`: checks the whole audit hash chain of the configured database and exits
 * 1 when a link is broken (for a cron job or a monitoring check), 2 when the configuration or
 * database is wrong. Prints no personal data.
 */
import { runWhenEntry, type CliIo } from '../../cli-io.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from '../../db/client.ts';
import { MigrationStateError } from '../../db/migrations.ts';
import { anchorSettings, configureAuditAnchor } from './audit.anchor.ts';
import { verifyTrail } from './audit.verify.ts';

export async function main(_args: string[], { stdout, stderr, env }: CliIo): Promise<number> {
  try {
    const config = loadConfig(env);
    await openDatabase(config.database, { migrate: false });
    try {
      configureAuditAnchor(anchorSettings(config.auditAnchor));
      const result = await verifyTrail();
      const anchor = `checkpoint ${result.anchor.status.toLowerCase().replace('_', ' ')}${result.anchor.chain ? ` (${result.anchor.chain})` : ''}`;
      if (result.ok) {
        stdout.write(
          `Audit trail intact: ${result.checked} events and ${result.caseHistory.checked} case events checked; ${anchor}.\n`,
        );
        return 0;
      }
      const broken = result.firstBroken;
      const caseBroken = result.caseHistory.firstBroken;
      stderr.write(
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
          .join(' ') + '\n',
      );
      return 1;
    } finally {
      await closeDatabase();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
      stderr.write(`waymark: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

await runWhenEntry(import.meta.url, main);
