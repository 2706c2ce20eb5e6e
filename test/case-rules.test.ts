/**
 * The hard rules cannot be walked around (issue 12): protected facts only through their own
 * mutation, record-creating transitions only through theirs, one NRM referral per case, no Duty
 * to Notify once in the NRM on any track, age read from the subject when it is used. Every
 * refusal is a RuleViolationError naming the rule, the document section and the mutation to use,
 * and changes nothing.
 */
import {
  CaseAddNrmReferralInformationDocument,
  CaseCloseDocument,
  CaseEnrolDocument,
  CaseRecordAgeAssessmentDocument,
  CaseRecordBestInterestsDecisionDocument,
  CaseRecordCapacityAssessmentDocument,
  CaseRecordConsentDocument,
  CaseRecordFactsDocument,
  CaseReopenDocument,
  CaseSubmitDutyToNotifyDocument,
  CaseSubmitNrmReferralDocument,
  CaseTransitionDocument,
  CaseUpdateSubjectDocument,
  type CaseStateFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track, recordAction } from './support/cases.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const uuidOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

/** Everything a refused change must leave as it was. */
async function snapshot(caseId: string) {
  const uuid = uuidOf(caseId);
  return {
    events: await api.prisma.caseEvent.count({ where: { caseId: uuid } }),
    nrmReferrals: await api.prisma.nrmReferral.count({ where: { caseId: uuid } }),
    dutiesToNotify: await api.prisma.dutyToNotify.count({ where: { caseId: uuid } }),
    ageAssessments: await api.prisma.ageAssessment.count({ where: { caseId: uuid } }),
    capacityAssessments: await api.prisma.capacityAssessment.count({ where: { caseId: uuid } }),
    bestInterests: await api.prisma.bestInterestsDecision.count({ where: { caseId: uuid } }),
    audit: await api.prisma.auditEvent.count({
      where: { entityId: uuid, action: { not: { startsWith: 'case.read' } } },
    }),
    row: await api.prisma.case.findUniqueOrThrow({ where: { id: uuid }, select: { version: true, facts: true } }),
    tracks: await api.prisma.caseTrack.findMany({ where: { caseId: uuid }, select: { step: true, events: true } }),
  };
}

async function adultCase(client: WaymarkClient, subject: Record<string, unknown> = { dateOfBirth: '1985-01-01' }) {
  const opened = await openCase(client, { concernKind: 'POTENTIAL_VICTIM', concern: 'Rules test.', subject });
  return caseState(client, opened.case.id);
}

