/**
 * The database: embedded PGlite in a data directory by default, PostgreSQL when DATABASE_URL is
 * set. Both run the same schema and migrations. Modules import `prisma` from here (a live
 * binding set by `openDatabase`), never from the GraphQL context.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Config } from '../config.ts';
import { migrate, migrationStatus } from './migrations.ts';
import { pgClientRunner, pgliteRunner, type SqlRunner } from './sql.ts';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient };
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  /** Runs raw SQL outside Prisma (migrations, readiness). */
  withSql<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data directory as a tarball (tests clone a seeded template from it). */
  dumpDataDir?(): Promise<Blob>;
  /** How the job queue (pg-boss) reaches this database: its own pool on PostgreSQL, in process on PGlite. */
  jobStore:
    { connectionString: string } | { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
  close(): Promise<void>;
}

/** A start-up problem that is the operator's to fix: printed as one line, no stack. */
export class DatabaseStartError extends Error {}

/**
 * SQL statements sent since start-up, counted only when `countStatements` was asked for (tests
 * that check a query runs a constant number of statements); Prisma's query events cost a little.
 */
export const statementCounter = { count: 0 };

function newClient(adapter: PrismaPg | PrismaPGlite, countStatements: boolean): PrismaClient {
  if (!countStatements) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query' as never, () => {
    statementCounter.count += 1;
  });
  return client;
}

export let prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get() {
    throw new Error('The database is not open yet: call openDatabase() first.');
  },
});
let current: Database | null = null;

function describeConnectionError(error: unknown, url: string): string {
  const { hostname, port } = new URL(url);
  const code = (error as { code?: string }).code;
  const where = `${hostname}:${port || '5432'}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `DATABASE_URL: nothing is listening at ${where} (connection refused)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `DATABASE_URL: host ${hostname} cannot be resolved`;
    case 'ETIMEDOUT':
      return `DATABASE_URL: connection to ${where} timed out`;
    case '28P01':
    case '28000':
      return `DATABASE_URL: PostgreSQL at ${where} refused the login (check user and password)`;
    case '3D000':
      return `DATABASE_URL: the database named in the URL does not exist at ${where}`;
    default:
      return `DATABASE_URL: cannot connect to PostgreSQL at ${where}${code ? ` (${code})` : ''}`;
  }
}

async function openPostgres(url: string, countStatements = false): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseStartError(describeConnectionError(error, url));
  }
  const prismaClient = newClient(new PrismaPg({ connectionString: url, max: 10 }), countStatements);
  return {
    kind: 'postgres',
    prisma: prismaClient,
    jobStore: { connectionString: url },
    async withSql(work) {
      const client = await pool.connect();
      try {
        return await work(pgClientRunner(client));
      } finally {
        client.release();
      }
    },
    async close() {
      await prismaClient.$disconnect();
      await pool.end();
    },
  };
}

export interface PGliteSource {
  /** A directory that holds the database between runs. */
  dataDir?: string;
  /** A tarball from `PGlite.dumpDataDir()` to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
}

export async function openPGlite(source: PGliteSource, countStatements = false): Promise<Database> {
  if (source.dataDir) mkdirSync(source.dataDir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: source.dataDir, loadDataDir: source.loadDataDir });
  } catch (error) {
    throw new DatabaseStartError(
      `WAYMARK_DATA_DIR: the embedded database in ${source.dataDir ?? 'memory'} cannot be opened (${(error as Error).message})`,
    );
  }
  const prismaClient = newClient(new PrismaPGlite(db), countStatements);
  const runner = pgliteRunner(db);
  return {
    kind: 'pglite',
    prisma: prismaClient,
    jobStore: {
      // pg-boss sends its schema scripts as several statements without parameters: PGlite runs those with exec.
      async executeSql(text, values) {
        if (values?.length) return db.query(text, values);
        return (await db.exec(text)).at(-1) ?? { rows: [] };
      },
    },
    withSql: (work) => work(runner),
    dumpDataDir: () => db.dumpDataDir('gzip'),
    async close() {
      await prismaClient.$disconnect();
      await db.close();
    },
  };
}

export interface OpenOptions {
  /** Apply pending migrations (the app does on start); otherwise refuse a database that is behind. */
  migrate?: boolean;
  /** Count SQL statements in `statementCounter` (tests). */
  countStatements?: boolean;
}

/** Opens the configured database, checks (and by default applies) migrations, and sets `prisma`. */
export async function openDatabase(
  config: Config['database'] | PGliteSource,
  options: OpenOptions = {},
): Promise<Database> {
  const database =
    'kind' in config && config.kind === 'postgres'
      ? await openPostgres(config.url, options.countStatements)
      : await openPGlite('kind' in config ? { dataDir: config.dataDir } : config, options.countStatements);
  try {
    await database.withSql(async (sql) => {
      if (options.migrate ?? true) await migrate(sql);
      const status = await migrationStatus(sql);
      if (status.pending.length > 0) {
        throw new DatabaseStartError(
          `database: ${status.pending.length} migration(s) not applied; run \`pnpm db:migrate\``,
        );
      }
    });
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  prisma = database.prisma;
  current = database;
  return database;
}

/** The open database (the job queue needs its raw connection details). */
export function currentDatabase(): Database {
  if (!current) throw new Error('The database is not open yet: call openDatabase() first.');
  return current;
}

/** Database reachable and every migration applied: what /readyz reports. */
export async function databaseReady(): Promise<{ ok: boolean; reason?: string }> {
  if (!current) return { ok: false, reason: 'database not open' };
  try {
    const status = await current.withSql((sql) => migrationStatus(sql));
    return status.pending.length === 0 ? { ok: true } : { ok: false, reason: 'migrations pending' };
  } catch {
    return { ok: false, reason: 'database unreachable' };
  }
}

export async function closeDatabase(): Promise<void> {
  const database = current;
  current = null;
  await database?.close();
}
