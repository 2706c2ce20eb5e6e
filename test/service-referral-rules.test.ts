/**
 * A service's own referral rules apply however it is reached (issue 12 item 11, review 003-3):
 * Beacon needs the consent of the child or guardian and who gave it, never a suspected
 * guardian's (003 8.3, HMSP box); Hope at Home hosts only after a positive decision (002 Housing
 * flowchart). caseReferToService refuses with the same rule the pathway step applies, naming
 * what to record first and with which mutation, and writes nothing.
 */
import {
  CaseEnrolDocument,
  CaseRecordDecisionDocument,
  CaseRecordFactsDocument,
  CaseReferToServiceDocument,
  ServiceDocument,
  ServicesDocument,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const uuidOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

async function snapshot(caseId: string) {
  const uuid = uuidOf(caseId);
  return {
    referrals: await api.prisma.serviceReferral.count({ where: { caseId: uuid } }),
    events: await api.prisma.caseEvent.count({ where: { caseId: uuid } }),
    version: (await api.prisma.case.findUniqueOrThrow({ where: { id: uuid }, select: { version: true } })).version,
  };
}

async function serviceNamed(client: WaymarkClient, search: string, slug: string) {
  const { services } = await client.query(ServicesDocument, { first: 10, filter: { search } });
  const found = services.edges.find((e) => e.node.slug === slug);
  if (!found) throw new Error(`no ${slug} in the directory`);
  return found.node;
}

describe("a service's own referral rules (item 11)", () => {
  it("Beacon: the consent of the child or guardian and who gave it; a suspected guardian's consent is refused", async () => {
    const herts = api.as(people.hertsCaseworker);
    const beacon = await serviceNamed(herts, 'Beacon', 'beacon-hertfordshire');
    const { service } = await herts.query(ServiceDocument, { id: beacon.id });
    expect(service?.referralRules).toEqual([expect.objectContaining({ id: 'BEACON_CONSENT', section: '003 8.3' })]);
    const opened = await openCase(herts, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Service rules test.',
      subject: { dateOfBirth: '2012-03-01' },
    });
    let state = await caseState(herts, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const refer = async () =>
      (await herts.mutate(CaseReferToServiceDocument, { input: { ...v(), serviceId: beacon.id } })).caseReferToService;

    const before = await snapshot(state.id);
    expect(failedWith(await refer(), 'RuleViolationError')).toMatchObject({
      rule: 'beacon-consent',
      section: '003 8.3',
      mutation: 'caseRecordFacts',
      facts: ['beaconConsent', 'beaconConsentGivenBy'],
    });
    expect(await snapshot(state.id)).toEqual(before);

    // The guardian consents, but exploitation by family or carers is suspected (HMSP box).
    state = succeeded(
      (
        await herts.mutate(CaseRecordFactsDocument, {
          input: {
            ...v(),
            facts: { beaconConsent: true, beaconConsentGivenBy: 'guardian', familyOrCarerSuspected: true },
          },
        })
      ).caseRecordFacts,
    );
    const suspected = await snapshot(state.id);
    const refused = failedWith(await refer(), 'RuleViolationError');
    expect(refused).toMatchObject({ rule: 'beacon-consent', section: '003 8.3' });
    expect(refused.message).toMatch(/suspected/);
    expect(await snapshot(state.id)).toEqual(suspected);

    // The child's own consent counts.
    state = succeeded(
      (await herts.mutate(CaseRecordFactsDocument, { input: { ...v(), facts: { beaconConsentGivenBy: 'child' } } }))
        .caseRecordFacts,
    );
    state = succeeded(await refer());
    expect((await snapshot(state.id)).referrals).toBe(1);
  });

  it('Hope at Home hosting: only after a positive RG or CG decision, recorded with caseRecordDecision', async () => {
    const lead = api.as(people.coventryLead);
    const hosting = await serviceNamed(lead, 'Hope at Home', 'hope-at-home-hosting-scheme');
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Service rules test.',
      subject: { dateOfBirth: '1985-01-01' },
    });
    let state = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const refer = async () =>
      (await lead.mutate(CaseReferToServiceDocument, { input: { ...v(), serviceId: hosting.id } })).caseReferToService;

    const before = await snapshot(state.id);
    expect(failedWith(await refer(), 'RuleViolationError')).toMatchObject({
      rule: 'positive-nrm-decision',
      section: '002 Housing flowchart',
      mutation: 'caseRecordDecision',
    });
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-post-nrm' } })).caseEnrol,
    );
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: {
            ...v(),
            trackId: track(state, 'coventry-post-nrm').id,
            type: 'CONCLUSIVE_GROUNDS',
            result: 'POSITIVE',
            decidedOn: '2026-01-01',
          },
        })
      ).caseRecordDecision,
    );
    state = succeeded(await refer());
    expect((await snapshot(state.id)).referrals).toBe(1);
  });
});
