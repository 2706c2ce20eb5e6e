import { describe, expect, it } from 'vitest';
import type { Actor } from '../definition/schema';
import { actors, Walk } from '../testing/walk';
import { hertfordshireChild as herts } from './hertfordshire-child';

const ukvi: Actor = { roles: ['CASEWORKER'], organisation: { isFirstResponder: true, kind: 'GOVERNMENT' } };
const grounds = { newInformationAvailable: true, concernsAboutDecision: true };
/** What a reconsideration request contains (8.9), recorded before it is made. */
const contents = { relevantEvents: true, guidanceMisapplied: true, additionalIndicators: true, youngPersonViews: true };

/** Identified at 16:00 BST on 5 May 2026, up to the multi-agency meeting. */
function toMeeting(facts: Record<string, string | boolean> = { ageStatus: 'child' }): Walk {
  const w = new Walk(herts, '2026-05-05T15:00:00Z').set({ ...facts, immediateDanger: true });
  w.expectClock('notifyChildrensServices', { dueAt: '2026-05-06T15:00:00.000Z' });
  w.refuse('notifyChildrensServices', 'GUARD_FAILED');
  w.take('call999').after({ hours: 2 }).take('notifyChildrensServices', actors.partner);
  w.expectClock('notifyChildrensServices', { status: 'met' }).expectClock('outcomeOfContact', {
    dueAt: '2026-05-06T17:00:00.000Z',
  });
  w.refuse('recordContactOutcome', 'GUARD_FAILED');
  w.take('recordReference').record('ensureMultiAgencyReferral').after({ hours: 30 }).take('recordContactOutcome');
  w.expectClock('outcomeOfContact', { status: 'metLate', overdueByMs: 6 * 3_600_000 });
  w.set({ carersPresentAtInterview: false, interpreter: 'professional' }).take('recordInterview');
  return w.take('scheduleMultiAgencyMeeting').expectStep('multiAgencyMeeting');
}

describe('003 Hertfordshire child: walk-throughs', () => {
  it('meeting agrees NRM: council submits without consent, Beacon with consent, +ve RG, +ve CG, next steps', () => {
    const w = toMeeting().set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: true });
    w.take('agreeNrmSubmission').take('submitNrmReferral').expectStep('nrmSubmitted');
    w.set({ beaconConsent: true, beaconConsentGivenBy: 'child', benefitsFromAdditionalSupport: true }).take(
      'referToBeacon',
    );
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-05-20' })
      .take('rgPositive')
      .expectNoClock('recoveryAndReflection');
    w.set({ cgOutcome: 'positive', cgDecisionDate: '2026-09-01' })
      .take('cgPositive')
      .take('planNextSteps')
      .expectStep('nextSteps');
    expect(w.enabled()).toEqual([]);
  });

  it('practitioners disagree: escalation, NRM by police, -ve RG, reconsideration reversed, -ve CG, refusal', () => {
    const w = toMeeting().set({ nrmMeetingDecision: 'disagreement' });
    w.take('escalateDisagreement').expectStep('escalation');
    w.set({ escalationOutcome: 'submit', leadFirstResponderAgreed: true }).take('escalationResolvedSubmit');
    w.take('submitNrmReferral', actors.police);
    w.at('2026-06-01T09:00:00Z').set({ rgOutcome: 'negative', rgDecisionDate: '2026-05-29' }).take('rgNegative');
    w.expectClock('rgReconsiderationWindow', { dueDate: '2026-06-28' });
    // Both are missing: the grounds (facts) and what the request contains (8.9, the checklist).
    const blocked = w.refuse('requestRgReconsideration', 'ACTION_REQUIRED');
    expect('reasons' in blocked && blocked.reasons.map((r) => r.code).sort()).toEqual([
      'ACTION_REQUIRED',
      'MISSING_FACTS',
    ]);
    // Any organisation may ask, a non-First Responder charity included (8.9).
    w.set(grounds).record('prepareRgReconsideration', contents, actors.partner);
    w.take('requestRgReconsideration', actors.partner);
    w.set({ rgReconsiderationOutcome: 'reversed' }).take('rgDecisionReversed').expectStep('recoveryPeriod');
    w.at('2026-08-03T09:00:00Z').set({ cgOutcome: 'negative', cgDecisionDate: '2026-08-01' }).take('cgNegative');
    w.record('prepareCgReconsideration', contents, actors.partner)
      .take('requestCgReconsideration', actors.partner)
      .set({ cgReconsiderationOutcome: 'upheld' })
      .take('cgDecisionUpheld');
    w.take('acceptRefusal').expectStep('nextSteps');
  });

  it('meeting or escalation agrees no NRM: next steps', () => {
    toMeeting().set({ nrmMeetingDecision: 'doNotSubmit' }).take('agreeNoNrm').expectStep('nextSteps');
    const w = toMeeting().set({ nrmMeetingDecision: 'disagreement' }).take('escalateDisagreement');
    w.set({ escalationOutcome: 'doNotSubmit' }).take('escalationResolvedNoNrm').expectStep('nextSteps');
  });

  it('-ve RG without grounds to reconsider: next steps', () => {
    const w = toMeeting()
      .set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: true })
      .takeAll('agreeNrmSubmission', 'submitNrmReferral');
    w.set({
      rgOutcome: 'negative',
      rgDecisionDate: '2026-05-29',
      newInformationAvailable: false,
      concernsAboutDecision: true,
    });
    w.take('rgNegative').refuse('requestRgReconsideration', 'GUARD_FAILED');
    w.take('rgAlternativeSupport').expectStep('nextSteps');
  });

  it('presumption of age: uncertain age with reason to believe a child is referred without consent, without waiting for an age assessment', () => {
    const w = toMeeting({ ageStatus: 'uncertain', reasonToBelieveChild: true }).set({
      nrmMeetingDecision: 'submit',
      leadFirstResponderAgreed: true,
    });
    w.take('agreeNrmSubmission').take('submitNrmReferral').expectStep('nrmSubmitted');
  });

  it('an age assessment finding an adult leaves the child pathway', () => {
    const w = toMeeting({ ageStatus: 'uncertain', reasonToBelieveChild: true });
    w.refuse('recordAgeAssessment', 'MISSING_FACTS');
    w.set({ ageAssessmentOutcome: 'adult' })
      .take('recordAgeAssessment')
      .take('ageAssessedAdult')
      .expectStep('adultServices');
  });

  it('UKVI confirms its referral in writing within 48 hours; the first 72 hours in care are flagged', () => {
    const w = new Walk(herts, '2026-05-05T15:00:00Z').set({
      ageStatus: 'child',
      immediateDanger: false,
      missingContingencyPlan: true,
    });
    w.refuse('recordUkviReferral', 'NOT_PERMITTED', actors.frCharity);
    w.take('recordUkviReferral', ukvi).expectClock('ukviWrittenConfirmation', { dueAt: '2026-05-07T15:00:00.000Z' });
    w.take('notifyChildrensServices')
      .take('recordPlacedInCare')
      .expectClock('missingRiskWindow', { dueAt: '2026-05-08T15:00:00.000Z', status: 'running' });
    w.after({ hours: 49 }).expectClock('ukviWrittenConfirmation', { status: 'overdue', overdueByMs: 3_600_000 });
    w.take('confirmUkviReferralInWriting', ukvi).expectClock('ukviWrittenConfirmation', { status: 'metLate' });
    w.after({ hours: 24 }).expectClock('missingRiskWindow', { status: 'elapsed', overdueByMs: 0 });
  });
});

