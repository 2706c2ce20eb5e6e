// Coventry's tracks with clocks (During-NRM, Post-NRM, Transition to
// Adulthood) and the Coventry-specific rules.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../definition/hard-rules';
import { actors, Walk } from '../../testing/walk';
import { applyTransition } from '../../engine/transitions';
import {
  coventryDuringNrm as during,
  coventryHousing as housing,
  coventryInitialIdentification as iis,
  coventryPostNrm as post,
  coventryPreNrm as pre,
  coventryTransitionToAdulthood as tta,
} from './index';

describe('002 During-NRM', () => {
  it('destitute: Salvation Army, RG expected within 14 days, +ve RG, support, 30-day minimum, CG to Post-NRM', () => {
    const w = new Walk(during, '2026-01-05T10:00:00Z').set({ destitute: true });
    w.expectClock('rgExpected', { dueDate: '2026-01-19', status: 'running' });
    w.take('referToSalvationArmy', actors.partner)
      .at('2026-01-21T10:00:00Z')
      .expectClock('rgExpected', { status: 'overdue' });
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-01-20' })
      .take('rgPositive')
      .expectClock('rgExpected', { status: 'metLate' });
    w.expectClock('minimumSupportPeriod', { dueDate: '2026-02-20' });
    w.set({ wantsNrmSupport: true }).take('referForSupport').expectStep('awaitingCg');
    w.refuse('recordCgDecision', 'MISSING_FACTS');
    w.set({ cgOutcome: 'negative', cgDecisionDate: '2026-04-01' }).take('recordCgDecision').expectStep('cgDecided');
    expect(during.steps.find((s) => s.id === 'cgDecided')?.handOff).toBe('coventry-post-nrm');
  });

  it('one fact per question (002-7): wanting support at identification does not answer the NRM support question', () => {
    const w = new Walk(during, '2026-01-05T10:00:00Z').set({
      destitute: false,
      rgOutcome: 'positive',
      rgDecisionDate: '2026-01-12',
      wantsSupport: true,
    });
    w.takeAll('awaitRg', 'rgPositive');
    expect(w.refuse('referForSupport', 'MISSING_FACTS')).toMatchObject({ facts: ['wantsNrmSupport'] });
    expect(tta.facts.map((f) => f.name)).toContain('wantsAdultNrmSupport');
    expect(tta.facts.map((f) => f.name)).not.toContain('wantsSupport');
  });

  it('not destitute, +ve RG, no support wanted', () => {
    const w = new Walk(during, '2026-01-05T10:00:00Z').set({
      destitute: false,
      rgOutcome: 'positive',
      rgDecisionDate: '2026-01-12',
      wantsNrmSupport: false,
    });
    w.takeAll('awaitRg', 'rgPositive', 'awaitCg').expectStep('awaitingCg');
  });

  it('-ve RG with new evidence: Modern Slavery Lead first, reconsideration within 30 days, reversed', () => {
    const w = new Walk(during, '2026-01-05T10:00:00Z').set({
      destitute: false,
      rgOutcome: 'negative',
      rgDecisionDate: '2026-01-15',
      groundsForReconsideration: true,
    });
    w.take('awaitRg')
      .at('2026-01-16T09:00:00Z')
      .take('rgNegative')
      .expectClock('rgReconsiderationWindow', { dueDate: '2026-02-14' });
    w.refuse('requestRgReconsideration', 'GUARD_FAILED');
    w.take('contactModernSlaveryLeadRg', actors.partner).take('requestRgReconsideration', actors.partner);
    w.set({ rgReconsiderationOutcome: 'reversed' }).take('rgDecisionReversed').expectStep('positiveRg');
  });

  it('-ve RG: reconsideration upheld, or no grounds: alternative support', () => {
    const a = new Walk(during, '2026-01-05T10:00:00Z').set({
      destitute: false,
      rgOutcome: 'negative',
      rgDecisionDate: '2026-01-15',
      groundsForReconsideration: true,
    });
    a.takeAll('awaitRg', 'rgNegative', 'contactModernSlaveryLeadRg', 'requestRgReconsideration')
      .set({ rgReconsiderationOutcome: 'upheld' })
      .take('rgDecisionUpheld')
      .expectStep('alternativeSupport');
    const b = new Walk(during, '2026-01-05T10:00:00Z').set({
      destitute: false,
      rgOutcome: 'negative',
      rgDecisionDate: '2026-01-15',
      groundsForReconsideration: false,
    });
    b.takeAll('awaitRg', 'rgNegative').refuse('requestRgReconsideration', 'GUARD_FAILED');
    b.take('rgAlternativeSupport').expectStep('alternativeSupport');
  });

  it('the reconsideration window closes 30 days after the decision date', () => {
    const w = new Walk(during, '2026-01-05T10:00:00Z').set({
      destitute: false,
      rgOutcome: 'negative',
      rgDecisionDate: '2026-01-15',
      groundsForReconsideration: true,
    });
    w.take('awaitRg')
      .at('2026-01-16T09:00:00Z')
      .takeAll('rgNegative', 'contactModernSlaveryLeadRg')
      .at('2026-02-15T00:00:00Z');
    expect(w.refuse('requestRgReconsideration', 'DEADLINE_PASSED')).toMatchObject({
      dueAt: '2026-02-14T23:59:59.999Z',
      extendable: true,
    });
    // 002 states the 30 days; an exceptional-circumstances extension (its reason kept by the API) lifts the block.
    const extended = applyTransition(during, w.track, 'requestRgReconsideration', w.facts, actors.frCaseworker, w.now, {
      exceptionalExtension: true,
    });
    expect(extended.ok).toBe(true);
  });
});

