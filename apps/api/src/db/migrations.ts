/**
 * Applies the committed SQL migrations in prisma/migrations, in name order, each in one
 * transaction. Bookkeeping uses Prisma's own `_prisma_migrations` table and checksums, so
 * `prisma migrate deploy` keeps working wherever someone has Prisma's native engine.
 *
 * The app refuses to start on a database it does not understand: one written by a newer
 * Waymark (migrations this build does not have), a migration edited after it was applied, or
 * one that failed half-way. It never drops or rewrites data to "fix" any of these.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.ts';
import type { SqlRunner } from './sql.ts';

export const migrationsDir = path.join(repoRoot, 'prisma/migrations');

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationStateError extends Error {}

const loaded = new Map<string, Migration[]>();

/** This build's migrations, read once per directory (they do not change while it runs). */
export function loadMigrations(dir = migrationsDir): Migration[] {
  let migrations = loaded.get(dir);
  if (!migrations) {
    migrations = readMigrations(dir);
    loaded.set(dir, migrations);
  }
  return migrations;
}

function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const bookkeeping = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

async function appliedMigrations(db: SqlRunner): Promise<AppliedRow[] | null> {
  const [exists] = await db.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists?.present) return null;
  return db.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
      WHERE rolled_back_at IS NULL ORDER BY migration_name`,
  );
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Compares the database with this build's migrations; throws when they cannot be reconciled. */
export async function migrationStatus(db: SqlRunner, migrations = loadMigrations()): Promise<MigrationStatus> {
  const applied = (await appliedMigrations(db)) ?? [];
  const known = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    const local = known.get(row.migration_name);
    if (!local) {
      throw new MigrationStateError(
        `the database was written by a newer version of Waymark (it has migration ${row.migration_name}, which this version does not know). Upgrade Waymark; nothing was changed.`,
      );
    }
    if (!row.finished_at) {
      throw new MigrationStateError(
        `migration ${row.migration_name} failed part-way on an earlier start. Restore a backup or resolve it by hand; nothing was changed.`,
      );
    }
    if (row.checksum !== local.checksum) {
      throw new MigrationStateError(
        `migration ${row.migration_name} was edited after it was applied. Restore the original file; nothing was changed.`,
      );
    }
  }
  const appliedNames = new Set(applied.map((row) => row.migration_name));
  return {
    applied: [...appliedNames],
    pending: migrations.filter((m) => !appliedNames.has(m.name)).map((m) => m.name),
  };
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(db: SqlRunner, migrations = loadMigrations()): Promise<string[]> {
  await db.exec(bookkeeping);
  const { pending } = await migrationStatus(db, migrations);
  const done: string[] = [];
  for (const name of pending) {
    const migration = migrations.find((m) => m.name === name)!;
    await db.transaction(async (tx) => {
      // Serialise concurrent starts against one PostgreSQL: the second waits, then skips.
      await tx.query(`SELECT pg_advisory_xact_lock(7261537)`);
      const [already] = await tx.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
        [name],
      );
      if (already) return;
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, name],
      );
    });
    done.push(name);
  }
  return done;
}