describe('003 hard rules', () => {
  const agreed = () =>
    toMeeting().set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: true }).take('agreeNrmSubmission');

  it('only a council or police First Responder submits the NRM locally', () => {
    const w = agreed();
    expect(w.refuse('submitNrmReferral', 'NOT_PERMITTED', actors.frCharity)).toMatchObject({
      organisationKinds: ['COUNCIL', 'POLICE'],
    });
    w.refuse('submitNrmReferral', 'NOT_PERMITTED', {
      roles: ['CASEWORKER'],
      organisation: { isFirstResponder: false, kind: 'COUNCIL' },
    });
  });

  it('the meeting must agree the NRM and the lead First Responder before submission', () => {
    const w = toMeeting().set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: false });
    w.refuse('agreeNrmSubmission', 'GUARD_FAILED');
    w.refuse('submitNrmReferral', 'INVALID_TRANSITION');
  });

  it('Beacon only with the consent of the child or guardian', () => {
    const w = agreed().take('submitNrmReferral').set({ beaconConsent: false, benefitsFromAdditionalSupport: true });
    w.refuse('referToBeacon', 'GUARD_FAILED');
  });

  it("Beacon: who consented is recorded; a suspected guardian's consent does not count (8.3, HMSP box, 003-3)", () => {
    const w = agreed().take('submitNrmReferral').set({ beaconConsent: true, benefitsFromAdditionalSupport: true });
    expect(w.refuse('referToBeacon', 'MISSING_FACTS')).toMatchObject({ facts: ['beaconConsentGivenBy'] });
    w.set({ beaconConsentGivenBy: 'guardian', familyOrCarerSuspected: true });
    expect(w.refuse('referToBeacon', 'GUARD_FAILED')).toMatchObject({
      guards: [expect.objectContaining({ rule: 'beacon-consent' })],
    });
    w.set({ beaconConsentGivenBy: 'child' }).take('referToBeacon');
  });

  it('never interview with carers present or through a family or accompanying interpreter', () => {
    const w = new Walk(herts, '2026-05-05T15:00:00Z').set({ ageStatus: 'child', immediateDanger: false });
    w.takeAll('notifyChildrensServices', 'recordReference', 'recordContactOutcome');
    w.set({ carersPresentAtInterview: false, interpreter: 'familyOrAccompanyingAdult' }).refuse(
      'recordInterview',
      'GUARD_FAILED',
    );
    w.set({ carersPresentAtInterview: true, interpreter: 'notNeeded' }).refuse('recordInterview', 'GUARD_FAILED');
  });

  it('an adult (after age assessment) still needs consent for the NRM', () => {
    const w = agreed().set({ ageAssessmentOutcome: 'adult', consentToNrm: false, capacityInDoubt: false });
    w.refuse('submitNrmReferral', 'GUARD_FAILED');
  });

  it('003 8.9 sets no time limit: after 30 days from the decision date the request is late, not refused', () => {
    const w = agreed()
      .take('submitNrmReferral')
      .set({ rgOutcome: 'negative', rgDecisionDate: '2026-05-29', ...grounds })
      .take('rgNegative');
    w.at('2026-06-29T00:30:00+01:00').expectClock('rgReconsiderationWindow', { status: 'overdue' });
    w.record('prepareRgReconsideration', contents)
      .take('requestRgReconsideration')
      .expectClock('rgReconsiderationWindow', { status: 'metLate' });
  });
});
