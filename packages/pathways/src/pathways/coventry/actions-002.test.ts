// Issue 17 on Coventry (002), version 3 of the tracks: the review's items that became step
// actions, guards and a transition, each walked through on its pathway.
import { describe, expect, it } from 'vitest';
import type { PathwayDefinition } from '../../definition/schema';
import { recordAction } from '../../engine/actions';
import { actors, Walk } from '../../testing/walk';
import { getPathway } from '../index';
import {
  coventryAdultSocialCare as asc,
  coventryDuringNrm as during,
  coventryHealth as health,
  coventryHousing as housing,
  coventryInitialIdentification as iis,
  coventryPostNrm as post,
  coventryPreNrm as pre,
  coventryTradingStandards as ts,
  coventryTransitionToAdulthood as tta,
} from './index';

const ADULT = { ageStatus: 'adult', capacityInDoubt: false };
const walk = (def: PathwayDefinition, start = '2026-03-02T09:00:00Z') => new Walk(def, start, actors.frCaseworker);
const item = (w: Walk, action: string) => w.checklist().find((i) => i.action === action);

describe('002-10: the check with the NRM for an earlier referral', () => {
  const atCheck = () =>
    walk(pre)
      .set({ ...ADULT, consentToNrm: true, firstResponderInvolved: true, previouslyReferred: false })
      .takeAll('consentGiven', 'firstResponderIsInvolved');

  it('Pre-NRM: the NRM referral waits for the check, and the block names it', () => {
    const w = atCheck();
    expect(w.blockingActions('submitNrmReferral')).toEqual(['checkNrmForEarlierReferral']);
    w.refuse('submitNrmReferral', 'ACTION_REQUIRED');
    w.record('checkNrmForEarlierReferral', { checkedOn: '2026-03-02', reference: 'SCA reply' });
    w.take('submitNrmReferral').expectStep('referred');
  });

  it('Pre-NRM: a track that started on version 2 keeps its rules; a new track gets the check', () => {
    const v2 = getPathway('coventry-pre-nrm', 2)!;
    const old = walk(v2)
      .set({ ...ADULT, consentToNrm: true, firstResponderInvolved: true, previouslyReferred: false })
      .takeAll('consentGiven', 'firstResponderIsInvolved');
    expect(old.track.pathwayVersion).toBe(2);
    old.take('submitNrmReferral').expectStep('referred');
    expect(atCheck().track.pathwayVersion).toBe(3);
  });

  it('Adult Social Care and Transition to Adulthood: the same check before the answer is used', () => {
    const ascWalk = walk(asc)
      .set({
        immediateDanger: false,
        residesInCoventry: true,
        section42CriteriaMet: false,
        careAndSupportNeeds: false,
        meetsStatutoryDefinition: true,
        disclosedToOtherFirstResponder: false,
        otherAgencyMostAppropriate: false,
        ...ADULT,
        consentToNrm: true,
        previouslyReferred: true,
      })
      .takeAll('gatherInformation', 'followCareActDuties', 'meetsDefinition', 'reportCrimeToPolice')
      .take('contactModernSlaveryLead')
      .takeAll('ascLeads', 'consentGiven');
    expect(ascWalk.blockingActions('requestPreviousNrmForm')).toEqual(['checkNrmForEarlierReferral']);
    ascWalk.record('checkNrmForEarlierReferral').takeAll('requestPreviousNrmForm', 'submitNrmReferral');

    const panel = walk(tta)
      .set({ openToChildrensServices: true, previouslyReferred: false, ageStatus: 'child' })
      .take('openToServices');
    expect(panel.blockingActions('noExistingReferral')).toEqual(['checkNrmForEarlierReferral']);
    expect(panel.blockingActions('existingNrmReferral')).toEqual(['checkNrmForEarlierReferral']);
    panel.record('checkNrmForEarlierReferral').take('noExistingReferral').expectStep('considerNrmReferral');
  });
});