describe('protected facts (X-2)', () => {
  it('caseRecordFacts refuses consent, decisions and in-NRM, naming the mutation to use; nothing is written', async () => {
    const lead = api.as(people.coventryLead);
    const state = await adultCase(lead);
    const before = await snapshot(state.id);
    const result = (
      await lead.mutate(CaseRecordFactsDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          facts: { consentToNrm: true, immediateRisk: true, rgOutcome: 'positive', inNrm: false },
        },
      })
    ).caseRecordFacts;
    const error = failedWith(result, 'RuleViolationError');
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      facts: ['consentToNrm', 'inNrm', 'rgOutcome'],
      mutation: 'caseRecordConsent',
      section: '003 8.3',
    });
    expect(error.message).toMatch(/rgOutcome with caseRecordDecision/);
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('record-creating transitions (X-3)', () => {
  it('caseTransition refuses the NRM referral by name and names caseSubmitNrmReferral; no referral is written', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'kirklees-reporting' } })).caseEnrol,
    );
    const k = () => track(state, 'kirklees-reporting').id;
    // Kirklees v3: the reporting routes are a checklist; a First Responder considers the NRM directly.
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: k(),
            transition: 'considerNrm',
            facts: { emergency: false, consentInWriting: true },
          },
        })
      ).caseTransition,
    );
    const before = await snapshot(state.id);
    const result = (
      await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: k(), transition: 'submitNrmReferral' } })
    ).caseTransition;
    expect(failedWith(result, 'RuleViolationError')).toMatchObject({
      mutation: 'caseSubmitNrmReferral',
      refusedTransition: 'submitNrmReferral',
      section: '003 8.7',
    });
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('capacity per decision, and the best-interests route (item 4, X-1)', () => {
  it('an adult found to lack capacity cannot "consent"; a best-interests decision by a named decision-maker leads to the NRM', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const capacityOf = (s: CaseStateFragment, decision: string) =>
      s.consent.capacity.find((c) => c.decision === decision);
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;

    // In doubt: an assessment for the decision comes first.
    state = succeeded(
      (
        await lead.mutate(CaseRecordCapacityAssessmentDocument, {
          input: {
            ...v(),
            decision: 'NRM_CONSENT',
            capacityInDoubt: true,
            outcome: 'LACKS_CAPACITY',
            assessedBy: 'Social worker, Coventry ASC',
            assessedOn: '2026-01-10',
          },
        })
      ).caseRecordCapacityAssessment,
    );
    expect(capacityOf(state, 'NRM_CONSENT')).toMatchObject({ capacity: 'LACKS_CAPACITY', bestInterests: null });
    // Capacity is per decision: nothing is known yet about sharing details.
    expect(capacityOf(state, 'SHARE_DETAILS')).toMatchObject({ capacity: null });
    expect(await api.prisma.capacityAssessment.count({ where: { caseId: uuidOf(state.id) } })).toBe(1);

    const before = await snapshot(state.id);
    const consent = (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN' } }))
      .caseRecordConsent;
    expect(failedWith(consent, 'RuleViolationError')).toMatchObject({
      rule: 'capacity-for-decision',
      section: '002 4.1 (Health chart)',
      mutation: 'caseRecordBestInterestsDecision',
    });
    const share = (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), shareDetails: 'GIVEN' } }))
      .caseRecordConsent;
    expect(failedWith(share, 'RuleViolationError')).toMatchObject({
      rule: 'capacity-first',
      mutation: 'caseRecordCapacityAssessment',
    });
    // No best-interests decision for a decision nobody found the person lacks capacity for.
    const notAssessed = (
      await lead.mutate(CaseRecordBestInterestsDecisionDocument, {
        input: { ...v(), decision: 'SHARE_DETAILS', proceed: true, decisionMaker: 'Lead', decidedOn: '2026-01-11' },
      })
    ).caseRecordBestInterestsDecision;
    expect(failedWith(notAssessed, 'RuleViolationError')).toMatchObject({
      rule: 'capacity-for-decision',
      mutation: 'caseRecordCapacityAssessment',
    });
    // Without a best-interests decision the NRM route stays shut.
    const early = (
      await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } })
    ).caseTransition;
    expect(early.__typename).toBe('GuardFailedError');
    // The capacity facts are protected: not typed in through caseRecordFacts.
    const typed = (
      await lead.mutate(CaseRecordFactsDocument, {
        input: { ...v(), facts: { nrmConsentCapacity: 'hasCapacity', nrmConsentBestInterests: 'proceed' } },
      })
    ).caseRecordFacts;
    expect(failedWith(typed, 'RuleViolationError')).toMatchObject({ mutation: 'caseRecordBestInterestsDecision' });
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(
      (
        await lead.mutate(CaseRecordBestInterestsDecisionDocument, {
          input: {
            ...v(),
            decision: 'NRM_CONSENT',
            proceed: true,
            decisionMaker: 'Best-interests assessor, Coventry ASC',
            decidedOn: '2026-01-12',
          },
        })
      ).caseRecordBestInterestsDecision,
    );
    expect(capacityOf(state, 'NRM_CONSENT')).toMatchObject({ bestInterests: 'PROCEED' });
    expect(state.consent.nrm).toBeNull();
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } }))
        .caseTransition,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: pre(),
            transition: 'firstResponderIsInvolved',
            facts: { firstResponderInvolved: true, previouslyReferred: false },
          },
        })
      ).caseTransition,
    );
    // 002-10: the check with the NRM for an earlier referral comes before the referral.
    state = await recordAction(lead, state, 'coventry-pre-nrm', 'checkNrmForEarlierReferral');
    state = succeeded(
      (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: pre() } })).caseSubmitNrmReferral,
    );
    expect(state.nrmReferrals).toHaveLength(1);
    const audit = await api.prisma.auditEvent.findMany({
      where: {
        entityId: uuidOf(state.id),
        action: { in: ['case.recordCapacityAssessment', 'case.recordBestInterestsDecision'] },
      },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'case.recordBestInterestsDecision',
      'case.recordCapacityAssessment',
    ]);
    // The decision-maker's name stays in its record, not in the audit trail.
    expect(JSON.stringify(audit.map((a) => a.data))).not.toContain('Best-interests assessor');
    expect((await snapshot(state.id)).bestInterests).toBe(1);
  });

  it('an assessment outcome is given only when capacity was in doubt, and then with who and when', async () => {
    const fieldsOf = (error: unknown) =>
      (error as { fieldErrors: Array<{ field: string }> }).fieldErrors.map((f) => f.field).sort();
    const lead = api.as(people.coventryLead);
    const state = await adultCase(lead);
    const before = await snapshot(state.id);
    const missing = (
      await lead.mutate(CaseRecordCapacityAssessmentDocument, {
        input: { caseId: state.id, expectedVersion: state.version, decision: 'NRM_CONSENT', capacityInDoubt: true },
      })
    ).caseRecordCapacityAssessment;
    expect(fieldsOf(failedWith(missing, 'ValidationError'))).toEqual(['assessedBy', 'assessedOn', 'outcome']);
    const notInDoubt = (
      await lead.mutate(CaseRecordCapacityAssessmentDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          decision: 'NRM_CONSENT',
          capacityInDoubt: false,
          outcome: 'LACKS_CAPACITY',
        },
      })
    ).caseRecordCapacityAssessment;
    expect(fieldsOf(failedWith(notInDoubt, 'ValidationError'))).toEqual(['outcome']);
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('the concern decides the questions (item 14)', () => {
  it('immediate risk at opening reaches the pathway: 999 comes first', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Locked in a flat above a shop.',
      immediateRisk: true,
      subject: { dateOfBirth: '1985-01-01' },
    });
    let state = await caseState(lead, opened.case.id);
    expect(state.facts).toMatchObject({
      concernSubject: 'victim',
      immediateDanger: true,
      immediateRiskOfSeriousHarm: true,
    });
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-initial-identification' } }))
        .caseEnrol,
    );
    const options = track(state, 'coventry-initial-identification').allowedTransitions;
    expect(options.find((o) => o.name === 'call999')?.enabled).toBe(true);
    expect(options.find((o) => o.name === 'gatherInformation')).toMatchObject({ enabled: false });
  });

  it('a perpetrator concern has no age facts and offers no NRM referral or Duty to Notify; submitting one is refused', async () => {
    const lead = api.as(people.coventryLead);
    // The person described is the suspected perpetrator: their apparent age must not route anything.
    const opened = await openCase(lead, {
      concernKind: 'PERPETRATOR',
      concern: 'Drives workers to a car wash each morning.',
      subject: { estimatedAge: 16, ageUncertain: true },
    });
    let state = await caseState(lead, opened.case.id);
    expect(state.facts).toMatchObject({ concernSubject: 'perpetrator' });
    expect(state.facts).not.toHaveProperty('ageStatus');
    expect(state.facts).not.toHaveProperty('reasonToBelieveChild');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'kirklees-reporting' } })).caseEnrol,
    );
    const k = () => track(state, 'kirklees-reporting').id;
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: k(), transition: 'considerNrm', facts: { emergency: false } },
        })
      ).caseTransition,
    );
    const kinds = track(state, 'kirklees-reporting').allowedTransitions.map((o) => o.kind);
    expect(kinds).not.toContain('nrmReferral');
    expect(kinds).not.toContain('dutyToNotify');
    expect(track(state, 'kirklees-reporting').allowedTransitions.map((o) => o.name)).not.toContain('submitNrmReferral');
    expect(track(state, 'kirklees-reporting').allowedTransitions.map((o) => o.name)).not.toContain(
      'submitDutyToNotify',
    );
    const before = await snapshot(state.id);
    const nrm = (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: k() } }))
      .caseSubmitNrmReferral;
    expect(failedWith(nrm, 'RuleViolationError')).toMatchObject({
      rule: 'potential-victim-only',
      section: '002 4.1',
      mutation: 'caseOpen',
    });
    const dtn = (await lead.mutate(CaseSubmitDutyToNotifyDocument, { input: { ...v(), trackId: k() } }))
      .caseSubmitDutyToNotify;
    expect(failedWith(dtn, 'RuleViolationError')).toMatchObject({ rule: 'potential-victim-only' });
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('one NRM referral per case (X-4, item 9)', () => {
  it('an NRM referral on one track puts the person in the NRM on every track: no second referral, no DtN', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    // Referral on Coventry's Pre-NRM track.
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } }))
        .caseTransition,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: pre(),
            transition: 'firstResponderIsInvolved',
            facts: { firstResponderInvolved: true, previouslyReferred: false },
          },
        })
      ).caseTransition,
    );
    // 002-10: the check with the NRM for an earlier referral comes before the referral.
    state = await recordAction(lead, state, 'coventry-pre-nrm', 'checkNrmForEarlierReferral');
    state = succeeded(
      (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: pre() } })).caseSubmitNrmReferral,
    );
    expect(state.nrmReferrals).toHaveLength(1);
    expect(state.facts).toMatchObject({ inNrm: true });

    // A second pathway with its own NRM step: the referral exists already.
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'kirklees-reporting' } })).caseEnrol,
    );
    const k = () => track(state, 'kirklees-reporting').id;
    // Kirklees v3: the reporting routes are a checklist; a First Responder considers the NRM directly.
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: k(),
            transition: 'considerNrm',
            facts: { emergency: false, consentInWriting: true },
          },
        })
      ).caseTransition,
    );
    const before = await snapshot(state.id);
    const second = (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: k() } }))
      .caseSubmitNrmReferral;
    expect(failedWith(second, 'RuleViolationError')).toMatchObject({
      rule: 'one-nrm-referral',
      section: '003 8.7',
      mutation: 'caseAddNrmReferralInformation',
    });
    const dtn = (await lead.mutate(CaseSubmitDutyToNotifyDocument, { input: { ...v(), trackId: k() } }))
      .caseSubmitDutyToNotify;
    expect(failedWith(dtn, 'RuleViolationError')).toMatchObject({ rule: 'dtn-not-in-nrm' });
    expect(await snapshot(state.id)).toEqual(before);

    // Further information goes on the existing referral.
    state = succeeded(
      (
        await lead.mutate(CaseAddNrmReferralInformationDocument, {
          input: { ...v(), information: 'A second address has come to light.' },
        })
      ).caseAddNrmReferralInformation,
    );
    expect(state.version).toBe(before.row.version + 1);
    const added = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'NRM_REFERRAL_INFORMATION_ADDED' },
    });
    expect(added.data).toMatchObject({ nrmReferralId: state.nrmReferrals[0]!.id ? expect.any(String) : '' });
    expect(await api.prisma.nrmReferral.count({ where: { caseId: uuidOf(state.id) } })).toBe(1);
  });

  it('further information needs a referral to add to', async () => {
    const lead = api.as(people.coventryLead);
    const state = await adultCase(lead);
    const before = await snapshot(state.id);
    const result = (
      await lead.mutate(CaseAddNrmReferralInformationDocument, {
        input: { caseId: state.id, expectedVersion: state.version, information: 'More.' },
      })
    ).caseAddNrmReferralInformation;
    expect(failedWith(result, 'RuleViolationError')).toMatchObject({ mutation: 'caseSubmitNrmReferral' });
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('Duty to Notify anonymisation (engine helper)', () => {
  it("Coventry's DtN is anonymous even when the adult consents to sharing details, with no fact typed in", async () => {
    const lead = api.as(people.coventryLead);
    let state: CaseStateFragment = await adultCase(lead, {
      givenName: 'Share',
      familyName: 'Details',
      dateOfBirth: '1984-04-04',
    });
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: { ...v(), nrm: 'DECLINED', shareDetails: 'GIVEN', capacityInDoubt: false },
        })
      ).caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentRefused' } }))
        .caseTransition,
    );
    state = succeeded(
      (await lead.mutate(CaseSubmitDutyToNotifyDocument, { input: { ...v(), trackId: pre() } })).caseSubmitDutyToNotify,
    );
    expect(state.dutiesToNotify[0]?.anonymised).toBe(true);
    const stored = await api.prisma.dutyToNotify.findFirstOrThrow({ where: { caseId: uuidOf(state.id) } });
    expect(stored).toMatchObject({ anonymised: true, givenName: null, familyName: null, dateOfBirth: null });
  });
});

