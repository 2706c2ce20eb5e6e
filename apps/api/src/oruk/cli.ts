/**
 * Open Referral UK export and import for operators (runs on the server, with the database's
 * own access, so it may export the full directory):
 *   pnpm oruk:export [--full] [--out <file>]   public feed view by default; --full adds
 *                                              restricted details, hidden and inactive services
 *   pnpm oruk:import <file>                    all or nothing; prints the per-record report
 * Exit codes: 0 done, 1 the import was refused (report printed) or the database or file is
 * wrong, 2 usage.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { runWhenEntry, type CliIo } from '../cli-io.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { closeDatabase, DatabaseStartError, openDatabase } from '../db/client.ts';
import { MigrationStateError } from '../db/migrations.ts';
import { exportDirectory } from './export.ts';
import { importDirectory } from './import.ts';
import { MAX_IMPORT_BYTES } from './import-parse.ts';

const USAGE = 'Usage: pnpm oruk:export [--full] [--out <file>] | pnpm oruk:import <file>\n';

async function run([command, ...args]: string[], { stdout, stderr }: CliIo): Promise<number> {
  const flag = (name: string) => args.includes(name);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (command === 'export') {
    const document = await exportDirectory(flag('--full') ? 'full' : 'public');
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const out = option('--out');
    if (out) {
      await writeFile(out, text);
      stderr.write(`Exported ${document.services.length} services to ${out}.\n`);
    } else {
      stdout.write(text);
    }
    return 0;
  }
  if (command === 'import' && args[0]) {
    // Refuse an oversized file before reading it into memory.
    if ((await stat(args[0])).size > MAX_IMPORT_BYTES) {
      stderr.write(
        `Import refused: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was imported.\n`,
      );
      return 1;
    }
    const report = await importDirectory(await readFile(args[0], 'utf8'), { viewer: null, requestId: 'oruk-cli' });
    if (!report.ok) {
      stderr.write(`Import refused: ${report.problems.length} problem(s). Nothing was imported.\n`);
      for (const p of report.problems)
        stderr.write(`  record ${p.record ?? '-'}${p.id ? ` (${p.id})` : ''}: ${p.field} ${p.reason}\n`);
      return 1;
    }
    stderr.write(`Imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.\n`);
    return 0;
  }
  stderr.write(USAGE);
  return 2;
}

export async function main(args: string[], io: CliIo): Promise<number> {
  try {
    const config = loadConfig(io.env);
    await openDatabase(config.database, { migrate: true });
    try {
      return await run(args, io);
    } finally {
      await closeDatabase();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof MigrationStateError) {
      io.stderr.write(`waymark: ${error.message}\n`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr.write('waymark: the file does not exist.\n');
      return 1;
    }
    throw error;
  }
}

await runWhenEntry(import.meta.url, main);
