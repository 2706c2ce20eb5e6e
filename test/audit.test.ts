/**
 * The audit trail: reads of identifying data are audited once per request, the hash chain is
 * verified and a tampered or forged row is found, and admins search it by person,
 * organisation, case, action and time. Identifying fields are withheld (null + redacted) from
 * viewers without need.
 */
import {
  AuditEventsDocument,
  AuditVerifyDocument,
  AuthenticationError,
  CaseIdentityDocument,
  CasesDocument,
  ForbiddenError,
  ViewerDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const DEMO_CASE = '6f1d2c1e-0000-4000-8000-000000000001'; // Coventry, opened by the caseworker, has a name

async function readsOf(caseId: string) {
  return api.prisma.auditEvent.findMany({
    where: { action: 'case.read.identifying', entityId: caseId },
    orderBy: { id: 'asc' },
  });
}

describe('reads of identifying data', () => {
  it('a read that returns names or a date of birth writes one audit event, naming the case, person, organisation and request', async () => {
    const before = (await readsOf(DEMO_CASE)).length;
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await api.tokenFor(people.coventryLead)}`,
        'x-request-id': 'audit-read-0001',
      },
      body: JSON.stringify({
        query: `{ case(id: "${globalId('Case', DEMO_CASE)}") { subject { givenName familyName aliases dateOfBirth redacted } } }`,
      }),
    });
    const { data } = await response.json();
    expect(data.case.subject).toMatchObject({ givenName: 'Demo', familyName: 'Person One', redacted: false });
    const reads = await readsOf(DEMO_CASE);
    expect(reads).toHaveLength(before + 1);
    const event = reads.at(-1)!;
    expect(event.requestId).toBe('audit-read-0001');
    const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
    expect(event.actorId).toBe(lead.id);
    expect(event.organisationId).not.toBeNull();
    const token = await api.prisma.apiToken.findFirstOrThrow({
      where: { personId: lead.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(event.data).toEqual({ caseIds: [DEMO_CASE], via: { kind: 'apiToken', id: token.id } });
    // The event names the case; it never copies the person's details.
    expect(
      JSON.stringify(event, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
    ).not.toMatch(/Demo|Person One/);
  });

  it('a list that shows names for many cases writes one event for the request, listing them all', async () => {
    const before = await api.prisma.auditEvent.count({ where: { action: 'case.read.identifying' } });
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await api.tokenFor(people.coventryLead)}`,
      },
      body: JSON.stringify({
        query: '{ cases(first: 50) { totalCount edges { node { id subject { givenName } } } } }',
      }),
    });
    const { data } = await response.json();
    expect(await api.prisma.auditEvent.count({ where: { action: 'case.read.identifying' } })).toBe(before + 1);
    const event = await api.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'case.read.identifying' },
      orderBy: { id: 'desc' },
    });
    expect((event.data as { caseIds: string[] }).caseIds).toHaveLength(data.cases.totalCount);
  });

  it('reading only non-identifying fields writes nothing', async () => {
    const before = await api.prisma.auditEvent.count();
    await api.as(people.coventryLead).query(CasesDocument, { first: 10 });
    await api.as(people.coventryLead).query(ViewerDocument);
    expect(await api.prisma.auditEvent.count()).toBe(before);
  });
});

