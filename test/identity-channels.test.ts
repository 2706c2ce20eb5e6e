/**
 * Identity cannot be recovered by someone who is shown it redacted. An organisation invited to
 * a meeting on another organisation's case sees `subject { redacted: true }`; every answer that
 * depends on the person's names or date of birth (a name search, duplicate detection on opening
 * a case, an age worked out from the date of birth, a referral that carries the names) is
 * available only to those who may see them, and is audited as a read of them. Each channel is
 * tried as every seeded principal. And only the owner's leads change the team or close a case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
let caseId: string;
let caseUuid: string;
let version: number;
let serviceId: string;
let hertsOrgId: string;
const SUBJECT = { givenName: 'Ottoline', familyName: 'Quellwater', dateOfBirth: '1990-05-17' };
const OWNERS: string[] = [people.coventryLead, people.coventryCaseworker];
const EVERYONE = Object.values(people);

async function gql(email: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.tokenFor(email)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: Array<{ message: string }> };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

async function identifyingReadsOf(id: string, email: string) {
  const person = await api.prisma.person.findUniqueOrThrow({ where: { email } });
  const rows = await api.prisma.auditEvent.findMany({
    where: { action: 'case.read.identifying', actorId: person.id },
  });
  return rows.filter((row) => ((row.data as { caseIds?: string[] }).caseIds ?? []).includes(id)).length;
}

async function caseVersion() {
  return (await api.prisma.case.findUniqueOrThrow({ where: { id: caseUuid } })).version;
}

beforeAll(async () => {
  api = await startTestApi();
  const opened = await gql(
    people.coventryLead,
    `mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { ... on CaseOpenPayload { case { id version } } } }`,
    { input: { concernKind: 'POTENTIAL_VICTIM', concern: 'Channels.', subject: SUBJECT } },
  );
  caseId = opened.data!.caseOpen.case.id;
  caseUuid = Buffer.from(caseId, 'base64').toString().split(':')[1]!;
  version = opened.data!.caseOpen.case.version;
  const bexley = await api.prisma.organisation.findFirstOrThrow({ where: { name: 'Bexley Council' } });
  const herts = await api.prisma.organisation.findFirstOrThrow({ where: { slug: { contains: 'hert' } } });
  hertsOrgId = globalId('Organisation', herts.id);
  const invited = await gql(
    people.coventryLead,
    `mutation ($input: CaseScheduleMeetingInput!) { caseScheduleMeeting(input: $input) { __typename ... on CasePayload { case { version } } } }`,
    {
      input: {
        caseId,
        expectedVersion: version,
        kind: 'MULTI_AGENCY',
        scheduledFor: new Date().toISOString(),
        attendeeOrganisationIds: [globalId('Organisation', bexley.id)],
      },
    },
  );
  version = invited.data!.caseScheduleMeeting.case.version;
  const service = await api.prisma.supportService.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  serviceId = globalId('SupportService', service.id);
});
afterAll(() => api.stop());

describe('identity through other channels', () => {
  it('the invited organisation sees the case, redacted (the premise)', async () => {
    const seen = await gql(people.bexleyLead, `query ($id: ID!) { case(id: $id) { subject { givenName redacted } } }`, {
      id: caseId,
    });
    expect(seen.data!.case.subject).toEqual({ givenName: null, redacted: true });
  });

  it('a name search matches names only for those who may see them, and is audited', async () => {
    for (const email of EVERYONE) {
      const before = await identifyingReadsOf(caseUuid, email);
      for (const term of ['Ottol', 'quellwater']) {
        const found = await gql(
          email,
          `query ($s: String!) { cases(first: 5, filter: { search: $s }) { totalCount } }`,
          {
            s: term,
          },
        );
        const count = found.data?.cases?.totalCount ?? 0;
        expect(count, `${email} searching "${term}"`).toBe(OWNERS.includes(email) ? 1 : 0);
      }
      expect(await identifyingReadsOf(caseUuid, email), email).toBe(OWNERS.includes(email) ? before + 2 : before);
    }
  });

  it('support options use the exact age only for those who may see the date of birth, and audit it', async () => {
    for (const email of EVERYONE) {
      const before = await identifyingReadsOf(caseUuid, email);
      const answer = await gql(
        email,
        `query ($id: ID!) { supportOptions(caseId: $id) { __typename ... on SupportOptions { facts { age } } } }`,
        { id: caseId },
      );
      const age = answer.data?.supportOptions?.facts?.age ?? null;
      if (OWNERS.includes(email)) {
        expect(age, email).toBeGreaterThanOrEqual(30);
        expect(await identifyingReadsOf(caseUuid, email)).toBe(before + 1);
      } else {
        expect(age, email).toBeNull();
        expect(await identifyingReadsOf(caseUuid, email)).toBe(before);
      }
    }
  });

  it('opening a case never confirms a probed name or date of birth of a case shown redacted; the owner’s duplicates are audited', async () => {
    const probe = {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Probe.',
      subject: { givenName: 'Ottoline', familyName: 'Quellwater', dateOfBirth: SUBJECT.dateOfBirth },
    };
    for (const email of EVERYONE) {
      const before = await identifyingReadsOf(caseUuid, email);
      const answer = await gql(
        email,
        `mutation ($input: CaseOpenInput!) { caseOpen(input: $input) { ... on CaseOpenPayload { possibleDuplicates { id subject { givenName dateOfBirth } } } } }`,
        { input: probe },
      );
      const ids = (answer.data?.caseOpen?.possibleDuplicates ?? []).map((c: { id: string }) => c.id);
      if (OWNERS.includes(email)) {
        expect(ids, email).toContain(caseId);
        // The reply showed another case's identity: audited like any read (item: mutation replies).
        expect(await identifyingReadsOf(caseUuid, email)).toBe(before + 1);
      } else {
        expect(ids, email).not.toContain(caseId);
        expect(await identifyingReadsOf(caseUuid, email)).toBe(before);
      }
    }
  });

  it('only the owning organisation sends a referral, which carries the names', async () => {
    const referrals = await api.prisma.serviceReferral.count({ where: { caseId: caseUuid } });
    const refused = await gql(
      people.bexleyLead,
      `mutation ($input: CaseReferToServiceInput!) { caseReferToService(input: $input) { __typename ... on Error { message } } }`,
      { input: { caseId, expectedVersion: version, serviceId } },
    );
    expect(refused.data!.caseReferToService.__typename).toBe('NotPermittedError');
    expect(refused.data!.caseReferToService.message).toMatch(/organisation that owns the case/);
    expect(await api.prisma.serviceReferral.count({ where: { caseId: caseUuid } })).toBe(referrals);
    expect(await caseVersion()).toBe(version);
  });
});

describe('the case team', () => {
  it('an invited organisation cannot invite another, close or reopen; the owner’s caseworker cannot close', async () => {
    for (const email of [people.bexleyLead, people.coventryCaseworker]) {
      const meeting = await gql(
        email === people.bexleyLead ? email : people.hertsCaseworker,
        `mutation ($input: CaseScheduleMeetingInput!) { caseScheduleMeeting(input: $input) { __typename ... on Error { message } } }`,
        {
          input: {
            caseId,
            expectedVersion: version,
            kind: 'MULTI_AGENCY',
            scheduledFor: new Date().toISOString(),
            attendeeOrganisationIds: [hertsOrgId],
          },
        },
      );
      // (The owner's caseworker schedules meetings, STRAT included: 003. Tried only as the invited.)
      if (email === people.bexleyLead) {
        expect(meeting.data!.caseScheduleMeeting.__typename, email).toBe('NotPermittedError');
        expect(meeting.data!.caseScheduleMeeting.message).toMatch(/organisation that owns the case/);
      }
      const close = await gql(email, `mutation ($input: CaseCloseInput!) { caseClose(input: $input) { __typename } }`, {
        input: { caseId, expectedVersion: version, reason: 'Not mine to close.' },
      });
      expect(close.data!.caseClose.__typename, email).toBe('NotPermittedError');
    }
    expect(await caseVersion()).toBe(version);
    expect(await api.prisma.meeting.count({ where: { caseId: caseUuid } })).toBe(1);
    // Herts never joined the team.
    const herts = await gql(people.hertsCaseworker, `query ($id: ID!) { case(id: $id) { id } }`, { id: caseId });
    expect(herts.data!.case).toBeNull();
    // The owner's lead still can.
    const closed = await gql(
      people.coventryLead,
      `mutation ($input: CaseCloseInput!) { caseClose(input: $input) { __typename } }`,
      { input: { caseId, expectedVersion: version, reason: 'Done.' } },
    );
    expect(closed.data!.caseClose.__typename).toBe('CasePayload');
    const reopen = await gql(
      people.bexleyLead,
      `mutation ($input: CaseReopenInput!) { caseReopen(input: $input) { __typename } }`,
      { input: { caseId, expectedVersion: version + 1, reason: 'Reopen.' } },
    );
    expect(reopen.data!.caseReopen.__typename).toBe('NotPermittedError');
  });
});
