// Issue 17 on Hertfordshire (003): the review's MISSING / WEAK items encoded as transitions,
// facts, guards, clocks and step actions, each walked through.
import { describe, expect, it } from 'vitest';
import type { Actor, FactValue } from '../definition/schema';
import { recordAction } from '../engine/actions';
import { actors, Walk } from '../testing/walk';
import { hertfordshireChild as herts } from './hertfordshire-child';
import { getPathway } from './index';

const child = () => new Walk(herts, '2026-05-05T15:00:00Z').set({ ageStatus: 'child', immediateDanger: false });

describe('003-14: a child who goes missing', () => {
  it('is reported to the police urgently: the clock runs from the missing report and escalates to the lead', () => {
    const w = child().take('notifyChildrensServices');
    w.refuse('reportMissingToPolice', 'GUARD_FAILED');
    w.take('recordMissing').expectClock('missingPoliceReport', {
      dueAt: '2026-05-05T16:00:00.000Z',
      status: 'running',
    });
    w.after({ minutes: 90 }).expectClock('missingPoliceReport', { status: 'overdue', overdueByMs: 1_800_000 });
    expect(herts.clocks.find((c) => c.id === 'missingPoliceReport')!.onOverdue).toMatchObject({
      action: 'escalate',
      to: { role: 'LEAD' },
    });
    w.take('reportMissingToPolice').expectClock('missingPoliceReport', { status: 'metLate' });
    w.take('recordReturned').expectStep('awaitingOutcome');
  });

  it('a placement in care is recorded with the contingency plan for going missing', () => {
    const w = child().take('notifyChildrensServices');
    w.refuse('recordPlacedInCare', 'MISSING_FACTS');
    w.set({ missingContingencyPlan: false }).refuse('recordPlacedInCare', 'GUARD_FAILED');
    w.set({ missingContingencyPlan: true }).take('recordPlacedInCare');
    w.expectClock('missingRiskWindow', { status: 'running' });
  });
});

describe('003-15 and 003-25: who may record', () => {
  it("003-15: the council records UKVI's referral and its written confirmation", () => {
    const w = child();
    w.take('recordUkviReferral', actors.frCaseworker).expectClock('ukviWrittenConfirmation', { status: 'running' });
    w.take('confirmUkviReferralInWriting', actors.frCaseworker).expectClock('ukviWrittenConfirmation', {
      status: 'met',
    });
  });

  it('003-25: any agency completes the offline NRM form; only a First Responder submits the NRM', () => {
    const w = child();
    w.take('completeOfflineNrmForm', actors.partner).expectStep('identified');
    expect(herts.transitions.find((t) => t.name === 'submitNrmReferral')!.allow.firstResponderOnly).toBe(true);
    expect(herts.steps.find((s) => s.id === 'nrmToSubmit')!.resources).toContain('nrm-offline-form');
  });
});

/** Notified, HCC's outcome in, a First Responder made sure of the hub referral: at the strategy discussion. */
const atStrategy = () =>
  child()
    .take('notifyChildrensServices')
    .take('recordReference')
    .record('ensureMultiAgencyReferral')
    .take('recordContactOutcome');

/** The meeting agreed the NRM: at nrmToSubmit. */
const atSubmission = () =>
  atStrategy()
    .take('scheduleMultiAgencyMeeting')
    .set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: true })
    .take('agreeNrmSubmission');

const ids = (w: Walk, filter: (i: ReturnType<Walk['checklist']>[number]) => boolean = () => true) =>
  w
    .checklist()
    .filter(filter)
    .map((i) => i.action);

const refusal = (w: Walk, action: string, values: Record<string, FactValue> = {}, actor: Actor = w.actor) => {
  const before = JSON.stringify(w.track);
  const result = recordAction(herts, w.track, action, values, actor, w.now, undefined, w.facts);
  expect(JSON.stringify(w.track)).toBe(before);
  if (result.ok) throw new Error(`${action} should have been refused`);
  return result.error;
};

