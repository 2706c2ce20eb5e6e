/**
 * Builds the migrated, seeded template once per run (see test-database.ts) and hands its
 * location to the test files through vitest's `provide`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { canaryReport, canaryStrings, makeCanarySubjects, type CanaryInfo, type CanarySubject } from './canaries.ts';
import { databaseUrl, type TemplateInfo, withAdminClient } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    template: TemplateInfo;
    canaries: CanaryInfo;
  }
}

/** Opens the canary cases as a Coventry caseworker (see canaries.ts). */
async function seedCanaries(subjects: CanarySubject[]) {
  const { prisma } = await import('../../apps/api/src/db/client.ts');
  const { openCase } = await import('../../apps/api/src/modules/cases/case-open.service.ts');
  const person = await prisma.person.findUniqueOrThrow({
    where: { email: 'caseworker.coventry@waymark.example' },
    include: { memberships: { include: { organisation: true } } },
  });
  const viewer = {
    personId: person.id,
    displayName: person.displayName,
    organisation: person.memberships[0]!.organisation,
    roles: person.memberships.map((m) => m.role),
  };
  const area = await prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
  const cases = [];
  for (const subject of subjects) {
    const { case: created } = await openCase(
      { viewer, requestId: 'canary-seed' },
      {
        concernKind: 'POTENTIAL_VICTIM',
        areaId: area.id,
        concern: 'Canary case: its identifying fields must never reach a viewer without need.',
        subject: { ...subject, dateOfBirth: new Date(`${subject.dateOfBirth}T00:00:00Z`) },
      },
    );
    cases.push({ id: created.id, owningOrganisationId: created.owningOrganisationId });
  }
  return cases;
}

export default async function setup(project: TestProject) {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = 'silent';
  const { openDatabase, closeDatabase } = await import('../../apps/api/src/db/client.ts');
  const { seedAll } = await import('../../prisma/seed/load.ts');
  const adminUrl = process.env.DATABASE_URL;
  const runDir = await mkdtemp(path.join(tmpdir(), 'waymark-run-'));
  const subjects = makeCanarySubjects();
  const logFile = path.join(runDir, 'api.log');
  // Test workers inherit this: every API log line of the run lands in one file the teardown reads.
  process.env.WAYMARK_LOG_FILE = logFile;
  const canaryBase = {
    strings: canaryStrings(subjects),
    violationsFile: path.join(runDir, 'canary-violations.jsonl'),
    logFile,
  };
  const checkCanaries = async () => {
    const { violations, logLines } = canaryReport({ ...canaryBase, cases: [] });
    await rm(runDir, { recursive: true, force: true });
    if (violations.length > 0) throw new Error(`PII canaries leaked (${violations.length}):\n${violations.join('\n')}`);
    console.log(
      `PII canaries: ${canaryBase.strings.length} strings checked against every response and ${logLines} log lines; none leaked.`,
    );
  };

  if (adminUrl) {
    const template = `waymark_template_${randomBytes(4).toString('hex')}`;
    await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${template}"`));
    await openDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, template) });
    await seedAll({ demo: true });
    project.provide('canaries', { ...canaryBase, cases: await seedCanaries(subjects) });
    await closeDatabase();
    project.provide('template', { kind: 'postgres', adminUrl, template });
    return async () => {
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
      await checkCanaries();
    };
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'waymark-test-'));
  const tarball = path.join(dir, 'template.tar.gz');
  const database = await openDatabase({});
  await seedAll({ demo: true });
  project.provide('canaries', { ...canaryBase, cases: await seedCanaries(subjects) });
  const dump = await database.dumpDataDir!();
  await writeFile(tarball, Buffer.from(await dump.arrayBuffer()));
  await closeDatabase();
  project.provide('template', { kind: 'pglite', tarball });
  return async () => {
    await rm(dir, { recursive: true, force: true });
    await checkCanaries();
  };
}