describe('002 Post-NRM', () => {
  const start = (facts: Record<string, string | boolean>) => new Walk(post, '2026-05-01T10:00:00Z').set(facts);

  it('+ve CG, foreign national: 45 days of move-on support without waiting for the leave consideration (002-17), exit', () => {
    const w = start({
      cgOutcome: 'positive',
      cgDecisionDate: '2026-04-29',
      foreignNationalWithoutLeave: true,
      receivingNrmSupport: true,
      outstandingSupportNeeds: false,
    });
    w.take('cgPositive').take('moveOn').expectClock('moveOnSupport', { dueDate: '2026-06-15', status: 'running' });
    // The Home Office's consideration is recorded when it comes, during move-on.
    w.take('considerLeaveToRemain').expectStep('moveOnSupport');
    w.at('2026-06-14T12:00:00Z').refuse('exitNrmSupport', 'GUARD_FAILED');
    w.at('2026-06-15T00:00:00+01:00').take('exitNrmSupport').expectStep('supportEnded');
    w.expectClock('moveOnSupport', { status: 'met', metBy: 'exitNrmSupport' });
  });

  it('+ve CG with outstanding needs: support continues, then asked to leave accommodation: Housing', () => {
    const w = start({
      cgOutcome: 'positive',
      cgDecisionDate: '2026-04-29',
      foreignNationalWithoutLeave: false,
      receivingNrmSupport: true,
      outstandingSupportNeeds: true,
      askedToLeaveAccommodation: true,
    });
    w.takeAll('cgPositive', 'continueSupport', 'referToHousing').expectStep('housingReferral');
    const c = start({
      cgOutcome: 'positive',
      cgDecisionDate: '2026-04-29',
      foreignNationalWithoutLeave: false,
      receivingNrmSupport: true,
      outstandingSupportNeeds: true,
    });
    c.takeAll('cgPositive', 'continueSupport', 'supportConcluded').expectStep('supportEnded');
  });

  it('+ve CG not receiving NRM support: Modern Slavery Lead', () => {
    start({
      cgOutcome: 'positive',
      cgDecisionDate: '2026-04-29',
      foreignNationalWithoutLeave: false,
      receivingNrmSupport: false,
    })
      .takeAll('cgPositive', 'notInNrmSupport')
      .expectStep('supportEnded');
  });

  it('-ve CG: reconsideration within 30 days of the CG decision, reversed; or alternative support', () => {
    const w = start({ cgOutcome: 'negative', cgDecisionDate: '2026-04-29', groundsForReconsideration: true }).take(
      'cgNegative',
    );
    w.expectClock('cgReconsiderationWindow', { dueDate: '2026-05-29' });
    w.takeAll('contactModernSlaveryLeadCg', 'requestCgReconsideration')
      .set({ cgReconsiderationOutcome: 'reversed' })
      .take('cgDecisionReversed')
      .expectStep('positiveCg');
    const u = start({ cgOutcome: 'negative', cgDecisionDate: '2026-04-29', groundsForReconsideration: true }).take(
      'cgNegative',
    );
    u.takeAll('contactModernSlaveryLeadCg', 'requestCgReconsideration')
      .set({ cgReconsiderationOutcome: 'upheld' })
      .take('cgDecisionUpheld')
      .expectStep('alternativeSupport');
    start({ cgOutcome: 'negative', cgDecisionDate: '2026-04-29' })
      .takeAll('cgNegative', 'cgAlternativeSupport')
      .expectStep('alternativeSupport');
  });
});

