import { describe, expect, it } from 'vitest';
import { RULES } from '../definition/hard-rules';
import { actors, Walk } from '../testing/walk';
import { councilAdultReferral as council } from './council-adult-referral';
import { getPathway } from './index';

const ADULT = { ageStatus: 'adult', capacityInDoubt: false } as const;

/** Steps 1-6: identification at 23:30 BST on 10 June 2026, up to explaining the NRM. */
function toExplainNrm(): Walk {
  const w = new Walk(council, '2026-06-10T22:30:00Z');
  w.expectClock('urgentAssessment', { dueAt: '2026-06-11T01:30:00.000Z', status: 'running' });
  w.expectClock('strategyMeeting', { dueAt: '2026-06-11T22:30:00.000Z', status: 'running' });
  w.take('startCrisisAssessment').set({ immediateThreat: true, interpreterNeeded: false });
  w.refuse('contactSpoc', 'GUARD_FAILED');
  w.take('call999').take('contactSpoc');
  expect(w.refuse('handOverToSpoc', 'MISSING_FACTS')).toMatchObject({ facts: ['concernsInWriting'] });
  w.set({ concernsInWriting: true }).take('handOverToSpoc').expectStep('initialAssessment');
  w.after({ hours: 2 }).set({
    stillTargeted: true,
    housed: false,
    hasIncomeFoodAndClothes: false,
    immediateRisk: false,
  });
  w.take('recordUrgentAssessment').expectClock('urgentAssessment', {
    status: 'met',
    metAt: '2026-06-11T00:30:00.000Z',
    overdueByMs: 0,
  });
  // Not at immediate risk: the strategy meeting comes before the NRM stage.
  w.refuse('moveToNrmStage', 'GUARD_FAILED');
  w.after({ hours: 23 }).take('holdStrategyMeeting');
  w.expectClock('strategyMeeting', { status: 'metLate', overdueByMs: 3_600_000 });
  w.record('allocateAdvocate', { advocate: 'A. Advocate', role: 'socialWorker' });
  w.take('moveToNrmStage').expectStep('explainNrm');
  // 000-5: the PV signs the adult NRM form before it is sent.
  expect(w.blockingActions('submitNrmReferral')).toEqual(['pvSignsNrmForm']);
  return w.record('pvSignsNrmForm');
}

/** Consent given: NRM referral submitted at 11:00 BST on 12 June. */
function toNrmSubmitted(): Walk {
  const w = toExplainNrm()
    .at('2026-06-12T10:00:00Z')
    .set({ ...ADULT, consentToNrm: true });
  w.take('submitNrmReferral').expectStep('nrmSubmitted');
  return w.expectClock('multiAgencyMeeting', {
    dueDate: '2026-07-17',
    dueAt: '2026-07-17T22:59:59.999Z',
    status: 'running',
  });
}

