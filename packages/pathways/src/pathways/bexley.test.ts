import { describe, expect, it } from 'vitest';
import { RULES } from '../definition/hard-rules';
import { isTreatedAsChild } from '../engine/facts';
import { actors, Walk } from '../testing/walk';
import { bexley } from './bexley';

/** Steps 1-5 for a person identified at 14:00 BST on 3 August 2026. */
function toExplainNrm(facts: Record<string, string | boolean>): Walk {
  const w = new Walk(bexley, '2026-08-03T13:00:00Z');
  w.expectClock('urgentAssessment', { dueAt: '2026-08-03T16:00:00.000Z' }).expectNoClock('strategyMeeting');
  w.set({ ...facts, immediateThreat: false, concernsInWriting: true }).takeAll('startCrisisAssessment', 'contactSpoc');
  // Step 1 (adults to Screeners, children to MASH) and step 3 come before the hand-over (001-1, 001-3).
  expect(w.completeChecklist()).toEqual([
    isTreatedAsChild(w.facts) ? 'contactMash' : 'contactScreeners',
    'requestMultiAgencyConversation',
    'alertHousing',
  ]);
  w.take('handOverToSpoc');
  w.after({ hours: 4 }).set({ stillTargeted: true, housed: true, hasIncome: false, immediateRisk: true });
  w.take('recordUrgentAssessment').expectClock('urgentAssessment', { status: 'metLate', overdueByMs: 3_600_000 });
  return w.take('moveToNrmStage').set(facts).expectStep('explainNrm');
}

describe('001 Bexley: walk-throughs', () => {
  it('child: NRM without consent, ICTG referral, decision returned and recorded, +ve RG, +ve CG', () => {
    const w = toExplainNrm({ ageStatus: 'child' });
    w.take('submitNrmReferral').expectStep('nrmSubmitted').expectNoClock('multiAgencyMeeting');
    w.take('holdMultiAgencyMeeting');
    // A child is referred to the ICTG service before the decision branch.
    expect(w.refuse('rgDecisionReturned', 'GUARD_FAILED')).toMatchObject({
      guards: [{ guard: 'a child has been referred to the ICTG service' }],
    });
    w.take('referToIctg').take('rgDecisionReturned').expectStep('rgReturned');
    w.at('2026-08-20T09:00:00Z').set({ rgOutcome: 'positive', rgDecisionDate: '2026-08-19' }).take('rgPositive');
    w.expectClock('recoveryAndReflection', { dueDate: '2026-10-04' });
    w.take('cgDecisionReturned').set({
      cgOutcome: 'positive',
      cgDecisionDate: '2026-10-10',
      foreignNationalWithoutLeave: false,
    });
    w.take('cgPositive').take('assessRecoveryNeeds').take('beginCheckUps').expectStep('checkUps');
  });

  it('adult without consent: DtN (anonymised as the PV wishes), then step 11 and check-ups', () => {
    const w = toExplainNrm({
      ageStatus: 'adult',
      capacityInDoubt: false,
      consentToNrm: false,
      consentToShareDetails: false,
      dtnAnonymised: true,
    });
    w.take('submitDutyToNotify');
    // 001-6: the anonymised form to the police and the CST informed, before the review.
    expect(w.blockingActions('reviewAfterDtn')).toEqual(['referDtnToPolice', 'informCstOfDtn']);
    w.completeChecklist();
    w.take('reviewAfterDtn').take('beginCheckUps').expectStep('checkUps');
    w.expectClock('checkUp', { dueDate: '2026-10-03' });
  });

  it('adult -ve RG: reconsideration (Step 10) within 30 days, upheld, Judicial Review', () => {
    const w = toExplainNrm({
      ageStatus: 'adult',
      capacityInDoubt: true,
      nrmConsentCapacity: 'hasCapacity',
      consentToNrm: true,
    });
    w.take('submitNrmReferral').take('rgDecisionReturned');
    w.at('2026-08-15T09:00:00Z').set({ rgOutcome: 'negative', rgDecisionDate: '2026-08-14' }).take('rgNegative');
    w.expectClock('rgReconsiderationWindow', { dueDate: '2026-09-13' });
    w.take('requestRgReconsideration').set({ rgReconsiderationOutcome: 'upheld' }).take('rgDecisionUpheld');
    w.take('seekJudicialReview').take('concludeJudicialReview').expectStep('secondAssessment');
  });

  it('+ve RG then -ve CG: reconsideration reversed to +ve CG for a foreign national, leave to remain', () => {
    const w = toExplainNrm({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: true });
    w.take('submitNrmReferral')
      .set({ nrpf: true, noOtherHousingDuty: true })
      .take('referToSalvationArmyHousing', actors.lead);
    w.take('rgDecisionReturned').set({ rgOutcome: 'positive', rgDecisionDate: '2026-08-14' }).take('rgPositive');
    w.take('rehousedOutOfBorough').expectClock('advocateFollowUp', { dueDate: '2026-09-17' });
    w.at('2026-10-01T09:00:00Z')
      .take('cgDecisionReturned')
      .set({ cgOutcome: 'negative', cgDecisionDate: '2026-09-30' })
      .take('cgNegative');
    w.expectClock('cgReconsiderationWindow', { dueDate: '2026-10-30' });
    w.at('2026-10-30T22:00:00Z').take('requestCgReconsideration', actors.partner);
    w.set({ cgReconsiderationOutcome: 'reversed', foreignNationalWithoutLeave: true })
      .take('cgDecisionReversed')
      .expectStep('positiveCg');
    w.take('advocateFollowUp').expectClock('advocateFollowUp', { status: 'metLate' });
    w.take('considerLeaveToRemain').take('assessAfterDlr').expectStep('secondAssessment');
  });
});

