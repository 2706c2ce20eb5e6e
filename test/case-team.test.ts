import {
  CaseDocument,
  CaseEnrolDocument,
  CaseRecordDecisionDocument,
  CaseReferToServiceDocument,
  CaseScheduleMeetingDocument,
  MyServiceReferralsDocument,
  ServiceReferralRespondDocument,
  SupportOptionsDocument,
  CaseStateDocument,
  CaseUpdateServiceReferralDocument,
  OrganisationsDocument,
  ServicesDocument,
  ServiceCreateDocument,
  ServiceUpdateDocument,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('referrals to support services', () => {
  it('refers to a directory service, records the answer, and refuses impossible status changes', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, { concernKind: 'POTENTIAL_VICTIM', concern: 'Needs an advocate.' });
    let state = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const { services } = await lead.query(ServicesDocument, { first: 5, filter: { search: 'Adavu' } });
    const adavu = services.edges[0]!.node;
    state = succeeded(
      (
        await lead.mutate(CaseReferToServiceDocument, {
          input: { ...v(), serviceId: adavu.id, note: 'Prefers a female advocate.' },
        })
      ).caseReferToService,
    );
    expect(state.serviceReferrals).toMatchObject([
      { status: 'OPEN', note: 'Prefers a female advocate.', service: { name: adavu.name } },
    ]);
    const twice = (await lead.mutate(CaseReferToServiceDocument, { input: { ...v(), serviceId: adavu.id } }))
      .caseReferToService;
    expect(failedWith(twice, 'ValidationError').message).toMatch(/already has an open referral/);
    const referralId = state.serviceReferrals[0]!.id;
    state = succeeded(
      (await lead.mutate(CaseUpdateServiceReferralDocument, { input: { ...v(), referralId, status: 'ACCEPTED' } }))
        .caseUpdateServiceReferral,
    );
    state = succeeded(
      (await lead.mutate(CaseUpdateServiceReferralDocument, { input: { ...v(), referralId, status: 'CLOSED' } }))
        .caseUpdateServiceReferral,
    );
    const reopen = (
      await lead.mutate(CaseUpdateServiceReferralDocument, { input: { ...v(), referralId, status: 'ACCEPTED' } })
    ).caseUpdateServiceReferral;
    expect(failedWith(reopen, 'ValidationError').message).toMatch(/closed referral can become nothing else/);
    expect(state.serviceReferrals[0]?.status).toBe('CLOSED');
  });
});

describe('the case team', () => {
  it('an organisation invited to a meeting on the case sees it, without the person’s identity', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Multi-agency.',
      subject: { givenName: 'Team', familyName: 'Member' },
    });
    const state = await caseState(lead, opened.case.id);
    const bexley = api.as(people.bexleyLead);
    expect((await bexley.query(CaseStateDocument, { id: state.id })).case).toBeNull();
    const { organisations } = await lead.query(OrganisationsDocument, {
      first: 5,
      filter: { search: 'Bexley Council' },
    });
    const bexleyCouncil = organisations.edges.find((e) => e.node.name === 'Bexley Council')!.node.id;
    succeeded(
      (
        await lead.mutate(CaseScheduleMeetingDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            kind: 'MULTI_AGENCY',
            scheduledFor: new Date().toISOString(),
            attendeeOrganisationIds: [bexleyCouncil],
          },
        })
      ).caseScheduleMeeting,
    );
    const seen = (await bexley.query(CaseStateDocument, { id: state.id })).case;
    expect(seen?.reference).toBe(opened.case.reference);
    const withSubject = await bexley.query(CaseDocument, { id: state.id });
    expect(withSubject.case?.subject.givenName ?? null).toBeNull();
  });
});