describe('002-13 / 002-14: explaining decisions and contacting the Modern Slavery Lead (non-blocking)', () => {
  it('During-NRM: the Modern Slavery Lead contact and the RG explanation are outstanding but hold nothing back', () => {
    const w = walk(during).set({ destitute: true, rgOutcome: 'positive', rgDecisionDate: '2026-03-10' });
    w.take('referToSalvationArmy').expectStep('awaitingRg');
    expect(item(w, 'contactModernSlaveryLead')).toMatchObject({ required: true, outstanding: true, blocks: [] });
    w.after({ days: 9 }).take('rgPositive');
    expect(item(w, 'explainPositiveRgDecision')).toMatchObject({ required: true, outstanding: true, blocks: [] });
    w.record('explainPositiveRgDecision', { explainedWith: 'the explanatory resources' });
    expect(item(w, 'explainPositiveRgDecision')).toMatchObject({ outstanding: false });

    const negative = walk(during).set({ destitute: false, rgOutcome: 'negative', rgDecisionDate: '2026-03-10' });
    negative.takeAll('awaitRg', 'rgNegative');
    expect(item(negative, 'explainNegativeRgDecision')).toMatchObject({ outstanding: true });
    // A reconsideration inside its 30 days never waits for the record of the explanation.
    negative.set({ groundsForReconsideration: true }).take('contactModernSlaveryLeadRg');
    negative.take('requestRgReconsideration').expectStep('rgReconsideration');
  });

  it('Post-NRM: each CG decision is explained, positive and negative', () => {
    const pos = walk(post).set({ cgOutcome: 'positive', cgDecisionDate: '2026-03-01' }).take('cgPositive');
    expect(item(pos, 'explainPositiveCgDecision')).toMatchObject({ required: true, outstanding: true });
    const neg = walk(post).set({ cgOutcome: 'negative', cgDecisionDate: '2026-03-01' }).take('cgNegative');
    expect(item(neg, 'explainNegativeCgDecision')).toMatchObject({ required: true, outstanding: true });
    neg.record('explainNegativeCgDecision');
    expect(item(neg, 'explainNegativeCgDecision')!.done).toHaveLength(1);
  });
});

describe('002-18: move-on support', () => {
  const onMoveOn = () =>
    walk(post, '2026-05-20T10:00:00Z')
      .set({
        cgOutcome: 'positive',
        cgDecisionDate: '2026-04-01',
        receivingNrmSupport: true,
        outstandingSupportNeeds: false,
      })
      .take('cgPositive')
      // Recorded today; it really started on 1 May.
      .takeOccurred('moveOn', '2026-05-01T10:00:00Z');

  it('the 45 days count from when move-on really started, not from the click', () => {
    const w = onMoveOn();
    w.expectClock('moveOnSupport', { dueDate: '2026-06-15' });
    w.at('2026-06-14T12:00:00Z').refuse('exitNrmSupport', 'GUARD_FAILED');
    w.at('2026-06-15T09:00:00Z').take('exitNrmSupport').expectStep('supportEnded');
  });

  it('an early exit needs its reason, in words; it stops the 45 days', () => {
    const w = onMoveOn().at('2026-05-25T10:00:00Z');
    const refused = w.refuse('exitMoveOnEarly', 'GUARD_FAILED');
    expect(JSON.stringify(refused)).toContain('the reason move-on support ends early is recorded');
    w.record('recordEarlyExitReason', { reason: 'moved in with family out of area' });
    w.take('exitMoveOnEarly').expectStep('supportEnded').expectClock('moveOnSupport', { status: 'met' });
  });

  it('after the 45 days there is nothing early about it', () => {
    const w = onMoveOn().at('2026-06-20T10:00:00Z').record('recordEarlyExitReason', { reason: 'late' });
    w.refuse('exitMoveOnEarly', 'GUARD_FAILED');
  });
});

describe('002-19: NRPF accommodation options have their eligibility', () => {
  const nrpf = (facts: Record<string, string | boolean>) =>
    walk(housing)
      .set({ roughSleeping: false, nrpf: true, hasChildren: false, ...facts })
      .takeAll('referToHousingServices', 'assessedNrpf');
  const wmasn = {
    nrpfAccommodation: 'wmasnSafehouse',
    ...ADULT,
    previouslyReferred: false,
    wmasnAssessmentAccepted: true,
  };

  it('the WMASN safehouse: a male adult, before the NRM, assessed by WMASN', () => {
    nrpf({ ...wmasn, gender: 'male' })
      .take('arrangeNrpfAccommodation')
      .expectStep('nrpfAccommodated');
    nrpf({ ...wmasn, gender: 'female' }).refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
    nrpf({ ...wmasn, gender: 'male', ageStatus: 'child' }).refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
    nrpf({ ...wmasn, gender: 'male', previouslyReferred: true }).refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
    nrpf({ ...wmasn, gender: 'male', inNrm: true }).refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
    nrpf({ ...wmasn, gender: 'male', wmasnAssessmentAccepted: false }).refuse(
      'arrangeNrpfAccommodation',
      'GUARD_FAILED',
    );
  });

  it('gender is never guessed: not recorded asks for it; "prefer not to say" is refused naming the fact', () => {
    expect(nrpf(wmasn).refuse('arrangeNrpfAccommodation', 'MISSING_FACTS')).toMatchObject({ facts: ['gender'] });
    for (const gender of ['preferNotToSay', 'notKnown']) {
      const refused = nrpf({ ...wmasn, gender }).refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
      expect(refused.code === 'GUARD_FAILED' && refused.guards.flatMap((g) => g.facts)).toContain('gender');
      expect(refused.message).toContain('recorded gender must be male');
      expect(refused.message).not.toContain(gender);
    }
  });

  it('NRM accommodation on referral: only without an asylum claim; CRMC asks neither', () => {
    const nrm = { nrpfAccommodation: 'nrmOnReferral' };
    expect(nrpf(nrm).refuse('arrangeNrpfAccommodation', 'MISSING_FACTS')).toMatchObject({ facts: ['asylumClaim'] });
    nrpf({ ...nrm, asylumClaim: true }).refuse('arrangeNrpfAccommodation', 'GUARD_FAILED');
    nrpf({ ...nrm, asylumClaim: false }).take('arrangeNrpfAccommodation');
    nrpf({ nrpfAccommodation: 'crmc' }).take('arrangeNrpfAccommodation').expectStep('nrpfAccommodated');
  });
});

