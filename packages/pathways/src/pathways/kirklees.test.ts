import { describe, expect, it } from 'vitest';
import { RULES } from '../definition/hard-rules';
import { actors, Walk } from '../testing/walk';
import { kirklees } from './kirklees';

const start = (facts: Record<string, string | boolean>) => new Walk(kirklees, '2026-04-01T10:00:00Z').set(facts);

describe('004 Kirklees: walk-throughs', () => {
  it('immediate danger: 999, then safeguarding, then an NRM referral for a child without consent', () => {
    const w = start({ emergency: true, atRiskOfHarm: true, ageStatus: 'child' });
    w.refuse('reportToHelpline', 'GUARD_FAILED');
    w.take('call999', actors.partner)
      .take('followSafeguardingProcedures')
      .take('considerNrm')
      .take('submitNrmReferral')
      .expectStep('nrmReferred');
    expect(w.deadlines()).toEqual([]);
  });

  it('partner intelligence portal, then an adult with written consent enters the NRM', () => {
    const w = start({
      emergency: false,
      pertinentToPolice: true,
      ageStatus: 'adult',
      capacityInDoubt: false,
      consentToNrm: true,
    });
    w.take('submitPartnerIntelligence', actors.partner).take('considerNrm');
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({ facts: ['consentInWriting'] });
    w.set({ consentInWriting: false }).refuse('submitNrmReferral', 'GUARD_FAILED');
    w.set({ consentInWriting: true }).take('submitNrmReferral');
  });

  it('written consent from everyone treated as an adult, not only a recorded ageStatus of adult (004-1)', () => {
    // Uncertain age, no reason to believe a child, a Merton-compliant assessment finding an adult.
    const w = start({
      emergency: false,
      pertinentToPolice: true,
      ageStatus: 'uncertain',
      reasonToBelieveChild: true,
      ageAssessmentOutcome: 'adult',
      capacityInDoubt: false,
      consentToNrm: true,
    });
    w.take('submitPartnerIntelligence', actors.partner).take('considerNrm');
    expect(w.refuse('submitNrmReferral', 'MISSING_FACTS')).toMatchObject({ facts: ['consentInWriting'] });
    w.set({ consentInWriting: true }).take('submitNrmReferral');
    // A child gives no consent, written or not.
    const child = start({ emergency: false, pertinentToPolice: true, ageStatus: 'child' });
    child.take('submitPartnerIntelligence', actors.partner).take('considerNrm').take('submitNrmReferral');
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
    w.take('reportToHelpline').take('considerNrm').take('submitDutyToNotify').expectStep('dtnSubmitted');
  });

  it('a report with no further action', () => {
    start({ emergency: false, atRiskOfHarm: true })
      .take('followSafeguardingProcedures', actors.partner)
      .take('closeReport', actors.partner)
      .expectStep('reported');
  });
});

describe('004 Kirklees: issue 17', () => {
  it('004-5: a child reaches the child trafficking procedures from any reporting route, with MASH referral outstanding', () => {
    const w = start({ emergency: false, atRiskOfHarm: true, ageStatus: 'child' });
    w.take('reportToHelpline', actors.partner).take('followChildTraffickingProcedures', actors.partner);
    w.expectStep('childProcedures');
    expect(w.checklist().map((i) => [i.action, i.outstanding])).toEqual([['referToChildrensSocialCare', true]]);
    w.record('referToChildrensSocialCare', { recipient: 'Kirklees Duty and Advice' });
    expect(w.checklist()[0]!.outstanding).toBe(false);
    // An adult does not take the children's route.
    start({ emergency: false, ageStatus: 'adult' }).refuse('followChildTraffickingProcedures', 'GUARD_FAILED');
  });
});

describe('004 hard rules', () => {
  it('only First Responders consider and make referrals; anyone reports', () => {
    const w = start({ emergency: false }).take('reportToHelpline', actors.partner);
    w.refuse('considerNrm', 'NOT_PERMITTED', actors.partner);
  });

  it('DtN is not for children, and not made non-anonymised without consent to share', () => {
    const w = start({ emergency: false, ageStatus: 'child', consentToNrm: false, dtnAnonymised: true })
      .take('reportToHelpline')
      .take('considerNrm');
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({
      guards: [{ rule: RULES.dtnAdultWithoutConsent }],
    });
    w.set({ ageStatus: 'adult', capacityInDoubt: false, consentToShareDetails: false, dtnAnonymised: false });
    expect(w.refuse('submitDutyToNotify', 'GUARD_FAILED')).toMatchObject({ guards: [{ rule: RULES.dtnAnonymised }] });
  });
});