describe('support options for a case', () => {
  it('reads NRM status, the latest decision and exploitation types from what the case records', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'After a positive CG.',
      exploitationTypes: ['SEXUAL'],
      subject: { gender: 'FEMALE', dateOfBirth: '1990-04-04', recourseToPublicFunds: 'YES' },
    });
    const before = await lead.query(SupportOptionsDocument, { caseId: opened.case.id });
    if (before.supportOptions.__typename !== 'SupportOptions') throw new Error(before.supportOptions.__typename);
    expect(before.supportOptions.facts).toMatchObject({
      nrmStatus: null,
      decisionOutcome: null,
      exploitationTypes: ['SEXUAL'],
      gender: 'FEMALE',
    });

    const state = await caseState(lead, opened.case.id);
    // Decisions are recorded with their own mutation (a plain fact is refused), here on Post-NRM.
    const enrolled = succeeded(
      (
        await lead.mutate(CaseEnrolDocument, {
          input: { caseId: state.id, expectedVersion: state.version, pathwayId: 'coventry-post-nrm' },
        })
      ).caseEnrol,
    );
    succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: {
            caseId: state.id,
            expectedVersion: enrolled.version,
            trackId: track(enrolled, 'coventry-post-nrm').id,
            type: 'CONCLUSIVE_GROUNDS',
            result: 'POSITIVE',
            decidedOn: '2026-10-01',
          },
        })
      ).caseRecordDecision,
    );
    const after = await lead.query(SupportOptionsDocument, { caseId: opened.case.id });
    if (after.supportOptions.__typename !== 'SupportOptions') throw new Error(after.supportOptions.__typename);
    expect(after.supportOptions.facts).toMatchObject({
      nrmStatus: 'IN_NRM',
      decisionOutcome: 'POSITIVE_CONCLUSIVE_GROUNDS',
    });
    // Overrides still win, field by field.
    const overridden = await lead.query(SupportOptionsDocument, {
      caseId: opened.case.id,
      overrides: { nrmStatus: 'NOT_IN_NRM' },
    });
    if (overridden.supportOptions.__typename !== 'SupportOptions')
      throw new Error(overridden.supportOptions.__typename);
    expect(overridden.supportOptions.facts.nrmStatus).toBe('NOT_IN_NRM');
  });
});

describe('the support service a referral went to', () => {
  it('sees the live referral with only what it needs, answers it, and loses sight of it once declined', async () => {
    const lead = api.as(people.coventryLead);
    const adavu = api.as('caseworker.adavu@waymark.example');
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Referral view test: this concern text is not for the service.',
      subject: {
        givenName: 'Refer',
        familyName: 'Ral',
        dateOfBirth: '1988-08-08',
        aliases: ['Secret Alias'],
        languages: ['Polish'],
        interpreterNeeded: true,
      },
    });
    const state = await caseState(lead, opened.case.id);
    const { services } = await lead.query(ServicesDocument, { first: 5, filter: { search: 'Adavu casework' } });
    const before = (await adavu.query(MyServiceReferralsDocument)).myServiceReferrals.totalCount;
    const referred = succeeded(
      (
        await lead.mutate(CaseReferToServiceDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            serviceId: services.edges[0]!.node.id,
            note: 'Call before visiting.',
          },
        })
      ).caseReferToService,
    );

    const list = (await adavu.query(MyServiceReferralsDocument)).myServiceReferrals;
    expect(list.totalCount).toBe(before + 1);
    const incoming = list.edges.find((e) => e.node.caseReference === opened.case.reference)!.node;
    expect(incoming).toMatchObject({
      status: 'OPEN',
      givenName: 'Refer',
      familyName: 'Ral',
      languages: ['Polish'],
      interpreterNeeded: true,
      note: 'Call before visiting.',
      referredBy: { name: 'Coventry City Council' },
    });
    const raw = JSON.stringify(list);
    expect(raw).not.toMatch(/1988|Secret Alias|concern text/);
    // The case itself stays out of reach.
    expect((await adavu.query(CaseStateDocument, { id: state.id })).case).toBeNull();
    // Another organisation's staff see nothing of it.
    const other = (await api.as(people.salvationArmyPartner).query(MyServiceReferralsDocument)).myServiceReferrals;
    expect(other.edges.some((e) => e.node.caseReference === opened.case.reference)).toBe(false);

    const accepted = (
      await adavu.mutate(ServiceReferralRespondDocument, { referralId: incoming.id, status: 'ACCEPTED' })
    ).serviceReferralRespond;
    expect(accepted.__typename === 'ServiceReferralRespondPayload' && accepted.referral?.status).toBe('ACCEPTED');
    const wrong = (await adavu.mutate(ServiceReferralRespondDocument, { referralId: incoming.id, status: 'DECLINED' }))
      .serviceReferralRespond;
    expect(wrong.__typename).toBe('ValidationError');
    const closed = (await adavu.mutate(ServiceReferralRespondDocument, { referralId: incoming.id, status: 'CLOSED' }))
      .serviceReferralRespond;
    expect(closed.__typename === 'ServiceReferralRespondPayload' && closed.referral).toBeNull();
    expect(
      (await adavu.query(MyServiceReferralsDocument)).myServiceReferrals.edges.some((e) => e.node.id === incoming.id),
    ).toBe(false);
    const again = (await adavu.mutate(ServiceReferralRespondDocument, { referralId: incoming.id, status: 'ACCEPTED' }))
      .serviceReferralRespond;
    expect(again.__typename).toBe('NotFoundError');

    // The lead sees the service's answers on the case, and the case moved on.
    const after = (await lead.query(CaseStateDocument, { id: state.id })).case!;
    expect(after.serviceReferrals[0]?.status).toBe('CLOSED');
    expect(after.version).toBe(referred.version + 2);
  });
});

