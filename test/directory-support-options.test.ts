import {
  CaseOpenDocument,
  SupportOptionsDocument,
  SupportOptionsForDocument,
  type SupportFactsInput,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function optionsFor(facts: SupportFactsInput, as: string = people.coventryCaseworker) {
  const { supportOptionsFor } = await api.as(as).query(SupportOptionsForDocument, { facts });
  if (supportOptionsFor.__typename !== 'SupportOptions') throw new Error(supportOptionsFor.__typename);
  return supportOptionsFor;
}

const slugs = (options: Array<{ service: { slug: string } }>) => options.map((o) => o.service.slug);

describe('supportOptionsFor (Coventry specialist support table, 002 4.3)', () => {
  it('a woman currently in the NRM: NRM support, women-only services, reasons and near misses', async () => {
    const result = await optionsFor({
      areaCode: 'coventry',
      gender: 'FEMALE',
      age: 29,
      nrmStatus: 'IN_NRM',
      decisionOutcome: 'NONE',
      exploitationTypes: ['SEXUAL'],
    });
    expect(slugs(result.matches)).toEqual(
      expect.arrayContaining([
        'coventry-nrm-support-survivor-care-contract',
        'kairos-women-working-together',
        'bcwa-sexual-exploitation-community-engagement-project',
      ]),
    );
    expect(result.matches.map((m) => m.rank)).toEqual(result.matches.map((_, i) => i + 1));
    const nrm = result.matches.find((m) => m.service.slug === 'coventry-nrm-support-survivor-care-contract');
    expect(nrm?.reasons.map((r) => r.message)).toContain('For people currently in the NRM');
    expect(nrm?.conditions).toMatch(/Recovery Needs Assessment/);
    // Out-of-area services are not offered at all.
    expect(slugs(result.matches)).not.toContain('beacon-hertfordshire');
    const safehouse = result.nearMisses.find((m) => m.service.slug === 'west-midlands-anti-slavery-network-safehouse');
    expect(safehouse?.excludedBy).toEqual([
      { rule: 'GENDER', message: 'Men only' },
      { rule: 'NRM_STATUS', message: 'Only for people not (yet) in the NRM' },
    ]);
  });

  it('a man with a negative conclusive grounds decision: no NRM support, with the rule that excludes it', async () => {
    const result = await optionsFor({
      areaCode: 'coventry',
      gender: 'MALE',
      age: 41,
      nrmStatus: 'NOT_IN_NRM',
      decisionOutcome: 'NEGATIVE_CONCLUSIVE_GROUNDS',
    });
    expect(slugs(result.matches)).toEqual(
      expect.arrayContaining(['west-midlands-anti-slavery-network-advocates', 'adavu-casework']),
    );
    expect(slugs(result.matches)).not.toContain('coventry-nrm-support-survivor-care-contract');
    const nrm = result.nearMisses.find((m) => m.service.slug === 'coventry-nrm-support-survivor-care-contract');
    expect(nrm?.excludedBy.map((e) => e.rule)).toEqual(['NRM_STATUS', 'DECISION_OUTCOME']);
    expect(
      result.nearMisses.find((m) => m.service.slug === 'kairos-women-working-together')?.excludedBy[0]?.message,
    ).toBe('Women only');
  });

  it('an adult not in the NRM with no recourse to public funds', async () => {
    const result = await optionsFor({
      areaCode: 'coventry',
      age: 34,
      nrmStatus: 'NOT_IN_NRM',
      decisionOutcome: 'NONE',
      recourseToPublicFunds: 'NO',
    });
    expect(slugs(result.matches)).toContain('crmc-nrpf-accommodation');
    expect(
      result.nearMisses.find((m) => m.service.slug === 'coventry-housing-and-homelessness-services')?.excludedBy[0]
        ?.message,
    ).toBe('Only for people with recourse to public funds');
  });

  it('a 17-year-old is treated as a child: adult services are near misses', async () => {
    const result = await optionsFor({ areaCode: 'coventry', age: 17 });
    expect(result.facts.treatedAsChild).toBe(true);
    expect(slugs(result.matches)).toContain('refugee-council-childrens-panel');
    expect(slugs(result.nearMisses)).toContain('coventry-nrm-support-survivor-care-contract');
    expect(slugs(result.matches)).not.toContain('coventry-adult-social-care');
  });

  it('an age out of range is a ValidationError on the field', async () => {
    const { supportOptionsFor } = await api
      .as(people.coventryCaseworker)
      .query(SupportOptionsForDocument, { facts: { age: 300, areaCode: 'nowhere' } });
    expect(supportOptionsFor.__typename).toBe('ValidationError');
    if (supportOptionsFor.__typename === 'ValidationError') {
      expect(supportOptionsFor.fieldErrors.map((e) => e.field)).toEqual(['facts.age']);
    }
    const unknownArea = await api
      .as(people.coventryCaseworker)
      .query(SupportOptionsForDocument, { facts: { areaCode: 'nowhere' } });
    expect(unknownArea.supportOptionsFor.__typename).toBe('ValidationError');
  });

  it('hides restricted details from partner workers in the options too', async () => {
    await api.prisma.supportService.update({
      where: { slug: 'crmc-nrpf-accommodation' },
      data: { restrictedDetails: 'Address: test only' },
    });
    const facts: SupportFactsInput = { areaCode: 'coventry', recourseToPublicFunds: 'NO' };
    const lead = await optionsFor(facts, people.coventryLead);
    expect(lead.matches.find((m) => m.service.slug === 'crmc-nrpf-accommodation')?.service.restrictedDetails).toBe(
      'Address: test only',
    );
    const partner = await optionsFor(facts, people.salvationArmyPartner);
    expect(
      partner.matches.find((m) => m.service.slug === 'crmc-nrpf-accommodation')?.service.restrictedDetails,
    ).toBeNull();
  });
});

describe('supportOptions(caseId)', () => {
  it("reads the case's subject, takes NRM facts as overrides, and hides cases the viewer may not see", async () => {
    const { caseOpen } = await api.as(people.coventryCaseworker).mutate(CaseOpenDocument, {
      input: {
        concernKind: 'POTENTIAL_VICTIM',
        concern: 'Test concern for support options.',
        subject: { gender: 'FEMALE', estimatedAge: 16, ageUncertain: true, recourseToPublicFunds: 'NO' },
      },
    });
    if (caseOpen.__typename !== 'CaseOpenPayload') throw new Error(caseOpen.__typename);
    const caseId = caseOpen.case.id;

    const { supportOptions } = await api
      .as(people.coventryLead)
      .query(SupportOptionsDocument, { caseId, overrides: { nrmStatus: 'IN_NRM' } });
    if (supportOptions.__typename !== 'SupportOptions') throw new Error(supportOptions.__typename);
    expect(supportOptions.facts).toMatchObject({
      areaCode: 'coventry',
      gender: 'FEMALE',
      age: 16,
      treatedAsChild: true,
      recourseToPublicFunds: 'NO',
      nrmStatus: 'IN_NRM',
    });
    expect(slugs(supportOptions.nearMisses)).toContain('coventry-nrm-support-survivor-care-contract');
    expect(slugs(supportOptions.nearMisses)).toContain('coventry-housing-and-homelessness-services');

    // An override replaces the recorded value (an age assessment found an adult).
    const adult = await api.as(people.coventryLead).query(SupportOptionsDocument, {
      caseId,
      overrides: { age: 22, ageUncertain: false, nrmStatus: 'IN_NRM', decisionOutcome: 'NONE' },
    });
    if (adult.supportOptions.__typename !== 'SupportOptions') throw new Error(adult.supportOptions.__typename);
    expect(slugs(adult.supportOptions.matches)).toContain('coventry-nrm-support-survivor-care-contract');

    const other = await api.as(people.bexleyLead).query(SupportOptionsDocument, { caseId });
    expect(other.supportOptions.__typename).toBe('NotFoundError');
  });
});