describe('001 Bexley: hard rules', () => {
  it('a child needs no consent, but a presumed child cannot be put through a DtN', () => {
    const w = toExplainNrm({
      ageStatus: 'uncertain',
      reasonToBelieveChild: true,
      consentToNrm: false,
      dtnAnonymised: true,
    });
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({
      guards: [{ rule: RULES.dtnAdultWithoutConsent }],
    });
    w.take('submitNrmReferral');
  });

  it('an age assessment finding an adult means consent is needed', () => {
    const w = toExplainNrm({
      ageStatus: 'uncertain',
      reasonToBelieveChild: true,
      ageAssessmentOutcome: 'adult',
      capacityInDoubt: false,
      consentToNrm: false,
    });
    expect(w.refuse('submitNrmReferral', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.nrmConsent }] });
  });

  it('decisions branch on their recorded outcome (+ve/-ve RG and CG)', () => {
    const w = toExplainNrm({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: true });
    w.take('submitNrmReferral').take('rgDecisionReturned');
    expect(w.refuse('rgPositive', 'MISSING_FACTS')).toMatchObject({ facts: ['rgDecisionDate', 'rgOutcome'] });
    w.set({ rgOutcome: 'negative', rgDecisionDate: '2026-08-14' });
    w.refuse('rgPositive', 'GUARD_FAILED');
    w.take('rgNegative');
  });
});

describe('001 Bexley: issue 17 actions', () => {
  it('001-1: a person found to be a child after the hand-over reaches MASH before the NRM referral', () => {
    const w = toExplainNrm({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: true });
    w.set({ ageStatus: 'child' });
    expect(w.blockingActions('submitNrmReferral')).toEqual(['contactMash']);
    w.record('contactMash', { recipient: 'MASH' }).take('submitNrmReferral');
    // 001-7: the referral's follow-ups are outstanding, but never hold back the decision (001-8).
    expect(
      w
        .checklist()
        .filter((i) => i.outstanding)
        .map((i) => i.action),
    ).toEqual(['cstAsSecondContact', 'informCstOfNrm', 'referNrmFormToPolice']);
    w.take('referToIctg').take('rgDecisionReturned');
    // 001-9: the returned decision is forwarded to the CST and to Screeners or MASH.
    expect(w.completeChecklist()).toEqual(['forwardRgToCst', 'forwardRgToScreenersOrMash']);
  });
});