describe('000 council adult referral: walk-throughs', () => {
  it('a +ve RG decision typed in 10 days late: the 45-day recovery period counts from the decision (000-18, X-8)', () => {
    const w = toNrmSubmitted();
    w.set({ nrpf: true, noOtherHousingDuty: true }).take('referToSalvationArmyHousing');
    w.after({ days: 15 }).take('holdMultiAgencyMeeting');
    w.at('2026-07-12T09:00:00Z').set({ rgOutcome: 'positive', rgDecisionDate: '2026-07-02' });
    w.takeOccurred('rgPositive', '2026-07-01T23:00:00Z').expectStep('recoveryPeriod');
    // 2 July + 45 days, as if recorded on the day; recorded on 12 July it would be 26 August.
    w.expectClock('recoveryAndReflection', {
      startedAt: '2026-07-01T23:00:00.000Z',
      dueDate: '2026-08-16',
      status: 'running',
    });
    const event = w.track.events.at(-1)!;
    expect(event).toMatchObject({ at: '2026-07-12T09:00:00.000Z', occurredAt: '2026-07-01T23:00:00.000Z' });
  });

  it('consent, +ve RG, +ve CG for a foreign national: DLR, step 11, six months of check-ups, closure', () => {
    const w = toNrmSubmitted();
    w.set({ nrpf: true, noOtherHousingDuty: true }).take('referToSalvationArmyHousing');
    w.after({ days: 20 }).take('holdMultiAgencyMeeting').expectClock('multiAgencyMeeting', { status: 'met' });
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-07-02' }).take('rgPositive').expectStep('recoveryPeriod');
    w.expectClock('recoveryAndReflection', { dueDate: '2026-08-16', status: 'running' });
    w.take('rehousedOutOfBorough').expectClock('advocateFollowUp', { dueDate: '2026-08-16' });
    w.record('askNewLaForExitPlan', { localAuthority: 'Safe house LA', documentsSent: true });
    w.after({ days: 50 }).expectClock('recoveryAndReflection', { status: 'elapsed', overdueByMs: 0 });
    w.expectClock('advocateFollowUp', { status: 'overdue' });
    w.take('advocateFollowUp').expectClock('advocateFollowUp', { status: 'metLate' });
    w.set({ cgOutcome: 'positive', cgDecisionDate: '2026-08-20', foreignNationalWithoutLeave: true });
    w.refuse('assessRecoveryNeeds', 'INVALID_TRANSITION');
    w.take('cgPositive').expectStep('positiveCg');
    w.refuse('assessRecoveryNeeds', 'GUARD_FAILED');
    w.take('considerLeaveToRemain').take('assessAfterDlr').expectStep('secondAssessment');
    // Already in the NRM: no going back to explain it again.
    w.refuse('reconsiderNrm', 'GUARD_FAILED');
    w.set({ remainsInBorough: false }).record('considerInternationalDuties', { conclusion: 'No breach found.' });
    w.at('2026-09-01T09:00:00Z').take('beginCheckUps').expectClock('checkUp', { instance: 1, dueDate: '2026-11-01' });
    for (const when of ['2026-10-30T09:00:00Z', '2026-12-29T10:00:00Z', '2027-02-27T10:00:00Z'])
      w.at(when).take('recordCheckUp');
    w.expectClock('checkUp', { instance: 4, dueDate: '2027-04-27', status: 'running' });
    w.at('2027-02-28T12:00:00Z');
    expect(w.refuse('closeCase', 'GUARD_FAILED')).toMatchObject({
      guards: [{ guard: 'check-ups have run for at least 6 months' }],
    });
    w.at('2027-03-01T00:00:00Z').take('closeCase').expectStep('closed');
    expect(w.enabled()).toEqual([]);
    expect(
      w
        .deadlines()
        .filter((c) => c.clock === 'checkUp')
        .map((c) => c.status),
    ).toEqual(['met', 'met', 'met', 'met']);
  });

  it('no consent: anonymised Duty to Notify, step 11, later consent to the NRM, +ve RG and +ve CG', () => {
    const w = toExplainNrm().set({ ...ADULT, consentToNrm: false, consentToShareDetails: false, dtnAnonymised: true });
    w.refuse('submitNrmReferral', 'GUARD_FAILED');
    w.take('submitDutyToNotify').take('reviewAfterDtn').expectStep('secondAssessment');
    w.expectNoClock('multiAgencyMeeting');
    w.set({ consentToNrm: true }).take('reconsiderNrm').expectStep('explainNrm');
    // A second DtN is refused once one was made (no duplicate notification) ...
    w.set({ consentToNrm: false });
    w.refuse('submitDutyToNotify', 'GUARD_FAILED');
    w.take('declineNrmAgain').take('reconsiderNrm');
    w.set({ consentToNrm: true }).refuse('declineNrmAgain', 'GUARD_FAILED');
    w.take('submitNrmReferral');
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-06-25' }).take('rgPositive');
    w.set({ cgOutcome: 'positive', cgDecisionDate: '2026-08-25', foreignNationalWithoutLeave: false });
    w.take('cgPositive').take('assessRecoveryNeeds').set({ nrpf: false, belowSupportThreshold: false });
    w.set({ remainsInBorough: false }).take('beginCheckUps').expectStep('checkUps');
  });

  it('-ve RG, reconsideration within 30 days of the decision date, reversed to a +ve RG', () => {
    const w = toNrmSubmitted().at('2026-06-26T09:00:00Z');
    w.set({ rgOutcome: 'negative', rgDecisionDate: '2026-06-24' }).take('rgNegative').expectStep('negativeRg');
    w.expectClock('rgReconsiderationWindow', {
      startedAt: '2026-06-23T23:00:00.000Z',
      dueDate: '2026-07-24',
      status: 'running',
    });
    // Anyone may ask, not only First Responders (003 8.9).
    w.at('2026-07-24T20:00:00Z').take('requestRgReconsideration', actors.partner).expectStep('rgReconsideration');
    w.expectClock('rgReconsiderationWindow', { status: 'met' });
    w.set({ rgReconsiderationOutcome: 'reversed' }).take('rgDecisionReversed').expectStep('recoveryPeriod');
    w.expectClock('recoveryAndReflection', { startedBy: 'rgDecisionReversed', dueDate: '2026-09-07' });
  });

  it('-ve RG, reconsideration upheld, judicial review, then alternative support at step 11', () => {
    const w = toNrmSubmitted().set({ rgOutcome: 'negative', rgDecisionDate: '2026-06-24' }).take('rgNegative');
    w.take('requestRgReconsideration').set({ rgReconsiderationOutcome: 'upheld' }).take('rgDecisionUpheld');
    w.take('seekJudicialReview')
      .expectStep('judicialReview')
      .take('concludeJudicialReview')
      .expectStep('secondAssessment');
  });

  it('-ve RG with no reconsideration: alternative support', () => {
    const w = toNrmSubmitted().set({ rgOutcome: 'negative', rgDecisionDate: '2026-06-24' }).take('rgNegative');
    w.take('rgAlternativeSupport')
      .expectStep('secondAssessment')
      .expectClock('rgReconsiderationWindow', { status: 'met' });
  });

  it('+ve RG then -ve CG: reconsideration refused, refusal accepted', () => {
    const w = toNrmSubmitted().set({ rgOutcome: 'positive', rgDecisionDate: '2026-06-24' }).take('rgPositive');
    w.at('2026-09-01T10:00:00Z').set({ cgOutcome: 'negative', cgDecisionDate: '2026-08-30' }).take('cgNegative');
    w.expectClock('cgReconsiderationWindow', { dueDate: '2026-09-29' });
    w.take('requestCgReconsideration').set({ cgReconsiderationOutcome: 'upheld' }).take('cgDecisionUpheld');
    w.take('acceptRefusal').expectStep('secondAssessment');
  });

  it('-ve CG reversed on reconsideration leads to the +ve CG branch', () => {
    const w = toNrmSubmitted().set({ rgOutcome: 'positive', rgDecisionDate: '2026-06-24' }).take('rgPositive');
    w.set({ cgOutcome: 'negative', cgDecisionDate: '2026-08-30' }).at('2026-09-01T10:00:00Z').take('cgNegative');
    w.take('requestCgReconsideration')
      .set({ cgReconsiderationOutcome: 'reversed' })
      .take('cgDecisionReversed')
      .expectStep('positiveCg');
  });

  it("a person presumed to be a child leaves this adult process for children's safeguarding", () => {
    const w = toExplainNrm().set({ ageStatus: 'uncertain', reasonToBelieveChild: true });
    w.take('referToChildSafeguarding').expectStep('childSafeguarding');
    expect(w.enabled()).toEqual([]);
  });
});