describe('003-19: the immediate actions (6.4) are a checklist', () => {
  it('shown on identification, outstanding until recorded, never holding back the call to children’s services', () => {
    const w = child();
    expect(ids(w)).toEqual([
      'meetUrgentHealthNeeds',
      'arrangeSafeAccommodation',
      'facilitateEarlyLegalAdvice',
      'arrangeInterpreter',
      'seekHelplineAdvice',
      'notifyDesignatedLead',
    ]);
    // "if applicable": the designated lead is optional; the interpreter waits for "non-UK case?".
    expect(ids(w, (i) => !i.outstanding)).toEqual(['notifyDesignatedLead']);
    expect(w.checklist().find((i) => i.action === 'arrangeInterpreter')).toMatchObject({
      applies: null,
      missingFacts: ['nonUkCase'],
    });
    expect(w.blockingActions('notifyChildrensServices')).toEqual([]);
    w.take('notifyChildrensServices');
    // Still on the checklist while waiting for HCC's outcome.
    expect(refusal(w, 'meetUrgentHealthNeeds', { outcome: 'fine' })).toMatchObject({ code: 'INVALID_VALUES' });
    w.record('meetUrgentHealthNeeds', { outcome: 'emergencyTreatmentArranged' })
      .record('arrangeSafeAccommodation', { arrangement: 'safeAccommodationArranged' })
      .record('facilitateEarlyLegalAdvice', { adviser: 'a trafficking solicitor' })
      .record('seekHelplineAdvice');
    const immediate = (i: ReturnType<Walk['checklist']>[number]) => i.outstanding && i.step === 'identified';
    w.set({ nonUkCase: false });
    expect(ids(w, immediate)).toEqual([]);
    w.set({ nonUkCase: true });
    expect(ids(w, immediate)).toEqual(['arrangeInterpreter']);
    expect(refusal(w, 'arrangeInterpreter', { genderChoiceOffered: true })).toMatchObject({
      code: 'INVALID_VALUES',
      fields: [{ field: 'dialectMatched' }],
    });
    w.record('arrangeInterpreter', { genderChoiceOffered: true, dialectMatched: true });
    expect(ids(w, immediate)).toEqual([]);
  });
});

describe('003-10: a referrer who is not a First Responder', () => {
  it('takes HCC’s direction and hands the offline NRM form to a First Responder, who makes sure of the hub referral before the meeting', () => {
    const w = child().take('notifyChildrensServices', actors.partner);
    const forPartner = w.checklist(actors.partner);
    expect(forPartner.find((i) => i.action === 'ensureMultiAgencyReferral')).toMatchObject({
      required: true,
      canRecord: false,
      blocks: ['scheduleMultiAgencyMeeting'],
    });
    expect(forPartner.find((i) => i.action === 'takeDirectionFromHcc')).toMatchObject({ canRecord: true });
    // Locally only the council and the police are First Responders (8.2): a First Responder charity is not.
    expect(refusal(w, 'ensureMultiAgencyReferral', {}, actors.partner)).toMatchObject({ code: 'NOT_PERMITTED' });
    expect(refusal(w, 'ensureMultiAgencyReferral', {}, actors.frCharity)).toMatchObject({ code: 'NOT_PERMITTED' });
    w.record('takeDirectionFromHcc', { invitedToMeeting: true }, actors.partner);
    // The offline form first (003-25), then to whom it went.
    expect(
      refusal(w, 'passOfflineNrmFormToFirstResponder', { firstResponder: 'hertfordshirePolice' }, actors.partner),
    ).toMatchObject({ code: 'GUARD_FAILED', guards: [{ guard: 'the offline NRM form is completed first' }] });
    w.take('completeOfflineNrmForm', actors.partner).record(
      'passOfflineNrmFormToFirstResponder',
      { firstResponder: 'hccChildrensSafeguarding' },
      actors.partner,
    );
    // HCC takes it on: the meeting waits for the First Responder's referral to the hub, named.
    w.take('recordReference').take('recordContactOutcome').expectStep('strategyDiscussion');
    expect(w.blockingActions('scheduleMultiAgencyMeeting')).toEqual(['ensureMultiAgencyReferral']);
    w.record('ensureMultiAgencyReferral', {}, actors.police).take('scheduleMultiAgencyMeeting');
    w.set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: true }).take('agreeNrmSubmission');
    w.refuse('submitNrmReferral', 'NOT_PERMITTED', actors.partner);
    w.take('submitNrmReferral').expectStep('nrmSubmitted');
  });

  it('a track that started on version 2 keeps its rules: no hub referral asked before the meeting', () => {
    const v2 = getPathway('hertfordshire-child', 2)!;
    const w = new Walk(v2, '2026-05-05T15:00:00Z').set({ ageStatus: 'child', immediateDanger: false });
    w.takeAll('notifyChildrensServices', 'recordReference', 'recordContactOutcome', 'scheduleMultiAgencyMeeting');
    expect(w.checklist()).toEqual([]);
    expect(herts.version).toBe(3);
  });
});

