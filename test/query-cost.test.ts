/**
 * Lists stay cheap: the number of SQL statements a page costs does not grow with the page size
 * or with the length of a case's history.
 */
import { startTrack, getPathway } from '@waymark/pathways';
import {
  ApiTokensDocument,
  AuditEventsDocument,
  CaseDocument,
  CasesDocument,
  CaseAddNoteDocument,
  CaseEnrolDocument,
  CaseRecordConsentDocument,
  CaseStateDocument,
  CaseWorklistDocument,
  ContactsDocument,
  MyServiceReferralsDocument,
  MyWorkDocument,
  OrganisationsDocument,
  ServicesDocument,
  SupportOptionsDocument,
  SupportOptionsForDocument,
} from '@waymark/sdk';
import { parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounter } from '../apps/api/src/db/client.ts';
import { dispatchWebhooks } from '../apps/api/src/modules/webhooks/webhook-dispatch.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, openCase, succeeded, track } from './support/cases.ts';

let api: TestApi;
let busyCaseId: string;
/** Global ids of two cases with the same kinds of records: 2 of each, and 20 of each. */
const recordsCase: Record<'few' | 'many', string> = { few: '', many: '' };
beforeAll(async () => {
  api = await startTestApi({ countStatements: true });
  const org = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
  const area = await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' } });
  const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
  const pathway = getPathway('coventry-during-nrm')!;
  // 60 cases with a track each, written directly: the subject of the test is reading them.
  for (let i = 0; i < 60; i++) {
    const { track } = startTrack(pathway, new Date(Date.now() - i * 3_600_000));
    await api.prisma.case.create({
      data: {
        reference: `WM-1999-${String(i).padStart(6, '0')}`,
        concernKind: 'POTENTIAL_VICTIM',
        owningOrganisationId: org.id,
        areaId: area.id,
        openedById: lead.id,
        assignedToId: lead.id,
        givenName: `Cost${i}`,
        facts: { ageStatus: 'adult' },
        tracks: {
          create: {
            pathwayId: pathway.id,
            pathwayVersion: pathway.version,
            step: track.step,
            events: track.events as never,
          },
        },
      },
    });
  }
  const busy = await api.prisma.case.findFirstOrThrow({ where: { reference: 'WM-1999-000000' } });
  busyCaseId = Buffer.from(`Case:${busy.id}`).toString('base64');
  await api.prisma.caseEvent.createMany({
    data: Array.from({ length: 100 }, (_, i) => ({
      caseId: busy.id,
      kind: 'NOTE_ADDED' as const,
      actorId: lead.id,
      organisationId: org.id,
      occurredAt: new Date(Date.now() - i * 60_000),
      caseVersion: i + 2,
      data: { text: `note ${i}` },
    })),
  });

  // NRM referrals, Duties to Notify and meetings (with a lead First Responder and attendees) on
  // two cases, and referrals of 20 cases to one service: records whose organisations the API follows.
  const firstResponders = await api.prisma.organisation.findMany({
    where: { isFirstResponder: true },
    orderBy: { name: 'asc' },
    take: 3,
  });
  for (const [which, reference, n] of [
    ['few', 'WM-1999-000001', 2],
    ['many', 'WM-1999-000002', 20],
  ] as const) {
    const row = await api.prisma.case.findFirstOrThrow({ where: { reference }, include: { tracks: true } });
    recordsCase[which] = Buffer.from(`Case:${row.id}`).toString('base64');
    for (let i = 0; i < n; i++) {
      const submitted = { caseId: row.id, trackId: row.tracks[0]!.id, submittedById: lead.id };
      await api.prisma.nrmReferral.create({
        data: { ...submitted, organisationId: firstResponders[i % 3]!.id, childNoConsentNeeded: false },
      });
      await api.prisma.dutyToNotify.create({
        data: { ...submitted, organisationId: firstResponders[(i + 1) % 3]!.id, anonymised: true },
      });
      await api.prisma.meeting.create({
        data: {
          caseId: row.id,
          kind: 'STRATEGY',
          scheduledFor: new Date(Date.UTC(2026, 0, 1 + i)),
          attendeeOrganisationIds: firstResponders.map((o) => o.id),
          leadFirstResponderId: firstResponders[i % 3]!.id,
        },
      });
    }
  }
  const service = await api.prisma.supportService.findFirstOrThrow({
    where: { organisation: { slug: 'the-salvation-army' }, status: 'ACTIVE' },
  });
  const referred = await api.prisma.case.findMany({
    where: { reference: { startsWith: 'WM-1999-' } },
    orderBy: { reference: 'asc' },
    take: 20,
  });
  await api.prisma.serviceReferral.createMany({
    data: referred.map((c) => ({
      caseId: c.id,
      serviceId: service.id,
      organisationId: service.organisationId,
      referredById: lead.id,
    })),
  });
  // Two areas with 2 and 20 local services, each service run by its own organisation and in two
  // areas: support options list services with their organisation and areas.
  for (const [code, n] of [
    ['cost-few', 2],
    ['cost-many', 20],
  ] as const) {
    const local = await api.prisma.area.create({
      data: { code, name: `Cost ${code}`, sourceFile: 'test', sourceSection: 'cost' },
    });
    for (let i = 0; i < n; i++) {
      const provider = await api.prisma.organisation.create({
        data: {
          slug: `${code}-${i}`,
          name: `Cost provider ${code} ${i}`,
          kind: 'CHARITY',
          sourceFile: 'test',
          sourceSection: 'cost',
        },
      });
      await api.prisma.supportService.create({
        data: {
          slug: `${code}-service-${i}`,
          name: `Cost service ${code} ${i}`,
          description: 'Support for the cost test.',
          organisationId: provider.id,
          referralRoute: 'EMAIL',
          categories: ['ADVOCACY'],
          sourceFile: 'test',
          sourceSection: 'cost',
          areas: { connect: [{ id: local.id }, { id: area.id }] },
          eligibility: { create: {} },
        },
      });
    }
  }
  // 20 API tokens besides the ones the test clients are issued.
  await api.prisma.apiToken.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({
      name: `cost ${i}`,
      prefix: `wm_cost${i}`,
      tokenHash: `cost-token-${i}`,
      personId: lead.id,
      organisationId: org.id,
      scopes: ['READ' as const],
      expiresAt: new Date(Date.UTC(2099, 0, 1)),
    })),
  });
});
afterAll(() => api.stop());