describe('redaction', () => {
  it('a partner worker who records a concern gets the case back with identity withheld: null and redacted, never an error', async () => {
    const coventry = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
    const response = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await api.tokenFor(people.salvationArmyPartner)}`,
      },
      body: JSON.stringify({
        query: `mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { __typename ... on CaseOpenPayload { case { id reference subject { redacted givenName familyName aliases dateOfBirth gender } } } } }`,
        variables: {
          input: {
            concernKind: 'POTENTIAL_VICTIM',
            concern: 'Met at a drop-in.',
            areaId: globalId('Area', coventry.id),
            subject: {
              givenName: 'Redact',
              familyName: 'Me',
              aliases: ['RM'],
              dateOfBirth: '1991-01-01',
              gender: 'FEMALE',
            },
          },
        },
      }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.caseOpen.case.reference).toMatch(/^WM-/);
    expect(body.data.caseOpen.case.subject).toEqual({
      redacted: true,
      givenName: null,
      familyName: null,
      aliases: null,
      dateOfBirth: null,
      gender: 'FEMALE',
    });
    expect(JSON.stringify(body)).not.toMatch(/Redact|1991-01-01|"RM"/);
    // The case was recorded in full for the people who work it.
    const stored = await api.prisma.case.findUniqueOrThrow({ where: { reference: body.data.caseOpen.case.reference } });
    expect(stored.givenName).toBe('Redact');
  });

  it('the owning organisation’s lead sees the identity; another organisation’s lead sees no case at all', async () => {
    const mine = await api.as(people.coventryLead).query(CaseIdentityDocument, { id: globalId('Case', DEMO_CASE) });
    expect(mine.case?.subject.redacted).toBe(false);
    expect(mine.case?.subject.givenName).toBe('Demo');
    const theirs = await api.as(people.bexleyLead).query(CaseIdentityDocument, { id: globalId('Case', DEMO_CASE) });
    expect(theirs.case).toBeNull();
  });
});

describe('auditVerify', () => {
  it('is for platform admins and auditors', async () => {
    for (const who of [people.platformAdmin, people.auditor]) {
      const { auditVerify } = await api.as(who).query(AuditVerifyDocument);
      expect(auditVerify.ok).toBe(true);
      expect(auditVerify.checked).toBeGreaterThan(0);
      expect(auditVerify.firstBroken).toBeNull();
    }
    await expect(api.as(people.coventryLead).query(AuditVerifyDocument)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(api.anonymous().query(AuditVerifyDocument)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('the database refuses UPDATE and DELETE of audit rows', async () => {
    await expect(
      api.prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "action" = 'nothing' WHERE "id" = (SELECT min("id") FROM "AuditEvent")`,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(api.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it('finds a forged row inserted at the end of the chain', async () => {
    const [forged] = await api.prisma.$queryRawUnsafe<Array<{ id: bigint }>>(
      `INSERT INTO "AuditEvent" ("occurredAt", "action", "entityType", "data", "prevHash", "hash") VALUES (now(), 'case.close', 'Case', '{}', '${'f'.repeat(64)}', '${'e'.repeat(64)}') RETURNING "id"`,
    );
    const { auditVerify } = await api.as(people.platformAdmin).query(AuditVerifyDocument);
    expect(auditVerify.ok).toBe(false);
    expect(auditVerify.firstBroken).toMatchObject({ eventId: forged!.id.toString(), reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('finds a row edited through raw SQL by someone who switched the trigger off, earlier in the chain', async () => {
    const victim = await api.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'case.open' },
      orderBy: { id: 'asc' },
    });
    // What a superuser could do: switch the trigger off, rewrite history, switch it back on.
    await api.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await api.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorId" = NULL WHERE "id" = ${victim.id}`);
    await api.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    const { auditVerify } = await api.as(people.auditor).query(AuditVerifyDocument);
    expect(auditVerify.ok).toBe(false);
    expect(auditVerify.firstBroken).toMatchObject({ eventId: victim.id.toString(), reason: 'HASH_MISMATCH' });
  });
});

describe('auditEvents', () => {
  it('filters by case (including list reads that covered it), person, organisation, action and time, newest first', async () => {
    const admin = api.as(people.platformAdmin);
    const byCase = await admin.query(AuditEventsDocument, {
      filter: { caseId: globalId('Case', DEMO_CASE) },
      first: 100,
    });
    const actions = byCase.auditEvents.edges.map((edge) => edge.node.action);
    expect(actions).toContain('case.open');
    expect(actions.filter((action) => action === 'case.read.identifying').length).toBeGreaterThanOrEqual(2); // the single read and the list
    const ids = byCase.auditEvents.edges.map((edge) => BigInt(edge.node.eventId));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));

    const lead = await api.prisma.person.findUniqueOrThrow({
      where: { email: people.coventryLead },
      include: { memberships: true },
    });
    const byPerson = await admin.query(AuditEventsDocument, {
      filter: { personId: globalId('Person', lead.id), action: 'case.read.identifying' },
      first: 100,
    });
    expect(byPerson.auditEvents.totalCount).toBeGreaterThanOrEqual(2);
    expect(byPerson.auditEvents.edges.every((edge) => edge.node.actor?.displayName.includes('Amira Cole'))).toBe(true);

    const byOrg = await admin.query(AuditEventsDocument, {
      filter: { organisationId: globalId('Organisation', lead.memberships[0]!.organisationId) },
      first: 100,
    });
    expect(byOrg.auditEvents.edges.every((edge) => edge.node.organisation?.name === 'Coventry City Council')).toBe(
      true,
    );

    const future = await admin.query(AuditEventsDocument, {
      filter: { from: new Date(Date.now() + 3600_000).toISOString() },
    });
    expect(future.auditEvents.totalCount).toBe(0);
    const past = await admin.query(AuditEventsDocument, {
      filter: { to: new Date(Date.now() + 3600_000).toISOString() },
      first: 1,
    });
    expect(past.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it('is for platform admins only: auditors see anonymised figures, not who read what', async () => {
    await expect(api.as(people.auditor).query(AuditEventsDocument, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(api.as(people.coventryLead).query(AuditEventsDocument, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
