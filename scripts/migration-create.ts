/**
 * Creates a migration from a change to prisma/schema.prisma, or checks that none is needed.
 *
 *   pnpm db:migration:create add_case_notes   writes prisma/migrations/<timestamp>_add_case_notes/migration.sql
 *   pnpm db:migration:create --empty triggers  writes an empty migration for hand-written SQL
 *   pnpm db:migration:check                    exits 1 and prints the SQL when schema and migrations disagree
 *
 * Works offline: see scripts/lib/schema-engine.ts for why this does not call `prisma migrate`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffMigrationsToSchema, isEmptyDiff, migrationsDir } from './lib/schema-engine.ts';

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--check')) {
    const sql = await diffMigrationsToSchema();
    if (isEmptyDiff(sql)) {
      console.log('prisma/schema.prisma and prisma/migrations agree.');
      return 0;
    }
    console.error(
      'prisma/schema.prisma has changes that no migration applies. Run `pnpm db:migration:create <name>`.\n',
    );
    console.error(sql);
    return 1;
  }
  const empty = args.includes('--empty');
  const name = args.find((arg) => !arg.startsWith('--'));
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Usage: pnpm db:migration:create [--empty] <name_in_snake_case>');
    return 2;
  }
  const sql = empty
    ? '-- Hand-written migration: Prisma does not model what follows.\n'
    : await diffMigrationsToSchema();
  if (!empty && isEmptyDiff(sql)) {
    console.log('No schema changes: no migration written.');
    return 0;
  }
  const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), `${sql.trimEnd()}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  return 0;
}

// The wasm engine keeps handles open; exit explicitly once the work is done.
process.exit(await main(process.argv.slice(2)));
