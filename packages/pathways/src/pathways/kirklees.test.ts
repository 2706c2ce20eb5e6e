import { describe, expect, it } from 'vitest';
import { RULES } from '../definition/hard-rules';
import type { Actor } from '../definition/schema';
import { getResource } from '../resources/catalogue';
import { actors, Walk } from '../testing/walk';
import { applyTransition } from '../engine/transitions';
import { getPathway } from '.';
import { kirklees } from './kirklees';

const start = (facts: Record<string, string | boolean>, actor: Actor = actors.frCaseworker) =>
  new Walk(kirklees, '2026-04-01T10:00:00Z', actor).set(facts);
const stepOf = (id: string) => kirklees.steps.find((s) => s.id === id)!;

describe('004 Kirklees: walk-throughs', () => {
  it('immediate danger: 999 first, then safeguarding, then an NRM referral for a child without consent', () => {
    const w = start({ emergency: true, atRiskOfHarm: true, ageStatus: 'child' });
    expect(w.blockingActions('considerNrm')).toEqual(['ring999']);
    w.refuse('considerNrm', 'ACTION_REQUIRED');
    w.record('ring999', { reference: 'incident 12' }, actors.partner)
      .record('followSafeguardingProcedures', {}, actors.partner)
      .take('considerNrm')
      .take('submitNrmReferral')
      .expectStep('nrmReferred');
    expect(w.deadlines()).toEqual([]);
  });

  it('partner intelligence portal, then an adult with written consent enters the NRM', () => {
    const w = start({
      emergency: false,
      atRiskOfHarm: false,
      ageStatus: 'adult',
      capacityInDoubt: false,
      consentToNrm: true,
    });
    w.record('submitPartnerIntelligence', { reference: 'PIP-1' }, actors.partner).take('considerNrm');
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({ facts: ['consentInWriting'] });
    w.set({ consentInWriting: false }).refuse('submitNrmReferral', 'GUARD_FAILED');
    w.set({ consentInWriting: true }).take('submitNrmReferral');
  });

  it('written consent from everyone treated as an adult, not only a recorded ageStatus of adult (004-1)', () => {
    // Uncertain age, no reason to believe a child, a Merton-compliant assessment finding an adult.
    const w = start({
      emergency: false,
      ageStatus: 'uncertain',
      reasonToBelieveChild: true,
      ageAssessmentOutcome: 'adult',
      capacityInDoubt: false,
      consentToNrm: true,
    });
    w.take('considerNrm');
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({ facts: ['consentInWriting'] });
    w.set({ consentInWriting: true }).take('submitNrmReferral');
    // A child gives no consent, written or not.
    const child = start({ emergency: false, ageStatus: 'child' });
    child.take('considerNrm').take('submitNrmReferral');
  });

  it('helpline, then an adult who does not consent: anonymised MS1', () => {
    const w = start({
      emergency: false,
      ageStatus: 'adult',
      capacityInDoubt: false,
      consentToNrm: false,
      consentToShareDetails: false,
      dtnAnonymised: true,
    });
    w.record('reportToHelpline').take('considerNrm').take('submitDutyToNotify').expectStep('dtnSubmitted');
  });

  it('a report with no further action by a partner', () => {
    const w = start({ emergency: false, atRiskOfHarm: true }, actors.partner);
    expect(w.blockingActions('closeReport')).toEqual(['followSafeguardingProcedures']);
    w.record('followSafeguardingProcedures').take('closeReport').expectStep('reported');
  });
});