describe('a service that moves to another organisation', () => {
  it('leaves its live referrals, names and all, with the organisation they were sent to until the owner re-sends', async () => {
    const admin = api.as(people.directoryAdmin);
    const lead = api.as(people.coventryLead);
    const adavu = api.as('caseworker.adavu@waymark.example');
    const salvationArmy = api.as(people.salvationArmyPartner);
    const organisation = async (search: string, slug: string) =>
      (await admin.query(OrganisationsDocument, { first: 20, filter: { search } })).organisations.edges.find(
        (e) => e.node.slug === slug,
      )!.node;
    const [adavuOrg, salvationArmyOrg] = [
      await organisation('Adavu', 'adavu'),
      await organisation('Salvation Army', 'the-salvation-army'),
    ];
    const created = (
      await admin.mutate(ServiceCreateDocument, {
        input: {
          organisationId: adavuOrg.id,
          name: 'Moving advocacy service',
          description: 'A service that later moves to another organisation.',
          referralRoute: 'PHONE',
          phones: ['024 7622 9999'],
          categories: ['ADVOCACY'],
          areaCodes: ['coventry'],
        },
      })
    ).serviceCreate;
    if (created.__typename !== 'ServicePayload') throw new Error(created.__typename);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Referral that must not follow a directory edit.',
      subject: { givenName: 'Stayput', familyName: 'Person' },
    });
    const state = await caseState(lead, opened.case.id);
    succeeded(
      (
        await lead.mutate(CaseReferToServiceDocument, {
          input: { caseId: state.id, expectedVersion: state.version, serviceId: created.service.id },
        })
      ).caseReferToService,
    );
    const incoming = async (client: typeof lead) =>
      (await client.query(MyServiceReferralsDocument, { first: 100 })).myServiceReferrals.edges
        .map((e) => e.node)
        .filter((n) => n.caseReference === opened.case.reference);
    const [sent] = await incoming(adavu);
    expect(sent).toMatchObject({ givenName: 'Stayput', status: 'OPEN' });

    const moved = (
      await admin.mutate(ServiceUpdateDocument, {
        id: created.service.id,
        expectedVersion: created.service.version,
        patch: { organisationId: salvationArmyOrg.id },
      })
    ).serviceUpdate;
    expect(moved.__typename).toBe('ServicePayload');

    // The new organisation's staff get neither the names nor the power to answer.
    expect(await incoming(salvationArmy)).toEqual([]);
    const answer = (
      await salvationArmy.mutate(ServiceReferralRespondDocument, { referralId: sent!.id, status: 'ACCEPTED' })
    ).serviceReferralRespond;
    expect(answer.__typename).toBe('NotFoundError');
    expect(await incoming(adavu)).toMatchObject([{ id: sent!.id, givenName: 'Stayput', status: 'OPEN' }]);

    // The case owner re-sends it: now it goes to the new organisation and ends with the old one.
    const current = await caseState(lead, opened.case.id);
    const resent = succeeded(
      (
        await lead.mutate(CaseReferToServiceDocument, {
          input: { caseId: current.id, expectedVersion: current.version, serviceId: created.service.id },
        })
      ).caseReferToService,
    );
    expect(resent.serviceReferrals.map((r) => r.status)).toEqual(['CLOSED', 'OPEN']);
    expect(await incoming(adavu)).toEqual([]);
    expect(await incoming(salvationArmy)).toMatchObject([{ givenName: 'Stayput', status: 'OPEN' }]);
    const twice = (
      await lead.mutate(CaseReferToServiceDocument, {
        input: { caseId: resent.id, expectedVersion: resent.version, serviceId: created.service.id },
      })
    ).caseReferToService;
    expect(failedWith(twice, 'ValidationError').message).toMatch(/already has an open referral/);
  });
});