describe('age follows the person (item 5)', () => {
  it('the rules read the age from the date of birth when they are used, not a typed or stored age fact', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseRecordFactsDocument, { input: { ...v(), facts: { ageStatus: 'child' } } }))
        .caseRecordFacts,
    );
    expect(state.ageGroup).toBe('ADULT');
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const before = await snapshot(state.id);
    // An adult born in 1985 needs consent, whatever was typed as a fact.
    const result = (
      await lead.mutate(CaseTransitionDocument, {
        input: { ...v(), trackId: track(state, 'coventry-pre-nrm').id, transition: 'consentGiven' },
      })
    ).caseTransition;
    expect(['GuardFailedError', 'MissingFactsError']).toContain(result.__typename);
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('the subject can be corrected (item 6)', () => {
  it('caseUpdateSubject corrects the date of birth; the event and audit name the fields, never the values; the age follows', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead, { givenName: 'Ada', dateOfBirth: '1985-01-01' });
    expect(state.ageGroup).toBe('ADULT');
    const version = state.version;
    state = succeeded(
      (
        await lead.mutate(CaseUpdateSubjectDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            subject: { givenName: 'Adaeze', dateOfBirth: '2015-03-04', nationality: null },
          },
        })
      ).caseUpdateSubject,
    );
    expect(state.version).toBe(version + 1);
    expect(state.ageGroup).toBe('CHILD');
    expect(state.facts).toMatchObject({ ageStatus: 'child' });
    const event = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'SUBJECT_UPDATED' },
    });
    // nationality was already empty: not a change.
    expect(event.data).toMatchObject({ fields: ['dateOfBirth', 'givenName'] });
    const audit = await api.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: uuidOf(state.id), action: 'case.updateSubject' },
    });
    for (const written of [JSON.stringify(event.data), JSON.stringify(audit.data)]) {
      expect(written).not.toMatch(/Adaeze|2015/);
    }
  });

  it('a claimed age under 18 makes the person a child whatever the estimate (003 7.4, 003-16a)', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead, { estimatedAge: 25, ageUncertain: true });
    expect(state.ageGroup).toBe('ADULT');
    state = succeeded(
      (
        await lead.mutate(CaseUpdateSubjectDocument, {
          input: { caseId: state.id, expectedVersion: state.version, subject: { claimedAge: 16 } },
        })
      ).caseUpdateSubject,
    );
    expect(state.ageGroup).toBe('CHILD');
  });

  it('a stale version or a future date of birth changes nothing', async () => {
    const lead = api.as(people.coventryLead);
    const state = await adultCase(lead);
    const before = await snapshot(state.id);
    const stale = (
      await lead.mutate(CaseUpdateSubjectDocument, {
        input: { caseId: state.id, expectedVersion: state.version - 1, subject: { familyName: 'Other' } },
      })
    ).caseUpdateSubject;
    failedWith(stale, 'StaleCaseError');
    const future = (
      await lead.mutate(CaseUpdateSubjectDocument, {
        input: { caseId: state.id, expectedVersion: state.version, subject: { dateOfBirth: '2999-01-01' } },
      })
    ).caseUpdateSubject;
    expect(failedWith(future, 'ValidationError').message).not.toMatch(/2999/);
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('age assessments (item 5, 003 7.4)', () => {
  it('only a Merton-compliant assessment ends the presumption of age; every assessment is kept', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead, { claimedAge: 16, estimatedAge: 25, ageUncertain: true });
    expect(state.ageGroup).toBe('CHILD');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const assessment = {
      outcome: 'ADULT' as const,
      assessedAge: 22,
      assessedBy: 'Children’s services',
      assessedOn: '2026-01-05',
    };
    state = succeeded(
      (await lead.mutate(CaseRecordAgeAssessmentDocument, { input: { ...v(), ...assessment, mertonCompliant: false } }))
        .caseRecordAgeAssessment,
    );
    expect(state.ageGroup).toBe('CHILD');
    expect(state.facts).not.toHaveProperty('ageAssessmentOutcome');
    state = succeeded(
      (await lead.mutate(CaseRecordAgeAssessmentDocument, { input: { ...v(), ...assessment, mertonCompliant: true } }))
        .caseRecordAgeAssessment,
    );
    expect(state.ageGroup).toBe('ADULT');
    expect(state.facts).toMatchObject({ ageAssessmentOutcome: 'adult' });
    expect(await api.prisma.ageAssessment.count({ where: { caseId: uuidOf(state.id) } })).toBe(2);
  });

  it('an assessed age that contradicts the outcome, or caseRecordFacts, writes nothing', async () => {
    const lead = api.as(people.coventryLead);
    const state = await adultCase(lead, { claimedAge: 16 });
    const before = await snapshot(state.id);
    const contradicting = (
      await lead.mutate(CaseRecordAgeAssessmentDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          outcome: 'ADULT',
          assessedAge: 15,
          mertonCompliant: true,
          assessedBy: 'Children’s services',
          assessedOn: '2026-01-05',
        },
      })
    ).caseRecordAgeAssessment;
    failedWith(contradicting, 'ValidationError');
    const asFact = (
      await lead.mutate(CaseRecordFactsDocument, {
        input: { caseId: state.id, expectedVersion: state.version, facts: { ageAssessmentOutcome: 'adult' } },
      })
    ).caseRecordFacts;
    expect(failedWith(asFact, 'RuleViolationError')).toMatchObject({ mutation: 'caseRecordAgeAssessment' });
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('closing a case with open work (item 8, 000-17)', () => {
  it('needs a reason while a track or clock is open, names what is open, and then stops the clocks', async () => {
    // Bexley's 3-hour urgent assessment clock runs from the start of the track.
    const lead = api.as(people.bexleyLead);
    let state = await adultCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    if (!state.tracks.some((t) => t.pathwayId === 'bexley-referral'))
      state = succeeded(
        (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'bexley-referral' } })).caseEnrol,
      );
    expect(track(state, 'bexley-referral').deadlines.some((d) => d.status === 'running')).toBe(true);
    const before = await snapshot(state.id);
    const refused = (await lead.mutate(CaseCloseDocument, { input: v() })).caseClose;
    // The typed refusal names each open track: where it is and which clocks still run.
    expect(failedWith(refused, 'OpenTracksError')).toMatchObject({
      code: 'OPEN_TRACKS',
      openTracks: [
        {
          trackId: track(state, 'bexley-referral').id,
          pathwayId: 'bexley-referral',
          step: track(state, 'bexley-referral').step.id,
          atEndStep: false,
          runningClocks: expect.arrayContaining(['urgentAssessment']),
        },
      ],
    });
    expect(refused.__typename === 'OpenTracksError' && refused.message).toMatch(/bexley-referral/);
    expect(await snapshot(state.id)).toEqual(before);

    const reason = 'Person moved abroad.';
    state = succeeded((await lead.mutate(CaseCloseDocument, { input: { ...v(), reason } })).caseClose);
    // The override reason is kept in the case's history; the audit says it was given, never what it says.
    expect(state.closeReason).toBe(reason);
    const audit = await api.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: uuidOf(state.id), action: 'case.close' },
    });
    expect(audit.data).toMatchObject({ closedTracks: ['bexley-referral'], overrideReasonGiven: true });
    expect(JSON.stringify(audit.data)).not.toContain(reason);
    const closed = track(state, 'bexley-referral');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.deadlines.filter((d) => d.status === 'running' || d.status === 'overdue')).toEqual([]);
    expect(closed.deadlines.some((d) => d.status === 'stopped')).toBe(true);

    state = succeeded((await lead.mutate(CaseReopenDocument, { input: { ...v(), reason: 'Returned.' } })).caseReopen);
    expect(track(state, 'bexley-referral').closedAt).toBeNull();
  });

  it('a case with no open track closes without a reason', async () => {
    const lead = api.as(people.coventryLead);
    const state = await adultCase(lead);
    const closed = succeeded(
      (await lead.mutate(CaseCloseDocument, { input: { caseId: state.id, expectedVersion: state.version } })).caseClose,
    );
    expect(closed.status).toBe('CLOSED');
    expect(closed.closeReason).toBeNull();
  });
});