describe('002 Transition to Adulthood', () => {
  it('open to services, no NRM referral: referral before the 18th birthday, continues as an adult with Salvation Army support', () => {
    const w = new Walk(tta, '2026-02-01T10:00:00Z').set({
      openToChildrensServices: true,
      previouslyReferred: false,
      ageStatus: 'child',
    });
    w.take('openToServices').expectClock('nrmBeforeEighteen', { dueAt: null, status: 'unscheduled' });
    w.set({ eighteenthBirthday: '2026-07-20' }).expectClock('nrmBeforeEighteen', {
      dueDate: '2026-07-19',
      dueAt: '2026-07-19T22:59:59.999Z',
      status: 'running',
    });
    w.record('checkNrmForEarlierReferral').take('noExistingReferral').at('2026-07-10T09:00:00Z');
    // 002-31: Horizon is consulted before the decision.
    w.refuse('submitNrmReferral', 'GUARD_FAILED');
    w.take('consultHorizon').take('submitNrmReferral').expectClock('nrmBeforeEighteen', { status: 'met' });
    w.set({ continueInNrmAsAdult: true, nrmConsentFormCompleted: true, wantsAdultNrmSupport: true })
      .takeAll('continueInNrm', 'referToSalvationArmy')
      .expectStep('salvationArmyReferral');
  });

  it('after the 18th birthday the young person is an adult: the referral needs consent and the clock is overdue', () => {
    const w = new Walk(tta, '2026-02-01T10:00:00Z').set({
      openToChildrensServices: true,
      previouslyReferred: false,
      eighteenthBirthday: '2026-07-20',
    });
    w.take('openToServices')
      .record('checkNrmForEarlierReferral')
      .takeAll('noExistingReferral', 'consultHorizon')
      .at('2026-07-21T09:00:00Z')
      .set({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: false });
    w.expectClock('nrmBeforeEighteen', { status: 'overdue' });
    expect(w.refuse('submitNrmReferral', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.nrmConsent }] });
    w.record('recordWhyNoNrmReferral', { reason: 'declined as an adult' })
      .take('noReferralNeeded')
      .expectStep('noNrmReferral')
      .expectClock('nrmBeforeEighteen', { status: 'metLate' });
  });

  it('existing referral: the young person withdraws, or continues without support', () => {
    const w = new Walk(tta, '2026-02-01T10:00:00Z').set({
      openToChildrensServices: true,
      previouslyReferred: true,
      continueInNrmAsAdult: false,
      withdrawalFormSubmitted: true,
    });
    w.take('openToServices')
      .record('checkNrmForEarlierReferral')
      .takeAll('existingNrmReferral', 'withdrawFromNrm')
      .expectStep('withdrawn');
    const c = new Walk(tta, '2026-02-01T10:00:00Z').set({
      openToChildrensServices: true,
      previouslyReferred: true,
      continueInNrmAsAdult: true,
      nrmConsentFormCompleted: true,
      wantsAdultNrmSupport: false,
    });
    c.take('openToServices')
      .record('checkNrmForEarlierReferral')
      .takeAll('existingNrmReferral', 'continueInNrm', 'noSupportWanted')
      .expectStep('continuingWithoutSupport');
  });

  it('not open to services: contact attempts, then the Single Competent Authority', () => {
    const w = new Walk(tta, '2026-02-01T10:00:00Z').set({ openToChildrensServices: false, contactMade: false });
    w.take('notOpenToServices').refuse('notifySca', 'GUARD_FAILED');
    w.takeAll('enquireOtherAgencies', 'notifySca').expectStep('scaNotified').expectNoClock('nrmBeforeEighteen');
    const c = new Walk(tta, '2026-02-01T10:00:00Z').set({ openToChildrensServices: false, contactMade: true });
    c.takeAll('notOpenToServices', 'contactEstablished').expectStep('explainAdultNrm');
  });
});