async function statements(run: () => Promise<unknown>): Promise<number> {
  const before = statementCounter.count;
  await run();
  return statementCounter.count - before;
}

describe('SQL statements per request', () => {
  it('a page of cases with subject, tracks, next deadline and assignee costs the same for 5 or 50 cases', async () => {
    const lead = api.as(people.coventryLead);
    await lead.query(CaseWorklistDocument, { first: 1 }); // the first request also issues the test's API token
    const five = await statements(() => lead.query(CaseWorklistDocument, { first: 5 }));
    const fifty = await statements(() => lead.query(CaseWorklistDocument, { first: 50 }));
    const page = await lead.query(CaseWorklistDocument, { first: 50 });
    expect(page.cases.edges).toHaveLength(50);
    expect(page.cases.edges.every((e) => e.node.nextDeadline !== null && e.node.assignedTo !== null)).toBe(true);
    console.log(`cases page: ${five} statements for 5 cases, ${fifty} for 50`);
    expect(fifty).toBe(five);
  });

  it('a case with 100 timeline events costs the same as with a page of 10', async () => {
    const lead = api.as(people.coventryLead);
    await lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 1 });
    const ten = await statements(() => lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 10 }));
    const hundred = await statements(() => lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 100 }));
    const read = await lead.query(CaseDocument, { id: busyCaseId, timelineFirst: 100 });
    expect(read.case?.timeline.edges).toHaveLength(100);
    console.log(`case timeline: ${ten} statements for 10 events, ${hundred} for 100`);
    expect(hundred).toBe(ten);
  });

  it('a case with 20 NRM referrals, Duties to Notify and meetings costs the same as with 2', async () => {
    const lead = api.as(people.coventryLead);
    await lead.query(CaseStateDocument, { id: recordsCase.few });
    const few = await statements(() => lead.query(CaseStateDocument, { id: recordsCase.few }));
    const many = await statements(() => lead.query(CaseStateDocument, { id: recordsCase.many }));
    const read = (await lead.query(CaseStateDocument, { id: recordsCase.many })).case!;
    expect(read.nrmReferrals).toHaveLength(20);
    expect(read.dutiesToNotify).toHaveLength(20);
    expect(read.meetings).toHaveLength(20);
    expect(read.nrmReferrals.every((r) => r.organisation.name.length > 0)).toBe(true);
    expect(read.dutiesToNotify.every((d) => d.organisation.name.length > 0)).toBe(true);
    expect(read.meetings.every((m) => m.leadFirstResponder !== null && m.attendees.length === 3)).toBe(true);
    const names = read.meetings[0]!.attendees.map((a) => a.name);
    expect(names).toEqual([...names].sort());
    console.log(`case records: ${few} statements for 2 of each, ${many} for 20`);
    expect(many).toBe(few);
  });

  it('a page of incoming referrals with who referred costs the same for 2 or 20', async () => {
    const partner = api.as(people.salvationArmyPartner);
    await partner.query(MyServiceReferralsDocument, { first: 1 });
    const two = await statements(() => partner.query(MyServiceReferralsDocument, { first: 2 }));
    const twenty = await statements(() => partner.query(MyServiceReferralsDocument, { first: 20 }));
    const page = (await partner.query(MyServiceReferralsDocument, { first: 20 })).myServiceReferrals;
    expect(page.edges).toHaveLength(20);
    expect(page.edges.every((e) => e.node.referredBy.name === 'Coventry City Council')).toBe(true);
    console.log(`incoming referrals: ${two} statements for 2, ${twenty} for 20`);
    expect(twenty).toBe(two);
  });

  it('a page of API tokens with their organisations costs the same for 2 or 20', async () => {
    const admin = api.as(people.platformAdmin);
    await admin.query(ApiTokensDocument, { first: 1 });
    const two = await statements(() => admin.query(ApiTokensDocument, { first: 2 }));
    const twenty = await statements(() => admin.query(ApiTokensDocument, { first: 20 }));
    const page = (await admin.query(ApiTokensDocument, { first: 20 })).apiTokens;
    expect(page.edges).toHaveLength(20);
    expect(page.edges.every((e) => e.node.organisation.name.length > 0)).toBe(true);
    console.log(`API tokens: ${two} statements for 2, ${twenty} for 20`);
    expect(twenty).toBe(two);
  });

  it('every paged list the SDK offers costs the same for 2 or 20 rows', async () => {
    const lead = api.as(people.coventryLead);
    const platform = api.as(people.platformAdmin);
    const admin = api.as(people.directoryAdmin);
    const lists = [
      {
        name: 'cases',
        client: lead,
        page: (first: number) => lead.query(CasesDocument, { first }).then((r) => r.cases.edges.length),
      },
      {
        name: 'myWork',
        client: lead,
        page: (first: number) => lead.query(MyWorkDocument, { first }).then((r) => r.myWork.length),
      },
      {
        name: 'services',
        client: admin,
        page: (first: number) => admin.query(ServicesDocument, { first }).then((r) => r.services.edges.length),
      },
      {
        name: 'contacts',
        client: admin,
        page: (first: number) => admin.query(ContactsDocument, { first }).then((r) => r.contacts.edges.length),
      },
      {
        name: 'organisations',
        client: admin,
        page: (first: number) =>
          admin.query(OrganisationsDocument, { first }).then((r) => r.organisations.edges.length),
      },
      {
        name: 'auditEvents',
        client: platform,
        page: (first: number) => platform.query(AuditEventsDocument, { first }).then((r) => r.auditEvents.edges.length),
      },
    ];
    const costs: string[] = [];
    for (const list of lists) {
      await list.page(1);
      const two = await statements(() => list.page(2));
      const twenty = await statements(() => list.page(20));
      expect({ list: list.name, rows: await list.page(20) }).toEqual({ list: list.name, rows: 20 });
      costs.push(`${list.name}: ${two} for 2, ${twenty} for 20`);
      expect({ list: list.name, statements: twenty }).toEqual({ list: list.name, statements: two });
    }
    console.log(`paged lists: ${costs.join('; ')}`);
  });

  it('support options with their organisations and areas cost the same for 2 or 20 local services', async () => {
    const lead = api.as(people.coventryLead);
    const options = (areaCode: string) =>
      lead.query(SupportOptionsForDocument, { facts: { areaCode } }).then((r) => {
        if (r.supportOptionsFor.__typename !== 'SupportOptions') throw new Error(r.supportOptionsFor.__typename);
        return [...r.supportOptionsFor.matches, ...r.supportOptionsFor.nearMisses];
      });
    await options('cost-few');
    const few = await statements(() => options('cost-few'));
    const many = await statements(() => options('cost-many'));
    const listed = await options('cost-many');
    const local = listed.filter((o) => o.service.slug.startsWith('cost-many-'));
    expect(local).toHaveLength(20);
    expect(local.every((o) => o.service.organisation.name.startsWith('Cost provider'))).toBe(true);
    expect(
      local.every(
        (o) =>
          o.service.areas
            .map((a) => a.code)
            .sort()
            .join() === 'cost-many,coventry',
      ),
    ).toBe(true);
    console.log(`supportOptionsFor: ${few} statements for 2 local services, ${many} for 20`);
    expect(many).toBe(few);
  });

  it("a case's support options cost the same as support options without a case", async () => {
    const lead = api.as(people.coventryLead);
    const forCase = () =>
      lead.query(SupportOptionsDocument, { caseId: busyCaseId, overrides: { areaCode: 'cost-many' } });
    await forCase();
    const withCase = await statements(forCase);
    const result = (await forCase()).supportOptions;
    expect(result.__typename).toBe('SupportOptions');
    const few = await statements(() =>
      lead.query(SupportOptionsDocument, { caseId: busyCaseId, overrides: { areaCode: 'cost-few' } }),
    );
    console.log(`supportOptions(caseId): ${few} statements for 2 local services, ${withCase} for 20`);
    expect(withCase).toBe(few);
  });

  it('a note and a transition each cost at most 10 statements, and the same on a case with 20 notes', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Cost of a write.',
      subject: { givenName: 'Write', familyName: 'Cost', dateOfBirth: '1990-01-01', gender: 'FEMALE' },
    });
    let state = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    // The write with the least a client needs back (the new version), and with the SDK's payload.
    type Changed = { __typename: string; case?: { id: string; version: number } };
    // A typed document as the SDK's generated ones are (TypedDocumentNode's shape).
    type TypedDocumentNode<R, V> = DocumentNode & { __apiType?: (variables: V) => R };
    const note = parse(
      'mutation ($input: CaseAddNoteInput!) { caseAddNote(input: $input) { __typename ... on CasePayload { case { id version } } } }',
    ) as TypedDocumentNode<
      { caseAddNote: Changed },
      { input: { caseId: string; expectedVersion: number; text: string } }
    >;
    const transition = parse(
      'mutation ($input: CaseTransitionInput!) { caseTransition(input: $input) { __typename ... on CasePayload { case { id version } } } }',
    ) as TypedDocumentNode<
      { caseTransition: Changed },
      { input: { caseId: string; expectedVersion: number; trackId: string; transition: string } }
    >;
    let version = state.version;
    const addNote = async () => {
      const { caseAddNote } = await lead.mutate(note, {
        input: { caseId: state.id, expectedVersion: version, text: 'n' },
      });
      expect(caseAddNote.__typename).toBe('CasePayload');
      version = caseAddNote.case!.version;
    };
    const first = await statements(addNote);
    for (let i = 0; i < 18; i++) await addNote();
    const twentieth = await statements(addNote);
    const moved = await statements(async () => {
      const { caseTransition } = await lead.mutate(transition, {
        input: {
          caseId: state.id,
          expectedVersion: version,
          trackId: track(state, 'coventry-pre-nrm').id,
          transition: 'consentGiven',
        },
      });
      expect(caseTransition.__typename).toBe('CasePayload');
      version = caseTransition.case!.version;
    });
    const withPayload = await statements(async () => {
      const { caseAddNote } = await lead.mutate(CaseAddNoteDocument, {
        input: { caseId: state.id, expectedVersion: version, text: 'n' },
      });
      state = succeeded(caseAddNote);
      version = state.version;
    });
    const withPayloadLater = await statements(async () => {
      const { caseAddNote } = await lead.mutate(CaseAddNoteDocument, {
        input: { caseId: state.id, expectedVersion: version, text: 'n' },
      });
      state = succeeded(caseAddNote);
    });
    expect(state.notes.length).toBe(22);
    console.log(
      `writes: caseAddNote ${first} statements (first note), ${twentieth} (20th); caseTransition ${moved}; ` +
        `caseAddNote with the SDK's CaseState payload ${withPayload}, then ${withPayloadLater}`,
    );
    expect(twentieth).toBe(first);
    expect(withPayloadLater).toBe(withPayload);
    expect(first).toBeLessThanOrEqual(10);
    expect(moved).toBeLessThanOrEqual(10);
  });

  it('a webhook dispatch tick costs the same for 1 or 6 subscribing organisations', async () => {
    const lead = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
    const coventry = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'coventry-city-council' } });
    const others = await api.prisma.organisation.findMany({
      where: { id: { not: coventry.id } },
      orderBy: { slug: 'asc' },
      take: 5,
    });
    const subscribe = (organisationId: string, deletedAt: Date | null) =>
      api.prisma.webhookEndpoint.create({
        data: {
          organisationId,
          url: 'https://hooks.example/waymark',
          eventTypes: ['case.opened'],
          secret: 'whsec_cGVyLXRpY2stY29zdA==',
          createdById: lead.id,
          deletedAt,
        },
      });
    // Every endpoint exists before the event (an endpoint hears only of later events); the other
    // five organisations' are switched on between the two ticks.
    await subscribe(coventry.id, null);
    const laterOnes = await Promise.all(others.map((o) => subscribe(o.id, new Date())));
    // A case event within the dispatcher's window, on a case Coventry City Council owns.
    const owned = await api.prisma.case.findFirstOrThrow({ where: { reference: 'WM-1999-000001' } });
    await api.prisma.caseEvent.create({
      data: {
        caseId: owned.id,
        kind: 'CONCERN_RECORDED',
        actorId: lead.id,
        organisationId: coventry.id,
        occurredAt: new Date(),
        caseVersion: 1,
        data: {},
      },
    });
    const one = await statements(() => dispatchWebhooks(new Date()));
    await api.prisma.webhookEndpoint.updateMany({
      where: { id: { in: laterOnes.map((e) => e.id) } },
      data: { deletedAt: null },
    });
    const six = await statements(() => dispatchWebhooks(new Date()));
    const deliveries = await api.prisma.webhookDelivery.findMany({
      where: { endpoint: { url: 'https://hooks.example/waymark' } },
      select: { endpoint: { select: { organisationId: true } } },
    });
    // Each delivery goes to an organisation on the case's team; the others hear nothing of it.
    const team = await api.prisma.caseAccess.findMany({
      where: { caseId: owned.id },
      select: { principalId: true },
    });
    const subscribers = [coventry.id, ...others.map((o) => o.id)];
    const onTeam = subscribers.filter((id) => team.some((t) => t.principalId === id));
    expect(onTeam).toContain(coventry.id);
    expect(onTeam.length).toBeLessThan(subscribers.length);
    expect(deliveries.map((d) => d.endpoint.organisationId).sort()).toEqual(onTeam.sort());
    console.log(`webhook dispatch: ${one} statements for 1 subscribing organisation, ${six} for 6`);
    expect(six).toBe(one);
  });
});
