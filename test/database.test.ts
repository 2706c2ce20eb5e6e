import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDatabase, openDatabase, prisma, type Database } from '../apps/api/src/db/client.ts';
import { loadMigrations, migrate, migrationStatus, MigrationStateError } from '../apps/api/src/db/migrations.ts';
import { seedAll } from '../prisma/seed/load.ts';
import { copyTemplate, type DatabaseCopy } from './support/test-database.ts';

let copy: DatabaseCopy;
let database: Database;
beforeAll(async () => {
  copy = await copyTemplate(inject('template'));
  database = await openDatabase(copy.source);
});
afterAll(async () => {
  await closeDatabase();
  await copy.drop();
});

describe('migrations', () => {
  it('applies nothing on a database that is up to date', async () => {
    const applied = await database.withSql((sql) => migrate(sql));
    expect(applied).toEqual([]);
    const status = await database.withSql((sql) => migrationStatus(sql));
    expect(status.applied.sort()).toEqual(loadMigrations().map((m) => m.name));
  });

  it('refuses a database written by a newer Waymark, and changes nothing', async () => {
    const cases = await prisma.case.count();
    await database.withSql((sql) =>
      sql.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
                 VALUES ('future', 'x', '29991231000000_from_the_future', now(), 1)`),
    );
    try {
      await expect(database.withSql((sql) => migrate(sql))).rejects.toThrow(/newer version of Waymark/);
      await expect(database.withSql((sql) => migrationStatus(sql))).rejects.toBeInstanceOf(MigrationStateError);
      expect(await prisma.case.count()).toBe(cases);
    } finally {
      await database.withSql((sql) => sql.query(`DELETE FROM "_prisma_migrations" WHERE id = 'future'`));
    }
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const [first] = loadMigrations();
    const edited = [{ ...first!, checksum: 'edited' }, ...loadMigrations().slice(1)];
    await expect(database.withSql((sql) => migrationStatus(sql, edited))).rejects.toThrow(
      /edited after it was applied/,
    );
  });
});

describe('append-only history', () => {
  it('the database refuses to update or delete case events and audit rows', async () => {
    const event = await prisma.caseEvent.findFirstOrThrow();
    await expect(prisma.caseEvent.update({ where: { id: event.id }, data: { caseVersion: 99 } })).rejects.toThrow();
    await expect(prisma.caseEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    const audit = await prisma.auditEvent.findFirstOrThrow();
    await expect(
      database.withSql((sql) => sql.query(`UPDATE "AuditEvent" SET action = 'x' WHERE id = $1`, [audit.id])),
    ).rejects.toThrow(/append-only/);
    await expect(database.withSql((sql) => sql.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/append-only/);
    expect((await prisma.caseEvent.findUniqueOrThrow({ where: { id: event.id } })).caseVersion).toBe(event.caseVersion);
  });
});

describe('seed data', () => {
  it('loading it again changes nothing', async () => {
    const counts = async () => ({
      areas: await prisma.area.count(),
      organisations: await prisma.organisation.count(),
      contacts: await prisma.contact.count(),
      services: await prisma.supportService.count(),
      people: await prisma.person.count(),
      memberships: await prisma.membership.count(),
      cases: await prisma.case.count(),
      events: await prisma.caseEvent.count(),
      updated: (await prisma.organisation.aggregate({ _max: { updatedAt: true } }))._max.updatedAt?.toISOString(),
    });
    const before = await counts();
    const report = await seedAll({ demo: true });
    expect(report).toEqual({ areas: 0, organisations: 0, contacts: 0, services: 0, people: 0, cases: 0 });
    expect(await counts()).toEqual(before);
  });

  it('holds the First Responder organisations and national contacts from the documents, each with its source', async () => {
    const salvationArmy = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'the-salvation-army' } });
    expect(salvationArmy.isFirstResponder).toBe(true);
    expect(salvationArmy.sourceFile).toMatch(/^00[0-4]_/);
    const helpline = await prisma.contact.findFirst({ where: { phone: '08000 121 700' } });
    expect(helpline?.purpose).toBe('HELPLINE');
    const { demoCases } = await import('../prisma/seed/demo.ts');
    expect(await prisma.case.count({ where: { id: { in: demoCases.map((c) => c.id) } } })).toBe(demoCases.length);
  });
});