describe('002 Coventry rules', () => {
  it('a Coventry Duty to Notify is always anonymous, even with consent to share details', () => {
    const w = new Walk(pre, '2026-03-02T09:00:00Z').set({
      ageStatus: 'adult',
      capacityInDoubt: false,
      consentToNrm: false,
      consentToShareDetails: true,
      dtnAnonymised: false,
    });
    w.take('consentRefused');
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({
      guards: [{ guard: "Coventry's Duty to Notify is anonymous: no name, personal details or specific locations" }],
    });
    w.set({ dtnAnonymised: true }).take('submitDutyToNotify').refuse('submitDutyToNotify', 'GUARD_FAILED');
  });

  it('a DtN needs a First Responder; the NRM referral too', () => {
    const w = new Walk(pre, '2026-03-02T09:00:00Z')
      .set({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: false, dtnAnonymised: true })
      .take('consentRefused');
    w.refuse('submitDutyToNotify', 'NOT_PERMITTED', actors.partner);
  });

  it('children are never sent down the adult route', () => {
    const w = new Walk(iis, '2026-03-02T09:00:00Z').set({
      immediateRiskOfSeriousHarm: false,
      childrenInvolved: false,
      ageStatus: 'uncertain',
      reasonToBelieveChild: true,
    });
    w.refuse('gatherInformation', 'GUARD_FAILED');
    w.set({ immediateRiskOfSeriousHarm: true }).refuse('contactMash', 'GUARD_FAILED');
  });

  it('capacity is considered before a support decision when in doubt', () => {
    const w = new Walk(iis, '2026-03-02T09:00:00Z').set({
      immediateRiskOfSeriousHarm: false,
      childrenInvolved: false,
      ageStatus: 'adult',
      concernSubject: 'victim',
      wantsSupport: false,
      capacityInDoubt: true,
    });
    w.takeAll('gatherInformation', 'reportToModernSlaveryLead', 'victimConcern');
    expect(w.refuse('declinesSupport', 'MISSING_FACTS')).toMatchObject({ facts: ['supportReferralCapacity'] });
    w.set({ supportReferralCapacity: 'hasCapacity' }).take('declinesSupport');
  });

  it('Hope at Home hosts only after a positive RG or CG', () => {
    const w = new Walk(housing, '2026-03-02T09:00:00Z').set({
      roughSleeping: false,
      nrpf: true,
      nrpfAccommodation: 'hopeAtHome',
      rgOutcome: 'negative',
      cgOutcome: 'negative',
    });
    w.takeAll('referToHousingServices', 'assessedNrpf').refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
    w.set({ nrpfAccommodation: 'crmc' }).take('arrangeNrpfAccommodation');
  });
});