describe('clocks run from the real date (item 7)', () => {
  it('an NRM referral recorded after the fact keeps when it was submitted and when it was recorded', async () => {
    const lead = api.as(people.coventryLead);
    const day = 24 * 3600_000;
    const identifiedAt = new Date(Date.now() - 10 * day);
    const submitted = new Date(Date.now() - 3 * day);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Rules test.',
      identifiedAt: identifiedAt.toISOString(),
      subject: { dateOfBirth: '1985-01-01' },
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
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } }))
        .caseTransition,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: pre(),
            transition: 'firstResponderIsInvolved',
            facts: { firstResponderInvolved: true, previouslyReferred: false },
          },
        })
      ).caseTransition,
    );
    // 002-10: the check with the NRM for an earlier referral comes before the referral.
    state = await recordAction(lead, state, 'coventry-pre-nrm', 'checkNrmForEarlierReferral');
    const before = await snapshot(state.id);
    for (const occurredAt of [new Date(Date.now() + day), new Date(identifiedAt.getTime() - day)]) {
      const refused = (
        await lead.mutate(CaseSubmitNrmReferralDocument, {
          input: { ...v(), trackId: pre(), occurredAt: occurredAt.toISOString() },
        })
      ).caseSubmitNrmReferral;
      failedWith(refused, 'ValidationError');
    }
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(
      (
        await lead.mutate(CaseSubmitNrmReferralDocument, {
          input: { ...v(), trackId: pre(), occurredAt: submitted.toISOString() },
        })
      ).caseSubmitNrmReferral,
    );
    expect(new Date(state.nrmReferrals[0]!.submittedAt).getTime()).toBe(submitted.getTime());
    const event = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'NRM_REFERRAL_SUBMITTED' },
    });
    expect(event.occurredAt.getTime()).toBe(submitted.getTime());
    expect(event.recordedAt.getTime()).toBeGreaterThan(submitted.getTime() + 2 * day);
    const stored = await api.prisma.caseTrack.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), pathwayId: 'coventry-pre-nrm' },
    });
    // The track keeps the recording order (`at`) and the real time its clocks count from.
    const last = (stored.events as Array<{ at: string; occurredAt?: string }>).at(-1)!;
    expect(Date.parse(last.occurredAt!)).toBe(submitted.getTime());
    expect(Date.parse(last.at)).toBeGreaterThan(submitted.getTime() + 2 * day);
  });
});