describe('004 Kirklees: issue 17', () => {
  it('004-3: the reporting routes combine: 999, safeguarding, the portal and the helpline, all recorded on one report', () => {
    const w = start({ emergency: true, atRiskOfHarm: true }, actors.partner);
    expect(w.checklist().map((i) => [i.action, i.required, i.outstanding])).toEqual([
      ['ring999', true, true],
      ['followSafeguardingProcedures', true, true],
      ['submitPartnerIntelligence', false, false],
      ['reportToHelpline', false, false],
      // A charity carries no duty to notify.
      ['recordWhyNoNrmOrDtn', true, false],
    ]);
    w.record('ring999')
      .record('followSafeguardingProcedures')
      .record('submitPartnerIntelligence', { reference: 'PIP-7' })
      .record('reportToHelpline');
    const done = w.checklist().filter((i) => i.done.length > 0);
    expect(done.map((i) => i.action)).toEqual([
      'ring999',
      'followSafeguardingProcedures',
      'submitPartnerIntelligence',
      'reportToHelpline',
    ]);
    // Criminal information reaches the portal in an emergency too: no route shuts another out.
    w.take('closeReport').expectStep('reported');
  });

  it('004-3: what does not apply does not block: no emergency, nobody at risk', () => {
    const w = start({ emergency: false, atRiskOfHarm: false }, actors.partner);
    expect(w.checklist().filter((i) => i.outstanding)).toEqual([]);
    w.take('closeReport');
  });

  it('004-4: a First Responder public authority ends the report only with an NRM referral, a DtN or a recorded reason', () => {
    for (const authority of [actors.frCaseworker, actors.police]) {
      const w = start({ emergency: false, atRiskOfHarm: false }, authority);
      const error = w.refuse('closeReport', 'ACTION_REQUIRED');
      expect(error).toMatchObject({ action: 'recordWhyNoNrmOrDtn' });
      expect(error.message).toMatch(/Record why there is no NRM referral and no Duty to Notify/);
      // Also after considering the NRM: closing there asks for the reason too.
      w.take('considerNrm');
      expect(w.blockingActions('closeReport')).toEqual(['recordWhyNoNrmOrDtn']);
      w.record('recordWhyNoNrmOrDtn', { reason: 'noPotentialVictimIdentified', detail: 'no indicators found' });
      w.take('closeReport').expectStep('reported');
    }
  });

  it('004-4: the reason is a reason: a kind from the list and words', () => {
    const w = start({ emergency: false, atRiskOfHarm: false });
    expect(() => w.record('recordWhyNoNrmOrDtn', { reason: 'noPotentialVictimIdentified' })).toThrow(/INVALID_VALUES/);
    expect(() => w.record('recordWhyNoNrmOrDtn', { reason: 'busy', detail: 'x' })).toThrow(/INVALID_VALUES/);
    w.refuse('closeReport', 'ACTION_REQUIRED');
  });

  it('004-4: no reason is owed by a charity First Responder, or once the person is in the NRM', () => {
    start({ emergency: false, atRiskOfHarm: false }, actors.frCharity).take('considerNrm').take('closeReport');
    start({ emergency: false, atRiskOfHarm: false, inNrm: true }).take('closeReport');
  });

  it('004-5: a child reaches the child trafficking procedures, with the referral to social care outstanding', () => {
    const w = start({ emergency: false, atRiskOfHarm: true, ageStatus: 'child' }, actors.partner);
    w.record('reportToHelpline').take('followChildTraffickingProcedures');
    w.expectStep('childProcedures');
    expect(w.checklist().map((i) => [i.action, i.outstanding])).toEqual([
      ['referToChildrensSocialCare', true],
      ['referToBarnardosGroupWork', false],
    ]);
    w.record('referToChildrensSocialCare', { recipient: 'Kirklees Duty and Advice' });
    expect(w.checklist()[0]!.outstanding).toBe(false);
    // An adult does not take the children's route.
    start({ emergency: false, ageStatus: 'adult' }).refuse('followChildTraffickingProcedures', 'GUARD_FAILED');
  });

  it("004-9: the children's step links Barnardo's group work and its referral form, and the referral can be recorded", () => {
    expect(stepOf('childProcedures').resources).toContain('barnardos-group-work-referral-form');
    expect(getResource('barnardos-group-work-referral-form')?.publisher).toBe("Barnardo's");
    const w = start({ emergency: false, ageStatus: 'child' }, actors.partner).take('followChildTraffickingProcedures');
    w.record('referToBarnardosGroupWork', { reference: 'BGW-3' });
    expect(w.checklist().find((i) => i.action === 'referToBarnardosGroupWork')!.done).toHaveLength(1);
  });

  it('004-6: the NRM has two stages: the referral, then the Reasonable and Conclusive Grounds decisions', () => {
    const w = start({ emergency: false, ageStatus: 'child' }).take('considerNrm').take('submitNrmReferral');
    expect(stepOf('nrmReferred').terminal).toBeUndefined();
    w.refuse('rgPositive', 'MISSING_FACTS');
    w.set({ rgOutcome: 'positive', rgDecisionDate: '2026-04-10' }).take('rgPositive').expectStep('recoveryPeriod');
    w.set({ cgOutcome: 'positive', cgDecisionDate: '2026-08-01' })
      .take('cgPositive')
      .take('concludeNrm')
      .expectStep('nrmConcluded');
    // A negative decision can be reconsidered (any organisation may ask), or support sought elsewhere.
    const neg = start({ emergency: false, ageStatus: 'child' }).take('considerNrm').take('submitNrmReferral');
    neg.set({ rgOutcome: 'negative', rgDecisionDate: '2026-04-10' }).take('rgNegative').expectStep('negativeRg');
    neg.take('requestRgReconsideration', actors.partner).expectStep('rgReconsideration');
  });

  it('the step text and labels keep no phone number or email address: the directory holds them', () => {
    const phoneOrEmail = /@[a-z0-9-]+\.|\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b/i;
    for (const s of kirklees.steps) expect(s.description, s.id).not.toMatch(phoneOrEmail);
    for (const t of kirklees.transitions) expect(t.label, t.name).not.toMatch(phoneOrEmail);
    expect(stepOf('suspicion').contacts).toEqual([
      'police-emergency-999',
      'wyp-intelligence-portal',
      'wyp-intelligence-portal-access',
      'modern-slavery-helpline',
    ]);
  });
});

describe('004 versions', () => {
  it('a track started on version 2 keeps its exclusive routes; a new track gets version 3', () => {
    const v2 = getPathway('kirklees-reporting', 2)!;
    expect(getPathway('kirklees-reporting')).toBe(kirklees);
    const old = new Walk(v2, '2026-04-01T10:00:00Z', actors.partner).set({ emergency: false });
    old.take('reportToHelpline').expectStep('helplineReport');
    // Version 3's rules never reach it: the step and its route are version 2's.
    const wrong = applyTransition(kirklees, old.track, 'closeReport', old.facts, actors.partner, old.now);
    expect(wrong.ok).toBe(false);
    old.take('closeReport').expectStep('reported');
    expect(start({ emergency: false }).track.pathwayVersion).toBe(3);
  });
});

describe('004 hard rules', () => {
  it('only First Responders consider and make referrals; anyone reports', () => {
    const w = start({ emergency: false }).record('reportToHelpline', {}, actors.partner);
    w.refuse('considerNrm', 'NOT_PERMITTED', actors.partner);
  });

  it('DtN is not for children, and not made non-anonymised without consent to share', () => {
    const w = start({ emergency: false, ageStatus: 'child', consentToNrm: false, dtnAnonymised: true }).take(
      'considerNrm',
    );
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({
      guards: [{ rule: RULES.dtnAdultWithoutConsent }],
    });
    w.set({ ageStatus: 'adult', capacityInDoubt: false, consentToShareDetails: false, dtnAnonymised: false });
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.dtnAnonymised }] });
  });
});