describe('002-21: the duty to refer to the housing authority (with consent)', () => {
  it('a public authority records it, stating the consent and the authority; others cannot', () => {
    const w = walk(housing);
    expect(item(w, 'dutyToReferToHousingAuthority')).toMatchObject({ required: false, canRecord: true });
    const noConsent = recordAction(
      housing,
      w.track,
      'dutyToReferToHousingAuthority',
      { housingAuthority: 'Coventry City Council' },
      w.actor,
      w.now,
      undefined,
      w.facts,
    );
    expect(noConsent).toMatchObject({ ok: false, error: { code: 'INVALID_VALUES', fields: [{ field: 'consent' }] } });
    const charity = recordAction(
      housing,
      w.track,
      'dutyToReferToHousingAuthority',
      { consent: 'consented', housingAuthority: 'Coventry City Council' },
      actors.frCharity,
      w.now,
      undefined,
      w.facts,
    );
    expect(charity).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
    expect(w.checklist(actors.partner).find((i) => i.action === 'dutyToReferToHousingAuthority')).toMatchObject({
      canRecord: false,
    });
    w.record('dutyToReferToHousingAuthority', { consent: 'consented', housingAuthority: 'Coventry City Council' });
    expect(item(w, 'dutyToReferToHousingAuthority')!.done).toHaveLength(1);
  });
});

describe('002-23 / 002-24 / 002-25: Adult Social Care', () => {
  const careAct = (facts: Record<string, boolean>) =>
    walk(asc)
      .set({ immediateDanger: false, residesInCoventry: true, meetsStatutoryDefinition: true, ...facts })
      .takeAll('gatherInformation', 'followCareActDuties');

  it('002-23: s42 criteria met: the enquiry comes before anything else; care needs: the Care Act assessment', () => {
    const w = careAct({ section42CriteriaMet: true, careAndSupportNeeds: true });
    expect(w.blockingActions('meetsDefinition')).toEqual(['startSection42Enquiry', 'arrangeCareActAssessment']);
    w.record('startSection42Enquiry', { reference: 'S42-1' });
    expect(w.blockingActions('meetsDefinition')).toEqual(['arrangeCareActAssessment']);
    w.record('arrangeCareActAssessment').take('meetsDefinition');

    const none = careAct({ section42CriteriaMet: false, careAndSupportNeeds: false });
    expect(none.blockingActions('meetsDefinition')).toEqual([]);
    none.take('meetsDefinition');
  });

  it('002-23: whether care needs apply must be answered before the Care Act step ends', () => {
    const w = careAct({ section42CriteriaMet: false });
    expect(w.refuse('meetsDefinition', 'MISSING_FACTS')).toMatchObject({ facts: ['careAndSupportNeeds'] });
  });

  it('002-23: a Human Rights Assessment is offered where the Care Act eligibility is not met (2.2.6)', () => {
    const w = careAct({ section42CriteriaMet: false, careAndSupportNeeds: true, meetsCareActEligibility: false });
    expect(item(w, 'humanRightsAssessment')).toMatchObject({ required: false, applies: true });
    w.set({ meetsCareActEligibility: true });
    expect(item(w, 'humanRightsAssessment')).toMatchObject({ applies: false });
  });

  it('002-24: the choice of First Responder waits for the police report or the reason it was not made', () => {
    const w = careAct({ section42CriteriaMet: false, careAndSupportNeeds: false })
      .set({ disclosedToOtherFirstResponder: true })
      .take('meetsDefinition')
      .take('contactModernSlaveryLead');
    w.refuse('otherAgencyLeads', 'GUARD_FAILED');
    w.record('recordWhyCrimeNotReported', { reason: 'the victim fears reprisals; police already aware' });
    w.take('otherAgencyLeads').expectStep('otherAgencyFirstResponder');
    // 002-25: the agency that leads gets ASC's supporting evidence.
    expect(item(w, 'provideSupportingEvidence')).toMatchObject({ required: true, outstanding: true });
    w.record('provideSupportingEvidence', { agency: 'West Midlands Police' });
    expect(item(w, 'provideSupportingEvidence')).toMatchObject({ outstanding: false });
  });
});