describe('003-17: the Independent Visitor (7.4)', () => {
  it('is offered, and the reasons are recorded when the child declines', () => {
    const w = atStrategy();
    expect(w.checklist().find((i) => i.action === 'offerIndependentVisitor')).toMatchObject({
      required: true,
      outstanding: true,
    });
    expect(refusal(w, 'offerIndependentVisitor', { response: 'declined' })).toMatchObject({
      code: 'INVALID_VALUES',
      fields: [{ field: 'declineReasons' }],
    });
    expect(refusal(w, 'offerIndependentVisitor', { response: 'accepted' }, actors.partner)).toMatchObject({
      code: 'NOT_PERMITTED',
    });
    w.record('offerIndependentVisitor', { response: 'declined', declineReasons: 'wants time to settle first' });
    expect(w.checklist().find((i) => i.action === 'offerIndependentVisitor')).toMatchObject({
      outstanding: false,
      done: [{ values: { response: 'declined', declineReasons: 'wants time to settle first' } }],
    });
  });
});

describe('003-18: legal advice (6.9, 6.10, 7.5)', () => {
  it('a child from abroad with an immigration issue is referred to a regulated adviser; a linked offence brings the statutory defence', () => {
    const w = atStrategy();
    const item = (id: string) => w.checklist().find((i) => i.action === id)!;
    w.set({ nonUkCase: true, immigrationIssues: false, criminalProceedingsLinked: false });
    expect([item('referToImmigrationAdviser').applies, item('adviseStatutoryDefence').applies]).toEqual([false, false]);
    expect(item('facilitateEarlyLegalAdvice')).toMatchObject({ outstanding: true, step: 'identified' });
    w.set({ immigrationIssues: true, criminalProceedingsLinked: true });
    expect([item('referToImmigrationAdviser').outstanding, item('adviseStatutoryDefence').outstanding]).toEqual([
      true,
      true,
    ]);
    expect(refusal(w, 'referToImmigrationAdviser', { regulatedBy: 'a friend', adviser: 'x' })).toMatchObject({
      code: 'INVALID_VALUES',
      fields: [{ field: 'regulatedBy' }],
    });
    w.record('referToImmigrationAdviser', { regulatedBy: 'OISC', adviser: 'a regulated adviser' });
    // Still to do after the meeting, when the prosecution is known.
    w.take('scheduleMultiAgencyMeeting').record('adviseStatutoryDefence', {
      childAdvised: true,
      legalRepresentativeAdvised: true,
    });
    expect([item('referToImmigrationAdviser').outstanding, item('adviseStatutoryDefence').outstanding]).toEqual([
      false,
      false,
    ]);
  });
});

describe('003-20: telling the child and guardian about the NRM and its outcome (8.3)', () => {
  it('the child is told before the referral (never holding it back); a guardian only while family or carers are not suspected', () => {
    const w = atSubmission();
    expect(w.checklist().find((i) => i.action === 'explainNrmToChild')).toMatchObject({ outstanding: true });
    expect(w.blockingActions('submitNrmReferral')).toEqual([]);
    w.record('explainNrmToChild').record('explainNrmToGuardian');
    w.set({ familyOrCarerSuspected: true });
    expect(w.checklist().find((i) => i.action === 'explainNrmToGuardian')).toMatchObject({
      applies: false,
      canRecord: false,
    });
    expect(refusal(w, 'explainNrmToGuardian')).toMatchObject({
      code: 'GUARD_FAILED',
      guards: [{ rule: 'family-or-carer-suspected' }],
      section: '003 7.4; 8.11 HMSP pathway box',
    });
    w.take('submitNrmReferral').set({ rgOutcome: 'positive', rgDecisionDate: '2026-05-20' }).take('rgPositive');
    expect(w.checklist().find((i) => i.action === 'tellNrmOutcomeToChild')).toMatchObject({ outstanding: true });
    expect(refusal(w, 'tellNrmOutcomeToGuardian', { decision: 'reasonableGrounds' })).toMatchObject({
      code: 'GUARD_FAILED',
    });
    w.record('tellNrmOutcomeToChild', { decision: 'reasonableGrounds' });
    w.set({ cgOutcome: 'negative', cgDecisionDate: '2026-09-01' }).take('cgNegative');
    w.record('tellNrmOutcomeToChild', { decision: 'conclusiveGrounds' });
    expect(w.checklist().find((i) => i.action === 'tellNrmOutcomeToChild')!.done).toHaveLength(2);
  });
});