describe('000 hard rules: refused with a typed error, state unchanged', () => {
  it('only First Responder organisations submit NRM referrals and DtNs', () => {
    const w = toExplainNrm().set({ ...ADULT, consentToNrm: true });
    expect(w.refuse('submitNrmReferral', 'NOT_PERMITTED', actors.partner)).toMatchObject({
      firstResponderRequired: true,
    });
    w.set({ consentToNrm: false, consentToShareDetails: true, dtnAnonymised: false });
    w.refuse('submitDutyToNotify', 'NOT_PERMITTED', actors.partner);
  });

  it('an adult needs informed consent, with capacity for the decision assessed first when in doubt', () => {
    const w = toExplainNrm().set({ ageStatus: 'adult' });
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({
      facts: ['consentToNrm', 'nrmConsentCapacity', 'capacityInDoubt'],
    });
    w.set({ consentToNrm: true, capacityInDoubt: true });
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({ facts: ['nrmConsentCapacity'] });
    // Found lacking capacity: their consent does not count.
    w.set({ nrmConsentCapacity: 'lacksCapacity' });
    expect(w.refuse('submitNrmReferral', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.nrmConsent }] });
    // Capacity for another decision says nothing about this one.
    w.set({ shareDetailsCapacity: 'hasCapacity', nrmConsentBestInterests: 'doNotProceed' });
    expect(w.refuse('submitNrmReferral', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.nrmConsent }] });
    w.set({ nrmConsentCapacity: 'hasCapacity' }).take('submitNrmReferral');
  });

  it('an adult who lacks capacity is referred only on a best-interests decision, never on "consent" (X-1)', () => {
    const w = toExplainNrm().set({
      ageStatus: 'adult',
      capacityInDoubt: true,
      nrmConsentCapacity: 'lacksCapacity',
      consentToNrm: true,
    });
    w.set({ nrmConsentBestInterests: 'doNotProceed' });
    expect(w.refuse('submitNrmReferral', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.nrmConsent }] });
    w.set({ nrmConsentBestInterests: 'proceed' }).take('submitNrmReferral');
  });

  it('Duty to Notify is never for a child, nor a presumed child, nor a consenting adult', () => {
    const w = toExplainNrm().set({
      ageStatus: 'child',
      consentToNrm: false,
      capacityInDoubt: false,
      dtnAnonymised: true,
    });
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({
      guards: [{ rule: RULES.dtnAdultWithoutConsent }],
    });
    w.set({ ageStatus: 'uncertain', reasonToBelieveChild: true });
    w.refuse('submitDutyToNotify', 'GUARD_FAILED');
    w.set({ ageStatus: 'adult', consentToNrm: true });
    w.refuse('submitDutyToNotify', 'GUARD_FAILED');
  });

  it('a DtN is anonymised unless the adult consents to sharing details, and never once in the NRM', () => {
    const w = toExplainNrm().set({ ...ADULT, consentToNrm: false, consentToShareDetails: false, dtnAnonymised: false });
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.dtnAnonymised }] });
    w.set({ dtnAnonymised: true, inNrm: true });
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.dtnNotInNrm }] });
    w.set({ inNrm: false, consentToShareDetails: true, dtnAnonymised: false }).take('submitDutyToNotify');
  });

  it('reconsideration only after a negative decision, and not after 30 days', () => {
    const w = toNrmSubmitted().set({ rgOutcome: 'positive', rgDecisionDate: '2026-06-24' });
    w.refuse('requestRgReconsideration', 'INVALID_TRANSITION');
    w.take('rgPositive').refuse('requestRgReconsideration', 'INVALID_TRANSITION');

    const n = toNrmSubmitted()
      .at('2026-06-25T09:00:00Z')
      .set({ rgOutcome: 'negative', rgDecisionDate: '2026-06-24' })
      .take('rgNegative');
    n.set({ rgOutcome: 'positive' });
    expect(n.refuse('requestRgReconsideration', 'GUARD_FAILED')).toMatchObject({
      guards: [{ rule: RULES.reconsiderationAfterNegative }],
    });
    // 000 sets no time limit (step 10i): after the national 30 days the request is still taken,
    // and the missed deadline shows as a warning.
    n.set({ rgOutcome: 'negative' }).at('2026-07-25T00:00:00+01:00');
    n.expectClock('rgReconsiderationWindow', { status: 'overdue', dueAt: '2026-07-24T22:59:59.999Z', overdueByMs: 1 });
    n.take('requestRgReconsideration').expectClock('rgReconsiderationWindow', { status: 'metLate' });
  });

  it('auditors and platform admins never move a case', () => {
    const w = new Walk(council, '2026-06-10T22:30:00Z');
    w.refuse('startCrisisAssessment', 'NOT_PERMITTED', actors.auditor);
    w.refuse('startCrisisAssessment', 'NOT_PERMITTED', {
      roles: ['PLATFORM_ADMIN'],
      organisation: { isFirstResponder: true, kind: 'COUNCIL' },
    });
  });
});