describe('002-28: Health refers care and support needs to ASC on both branches', () => {
  it('an adult who consents and goes to a First Responder is still referred to ASC when care needs appear', () => {
    const w = walk(health)
      .set({ clinicalNeedsAddressed: true, immediateDanger: false, ...ADULT, consentToFirstResponderReferral: true })
      .takeAll('discussWithSafeguardingLead', 'adultRoute', 'contactFirstResponder');
    expect(item(w, 'referCareNeedsToAdultSocialCare')).toMatchObject({ applies: null, outstanding: true });
    w.set({ careAndSupportNeeds: false });
    expect(item(w, 'referCareNeedsToAdultSocialCare')).toMatchObject({ applies: false, outstanding: false });
    w.set({ careAndSupportNeeds: true });
    expect(item(w, 'referCareNeedsToAdultSocialCare')).toMatchObject({ applies: true, outstanding: true });
    w.record('referCareNeedsToAdultSocialCare', { recipient: 'ASC front door' });
    expect(item(w, 'referCareNeedsToAdultSocialCare')).toMatchObject({ outstanding: false });
  });
});

describe('002-31: no NRM referral for a young person needs a reason', () => {
  it('Horizon consulted and a reason in words, before "no referral"', () => {
    const w = walk(tta)
      .set({ openToChildrensServices: true, previouslyReferred: false, ageStatus: 'child' })
      .take('openToServices')
      .record('checkNrmForEarlierReferral')
      .takeAll('noExistingReferral', 'consultHorizon');
    w.refuse('noReferralNeeded', 'GUARD_FAILED');
    w.record('recordWhyNoNrmReferral', { reason: 'no indicators after the panel' });
    w.take('noReferralNeeded').expectStep('noNrmReferral');
  });
});

describe('002-36: SERAC, joint investigation and a multi-agency visit (Trading Standards)', () => {
  it('the SERAC discussion and a joint investigation are considered before the visit; a multi-agency visit before the examination', () => {
    const w = walk(ts)
      .set({ ...ADULT, exploitationPresent: false })
      .take('uploadToIntelligenceDatabase');
    expect(w.blockingActions('visitPremises')).toEqual(['considerSeracDiscussion', 'considerJointInvestigation']);
    w.record('considerSeracDiscussion', { outcome: 'referredToSerac', date: '2026-03-05' });
    w.record('considerJointInvestigation', { outcome: 'jointInvestigation', agencies: 'West Midlands Police, GLAA' });
    w.take('visitPremises');
    expect(w.blockingActions('examinePremises')).toEqual(['considerMultiAgencyVisit']);
    w.record('considerMultiAgencyVisit', { outcome: 'multiAgencyVisitWithReceptionCentre' });
    w.take('examinePremises').take('noExploitationFound').expectStep('investigation');
  });
});

describe('002-5: speak to a potential victim alone and in a safe space (4.1)', () => {
  it('is on the checklist while information is gathered, recorded as seen alone or an appointment made; the concern still reaches the lead', () => {
    const w = walk(iis)
      .set({ ...ADULT, immediateRiskOfSeriousHarm: false, childrenInvolved: false })
      .take('gatherInformation');
    expect(item(w, 'speakAloneInSafeSpace')).toMatchObject({ required: true, outstanding: true });
    expect(w.blockingActions('reportToModernSlaveryLead')).toEqual([]);
    const refused = recordAction(iis, w.track, 'speakAloneInSafeSpace', {}, w.actor, w.now, undefined, w.facts);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_VALUES', fields: [{ field: 'outcome' }] } });
    w.record('speakAloneInSafeSpace', { outcome: 'appointmentMade' });
    expect(item(w, 'speakAloneInSafeSpace')).toMatchObject({ outstanding: false });
    expect(getPathway(iis.id, 2)!.steps.find((s) => s.id === 'adultConcern')!.actions ?? []).toEqual([]);
  });
});