describe('003-22: the police investigate (8.10)', () => {
  it('after the referral the crime is reported to Operation Tropic; the decision is never held back', () => {
    const w = atSubmission().take('submitNrmReferral');
    expect(herts.steps.find((s) => s.id === 'nrmSubmitted')!.contacts).toContain('herts-police-operation-tropic');
    expect(w.checklist().find((i) => i.action === 'reportCrimeToPolice')).toMatchObject({ outstanding: true });
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-05-20' });
    expect(w.blockingActions('rgPositive')).toEqual([]);
    w.take('rgPositive');
    // Still to do after the decision.
    w.record('reportCrimeToPolice', { reportedTo: 'operationTropic' });
    expect(w.checklist().find((i) => i.action === 'reportCrimeToPolice')).toMatchObject({ outstanding: false });
  });
});

describe('003-28: what a reconsideration request contains (8.9)', () => {
  it('the checklist comes before the request, named in the block; each decision needs its own', () => {
    const grounds = { newInformationAvailable: true, concernsAboutDecision: true };
    const w = atSubmission()
      .take('submitNrmReferral')
      .set({ rgOutcome: 'negative', rgDecisionDate: '2026-05-29', ...grounds })
      .take('rgNegative');
    expect(w.blockingActions('requestRgReconsideration')).toEqual(['prepareRgReconsideration']);
    expect(w.refuse('requestRgReconsideration', 'ACTION_REQUIRED', actors.partner)).toMatchObject({
      action: 'prepareRgReconsideration',
    });
    expect(refusal(w, 'prepareRgReconsideration', { relevantEvents: true })).toMatchObject({
      code: 'INVALID_VALUES',
    });
    const contents = {
      relevantEvents: true,
      guidanceMisapplied: true,
      additionalIndicators: true,
      youngPersonViews: false,
    };
    w.record('prepareRgReconsideration', contents, actors.partner).take('requestRgReconsideration', actors.partner);
    w.set({ rgReconsiderationOutcome: 'reversed' }).take('rgDecisionReversed');
    w.set({ cgOutcome: 'negative', cgDecisionDate: '2026-09-01' }).take('cgNegative');
    expect(w.blockingActions('requestCgReconsideration')).toEqual(['prepareCgReconsideration']);
  });
});

describe("003-8: the meeting's other decisions (6.8)", () => {
  it('the plan is recorded after the meeting: child protection, the household, immigration advice and the powers considered; the NRM never waits for it', () => {
    const w = atStrategy().take('scheduleMultiAgencyMeeting');
    expect(w.checklist().find((i) => i.action === 'recordMeetingPlan')).toMatchObject({
      required: true,
      outstanding: true,
    });
    w.set({ nrmMeetingDecision: 'submit', leadFirstResponderAgreed: true });
    expect(w.blockingActions('agreeNrmSubmission')).toEqual([]);
    w.take('agreeNrmSubmission');
    // Still recordable once the meeting has moved the track on.
    expect(refusal(w, 'recordMeetingPlan', { childProtectionConference: true })).toMatchObject({
      code: 'INVALID_VALUES',
    });
    expect(
      refusal(
        w,
        'recordMeetingPlan',
        { childProtectionConference: true, childProtectionPlan: true, household: 'toBeMoved', powersConsidered: 'x' },
        actors.partner,
      ),
    ).toMatchObject({ code: 'NOT_PERMITTED' });
    w.record('recordMeetingPlan', {
      childProtectionConference: true,
      childProtectionPlan: true,
      household: 'toBeMoved',
      immigrationAdviceSought: true,
      powersConsidered: 'Child Abduction Warning Notice agreed with the police',
    });
    expect(w.checklist().find((i) => i.action === 'recordMeetingPlan')).toMatchObject({ outstanding: false });
  });
});