describe('000: issue 17', () => {
  it('000-14: a child found at the crisis assessment leaves for the MASH, whose referral is on the checklist', () => {
    const w = new Walk(council, '2026-06-10T09:00:00Z');
    w.take('startCrisisAssessment').set({ ageStatus: 'uncertain', reasonToBelieveChild: true });
    w.take('referToChildSafeguarding').expectStep('childSafeguarding');
    expect(w.checklist().map((i) => [i.action, i.required, i.outstanding])).toEqual([['referToMash', true, true]]);
    w.record('referToMash', { recipient: 'MASH duty social worker' });
    expect(w.checklist()[0]!.done).toHaveLength(1);
  });

  it('000-14: the exit is open from identification and the SPoC hand-over too, only for a child', () => {
    const adult = new Walk(council, '2026-06-10T09:00:00Z').set({ ageStatus: 'adult' });
    adult.refuse('referToChildSafeguarding', 'GUARD_FAILED');
    new Walk(council, '2026-06-10T09:00:00Z').set({ ageStatus: 'child' }).take('referToChildSafeguarding');
    const w = new Walk(council, '2026-06-10T09:00:00Z').set({ immediateThreat: false });
    w.takeAll('startCrisisAssessment', 'contactSpoc').set({ ageStatus: 'child' }).take('referToChildSafeguarding');
  });
});

