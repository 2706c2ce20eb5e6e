/**
 * Builds the migrated, seeded template once per run (see test-database.ts) and hands its
 * location to the test files through vitest's `provide`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { databaseUrl, type TemplateInfo, withAdminClient } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    template: TemplateInfo;
  }
}

export default async function setup(project: TestProject) {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = 'silent';
  const { openDatabase, closeDatabase } = await import('../../apps/api/src/db.ts');
  const { seedAll } = await import('../../apps/api/src/db/seed.ts');
  const adminUrl = process.env.DATABASE_URL;

  if (adminUrl) {
    const template = `waymark_template_${randomBytes(4).toString('hex')}`;
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
    await openDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, template) });
    await seedAll({ demo: true });
    await closeDatabase();
    project.provide('template', { kind: 'postgres', adminUrl, template });
    return async () => {
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
    };
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'waymark-test-'));
  const tarball = path.join(dir, 'template.tar.gz');
  const database = await openDatabase({});
  await seedAll({ demo: true });
  const dump = await database.dumpDataDir!();
  await writeFile(tarball, Buffer.from(await dump.arrayBuffer()));
  await closeDatabase();
  project.provide('template', { kind: 'pglite', tarball });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
