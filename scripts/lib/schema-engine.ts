/**
 * Prisma's schema engine, run as WebAssembly on an in-memory PGlite.
 *
 * Prisma's native engines cannot be downloaded on an offline machine and `prisma migrate diff`
 * silently prints nothing without them. The wasm build of the same engine computes correct
 * migration SQL through a driver adapter, so Waymark drives it directly. Diffs run on PGlite
 * because @prisma/adapter-pg's shadow-database handling is broken for incremental diffs.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const require = createRequire(import.meta.url);

export const schemaPath = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');
export const migrationsDir = path.resolve(import.meta.dirname, '../../prisma/migrations');

interface DiffResult {
  exitCode: number;
  stdout: string | null;
}
interface Engine {
  diff(params: unknown): Promise<DiffResult>;
  free(): void;
}

async function loadEngineClass(): Promise<{
  new: (o: unknown, cb: (log: string) => void, adapter: object) => Promise<Engine>;
}> {
  // The package's entry imports the .wasm as an ES module, which Node cannot do; compile it
  // here and hand it the JS glue's imports instead.
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = await import(gluePath);
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

/** The committed migrations, in the form the engine reads them. */
export async function migrationList() {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  );
  // The lock file is optional: a migrations folder made by hand may not have one.
  const lockfile = await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** SQL that takes a database from the committed migrations to the current schema.prisma. */
export async function diffMigrationsToSchema(): Promise<string> {
  const schema = await readFile(schemaPath, 'utf8');
  const SchemaEngine = await loadEngineClass();
  const pglite = new PGlite();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await migrationList()) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? '').trim();
  } finally {
    engine.free();
    await pglite.close();
  }
}

/** Prisma writes this when a diff is empty; treat it as no change. */
export function isEmptyDiff(sql: string): boolean {
  return sql === '' || /^-- This is an empty migration\.?$/.test(sql);
}
