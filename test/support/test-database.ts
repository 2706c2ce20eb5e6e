/**
 * One migrated, seeded template database per test run; each test file gets its own copy, so
 * files never see each other's writes and the suite stays fast as it grows.
 * - PGlite: the template is a data-directory tarball; a copy is a new in-memory PGlite loaded from it.
 * - PostgreSQL (DATABASE_URL set): the template is a database; a copy is CREATE DATABASE ... TEMPLATE.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';

export type TemplateInfo =
  { kind: 'pglite'; tarball: string } | { kind: 'postgres'; adminUrl: string; template: string };

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface DatabaseCopy {
  source: { kind: 'postgres'; url: string } | { loadDataDir: Blob };
  drop(): Promise<void>;
}

/** A private copy of the template for one test file. */
export async function copyTemplate(info: TemplateInfo): Promise<DatabaseCopy> {
  if (info.kind === 'pglite') {
    const blob = new Blob([await readFile(info.tarball)]);
    return { source: { loadDataDir: blob }, drop: async () => {} };
  }
  const name = `waymark_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(info.adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${info.template}"`),
  );
  return {
    source: { kind: 'postgres', url: databaseUrl(info.adminUrl, name) },
    drop: () =>
      withAdminClient(info.adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {},
      ),
  };
}
