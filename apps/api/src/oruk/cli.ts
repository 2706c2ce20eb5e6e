/**
 * Open Referral UK export and import for operators (runs on the server, with the database's
 * own access, so it may export the full directory):
 *   pnpm oruk:export [--full] [--out <file>]   public feed view by default; --full adds
 *                                              restricted details, hidden and inactive services
 *   pnpm oruk:import <file>                    all or nothing; prints the per-record report
 * Exit codes: 0 done, 1 the import was refused (report printed), 2 usage.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from '../db/client.ts';
import { MigrationStateError } from '../db/migrations.ts';
import { exportDirectory } from './export.ts';
import { importDirectory } from './import.ts';
import { MAX_IMPORT_BYTES } from './import-parse.ts';

const [command, ...args] = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

async function run(): Promise<number> {
  if (command === 'export') {
    const document = await exportDirectory(flag('--full') ? 'full' : 'public');
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const out = option('--out');
    if (out) {
      await writeFile(out, text);
      console.error(`Exported ${document.services.length} services to ${out}.`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  }
  if (command === 'import' && args[0]) {
    // Refuse an oversized file before reading it into memory.
    if ((await stat(args[0])).size > MAX_IMPORT_BYTES) {
      console.error(
        `Import refused: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was imported.`,
      );
      return 1;
    }
    const report = await importDirectory(await readFile(args[0], 'utf8'), { viewer: null, requestId: 'oruk-cli' });
    if (!report.ok) {
      console.error(`Import refused: ${report.problems.length} problem(s). Nothing was imported.`);
      for (const p of report.problems)
        console.error(`  record ${p.record ?? '-'}${p.id ? ` (${p.id})` : ''}: ${p.field} ${p.reason}`);
      return 1;
    }
    console.error(`Imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`);
    return 0;
  }
  console.error('Usage: pnpm oruk:export [--full] [--out <file>] | pnpm oruk:import <file>');
  return 2;
}

try {
  const config = loadConfig();
  await openDatabase(config.database, { migrate: true });
  process.exitCode = await run();
  await closeDatabase();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
    console.error(`waymark: ${error.message}`);
    process.exit(1);
  }
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error('waymark: the file does not exist.');
    process.exit(1);
  }
  throw error;
}