describe('000 version 3: the actions the document asks for (issue 17)', () => {
  it('000-13: when an interpreter is needed, the NRM is not explained before one is arranged (step 2)', () => {
    const w = new Walk(council, '2026-06-10T09:00:00Z').set({ immediateThreat: false, concernsInWriting: true });
    w.take('startCrisisAssessment').set({ interpreterNeeded: true });
    expect(w.checklist().map((i) => [i.action, i.applies, i.outstanding])).toEqual([
      ['arrangeInterpreter', true, true],
    ]);
    w.takeAll('contactSpoc', 'handOverToSpoc');
    w.set({ stillTargeted: true, housed: false, hasIncomeFoodAndClothes: false, immediateRisk: true });
    w.take('recordUrgentAssessment');
    // At immediate risk the strategy meeting may wait, but the interpreter may not.
    expect(w.blockingActions('moveToNrmStage')).toEqual(['arrangeInterpreter']);
    w.refuse('moveToNrmStage', 'ACTION_REQUIRED');
    w.record('arrangeInterpreter', { provider: 'Language Line', language: 'Portuguese' });
    w.take('moveToNrmStage').expectStep('explainNrm');
  });

  it('000-13: no interpreter needed, nothing to arrange; not yet asked, the move asks the question', () => {
    const w = new Walk(council, '2026-06-10T09:00:00Z').set({ immediateThreat: false, concernsInWriting: true });
    w.takeAll('startCrisisAssessment', 'contactSpoc', 'handOverToSpoc');
    w.set({ stillTargeted: false, housed: true, hasIncomeFoodAndClothes: true, immediateRisk: true });
    w.take('recordUrgentAssessment');
    expect(w.refuse('moveToNrmStage', 'MISSING_FACTS')).toMatchObject({ facts: ['interpreterNeeded'] });
    w.set({ interpreterNeeded: false }).take('moveToNrmStage');
  });

  it('000-4: the consistent advocate is allocated, with who, before the NRM referral or the DtN (steps 4-5)', () => {
    const w = new Walk(council, '2026-06-10T09:00:00Z').set({
      immediateThreat: false,
      concernsInWriting: true,
      interpreterNeeded: false,
    });
    w.takeAll('startCrisisAssessment', 'contactSpoc', 'handOverToSpoc');
    w.set({ stillTargeted: true, housed: false, hasIncomeFoodAndClothes: false, immediateRisk: true });
    w.takeAll('recordUrgentAssessment', 'moveToNrmStage').record('pvSignsNrmForm');
    w.set({ ...ADULT, consentToNrm: true });
    expect(w.blockingActions('submitNrmReferral')).toEqual(['allocateAdvocate']);
    // The advocate's name and role are what step 9's "original advocate" refers back to.
    expect(w.record.bind(w, 'allocateAdvocate', { advocate: 'A. Advocate' })).toThrow(/Role is required/);
    w.record('allocateAdvocate', { advocate: 'A. Advocate', role: 'isvaEquivalent' });
    expect(w.checklist().find((i) => i.action === 'allocateAdvocate')!.done[0]!.values).toEqual({
      advocate: 'A. Advocate',
      role: 'isvaEquivalent',
    });
    w.take('submitNrmReferral');
  });

  it('000-4: a PV no longer in the borough gets no advocate from this council', () => {
    const w = toExplainNrm();
    expect(w.checklist().find((i) => i.action === 'allocateAdvocate')).toMatchObject({ outstanding: false });
    const moved = new Walk(council, '2026-06-10T09:00:00Z').set({
      immediateThreat: false,
      concernsInWriting: true,
      interpreterNeeded: false,
      pvInBorough: false,
      stillTargeted: true,
      housed: false,
      hasIncomeFoodAndClothes: false,
      immediateRisk: true,
      ...ADULT,
      consentToNrm: true,
    });
    moved.takeAll('startCrisisAssessment', 'contactSpoc', 'handOverToSpoc', 'recordUrgentAssessment', 'moveToNrmStage');
    moved.record('pvSignsNrmForm').take('submitNrmReferral');
  });

  it('000-6: using TSA support, the copy of the NRM form to TSA is on the checklist until recorded (step 7)', () => {
    const w = toNrmSubmitted();
    const copy = () => w.checklist().find((i) => i.action === 'copyNrmFormToTsa')!;
    // The decision is asked for: not recorded, the item says which fact it waits on.
    expect(copy()).toMatchObject({ applies: null, missingFacts: ['consentToNrmSupport'], outstanding: true });
    w.set({ consentToNrmSupport: false });
    expect(copy()).toMatchObject({ applies: false, outstanding: false });
    w.set({ consentToNrmSupport: true });
    expect(copy()).toMatchObject({ applies: true, outstanding: true, required: true });
    w.record('copyNrmFormToTsa', { sentOn: '2026-06-12' });
    expect(copy()).toMatchObject({ outstanding: false });
    // A Home Office decision is never held back by it.
    expect(w.blockingActions('rgPositive')).toEqual([]);
  });

  it('000-7: the TSA pre-RG housing assessment applies only to a destitute PV with NRPF and no other duty', () => {
    const w = toNrmSubmitted().set({ nrpf: true, noOtherHousingDuty: true, consentToNrmSupport: false });
    const item = () => w.checklist().find((i) => i.action === 'requestPreRgHousingAssessment')!;
    expect(item()).toMatchObject({ applies: null, missingFacts: ['destitute'] });
    w.set({ destitute: false });
    expect(item()).toMatchObject({ applies: false, outstanding: false });
    w.set({ destitute: true });
    expect(item()).toMatchObject({ applies: true, outstanding: true });
    w.set({ nrpf: false });
    expect(item()).toMatchObject({ applies: false });
    w.set({ nrpf: true }).record('requestPreRgHousingAssessment', { outcome: 'awaited' });
    expect(item()).toMatchObject({ outstanding: false });
  });

  it('000-8: with NRPF or below the thresholds, international duties are considered before the check-ups (step 11)', () => {
    const w = toExplainNrm().set({ ...ADULT, consentToNrm: false, consentToShareDetails: false, dtnAnonymised: true });
    w.take('submitDutyToNotify').take('reviewAfterDtn').expectStep('secondAssessment');
    expect(w.refuse('beginCheckUps', 'MISSING_FACTS')).toMatchObject({ facts: ['nrpf', 'belowSupportThreshold'] });
    w.set({ nrpf: false, belowSupportThreshold: true });
    expect(w.blockingActions('beginCheckUps')).toEqual(['considerInternationalDuties']);
    w.refuse('beginCheckUps', 'ACTION_REQUIRED');
    w.record('considerInternationalDuties', { conclusion: 'Referred for advice.', nonStatutoryReferral: true });
    // The DtN route has no step 8, so no care plan is asked for (000-19).
    w.take('beginCheckUps');
  });

  it('000-8: a PV with recourse to public funds who meets the thresholds needs no such check', () => {
    const w = toExplainNrm().set({ ...ADULT, consentToNrm: false, consentToShareDetails: false, dtnAnonymised: true });
    w.takeAll('submitDutyToNotify', 'reviewAfterDtn').set({ nrpf: false, belowSupportThreshold: false });
    expect(w.blockingActions('beginCheckUps')).toEqual([]);
    w.take('beginCheckUps');
  });

  it('000-15: a PV who remains in the borough has a care plan before the check-ups; rehoused out of borough, an exit plan is asked for', () => {
    const w = toNrmSubmitted().set({ remainsInBorough: true, nrpf: false, belowSupportThreshold: false });
    expect(w.checklist().find((i) => i.action === 'developCarePlan')).toMatchObject({
      applies: true,
      outstanding: true,
    });
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-06-24' }).take('rgPositive');
    // Rehoused outside the borough: the follow-up waits for the exit plan request (step 9).
    w.take('rehousedOutOfBorough');
    expect(w.blockingActions('advocateFollowUp')).toEqual(['askNewLaForExitPlan']);
    w.refuse('advocateFollowUp', 'ACTION_REQUIRED');
    w.record('askNewLaForExitPlan', { localAuthority: 'Safe house LA', documentsSent: true });
    w.take('advocateFollowUp');
    w.set({ cgOutcome: 'positive', cgDecisionDate: '2026-08-25', foreignNationalWithoutLeave: false });
    w.takeAll('cgPositive', 'assessRecoveryNeeds');
    expect(w.blockingActions('beginCheckUps')).toEqual(['developCarePlan']);
    w.record('developCarePlan', { forum: 'marac' }).take('beginCheckUps');
  });

  it('000-17: six months of check-ups without the check-ups themselves do not close the case (step 12)', () => {
    const w = toExplainNrm().set({ ...ADULT, consentToNrm: false, consentToShareDetails: false, dtnAnonymised: true });
    w.takeAll('submitDutyToNotify', 'reviewAfterDtn').set({ nrpf: false, belowSupportThreshold: false });
    w.at('2026-07-01T09:00:00Z').take('beginCheckUps');
    w.at('2027-01-05T09:00:00Z');
    expect(w.refuse('closeCase', 'GUARD_FAILED')).toMatchObject({
      guards: [{ guard: 'at least 3 two-monthly check-ups have been held' }],
    });
    w.take('recordCheckUp').take('recordCheckUp');
    w.refuse('closeCase', 'GUARD_FAILED');
    w.take('recordCheckUp').take('closeCase').expectStep('closed');
  });

  it('000-17: the frozen version 2 still closes on six months alone (a running track keeps its rules)', () => {
    const v2 = getPathway('council-adult-referral', 2)!;
    expect(v2.transitions.find((t) => t.name === 'closeCase')!.guards).toHaveLength(1);
    expect(council.version).toBe(3);
    expect(council.transitions.find((t) => t.name === 'closeCase')!.guards).toHaveLength(2);
  });
});

describe('000 version 1 tracks after capacity became per decision', () => {
  /** A version-1 track at "explain the NRM" for an adult whose capacity is in doubt and who consents. */
  function v1AtExplainNrm(): Walk {
    const v1 = getPathway('council-adult-referral', 1)!;
    const w = new Walk(v1, '2026-06-10T09:00:00Z').set({
      immediateThreat: false,
      concernsInWriting: true,
      stillTargeted: true,
      housed: false,
      hasIncomeFoodAndClothes: false,
      immediateRisk: true,
      ageStatus: 'adult',
      capacityInDoubt: true,
      consentToNrm: true,
    });
    w.takeAll('startCrisisAssessment', 'contactSpoc', 'handOverToSpoc', 'recordUrgentAssessment', 'moveToNrmStage');
    return w.expectStep('explainNrm');
  }

  it('reads capacityConsidered from the capacity assessment for the NRM-consent decision', () => {
    const w = v1AtExplainNrm();
    // Nothing writes capacityConsidered any more: without the derivation this track is stuck.
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({ facts: ['capacityConsidered'] });
    // An assessment for another decision says nothing about this one.
    w.set({ shareDetailsCapacity: 'hasCapacity' }).refuse('submitNrmReferral', 'MISSING_FACTS');
    w.set({ nrmConsentCapacity: 'lacksCapacity' });
    expect(w.refuse('submitNrmReferral', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.nrmConsent }] });
    w.set({ nrmConsentCapacity: 'hasCapacity' }).take('submitNrmReferral').expectStep('nrmSubmitted');
  });

  it('the current version does not declare the fact and is unaffected', () => {
    expect(council.facts.some((f) => f.name === 'capacityConsidered')).toBe(false);
  });
});
