import { describe, expect, it } from 'vitest';
import { PROTECTED_FACTS, protectedFacts, recordTransitionOwner } from '../definition/dedicated-mutations';
import { RULES } from '../definition/hard-rules';
import { stuckSteps } from '../definition/static-checks';
import { checkDefinition } from '../definition/load';
import { pathways } from '../pathways';
import { bexley as bexleyReferral } from '../pathways/bexley';
import { coventryPreNrm } from '../pathways/coventry/pre-nrm';
import { councilAdultReferral as council } from '../pathways/council-adult-referral';
import { hertfordshireChild } from '../pathways/hertfordshire-child';
import { kirklees as kirkleesReporting } from '../pathways/kirklees';
import { actors, Walk } from '../testing/walk';
import {
  bestInterestsRefusal,
  caseWideRefusal,
  consentRefusal,
  dutyToNotifyAnonymised,
  nrmSubmitterRefusal,
  peopleAroundRefusal,
  serviceReferralRefusal,
} from './case-rules';
import { validateFactsAgainst, factCatalogueOf } from './facts';
import { applyTransitionOfKind, startTrack } from './transitions';

function toNrmSubmitted(): Walk {
  const w = new Walk(council, '2026-06-10T09:00:00Z');
  w.take('startCrisisAssessment').set({ immediateThreat: false, interpreterNeeded: false }).take('contactSpoc');
  w.set({ concernsInWriting: true }).take('handOverToSpoc');
  w.set({ stillTargeted: true, housed: false, hasIncomeFoodAndClothes: false, immediateRisk: true });
  w.take('recordUrgentAssessment').take('moveToNrmStage');
  w.set({ ageStatus: 'adult', capacityInDoubt: false, consentToNrm: true })
    .record('pvSignsNrmForm')
    .record('allocateAdvocate', { advocate: 'A. Advocate', role: 'socialWorker' })
    .take('submitNrmReferral');
  return w.expectStep('nrmSubmitted');
}

describe('the transition of a kind (one home for "submit the NRM referral", "record the decision")', () => {
  it('takes the one decision transition the facts enable, and names it', () => {
    const w = toNrmSubmitted();
    // From the start step nothing of kind "decision" can happen: the refusal lists what can.
    const early = startTrack(council, w.now).track;
    const refused = applyTransitionOfKind(council, early, 'decision', {}, actors.frCaseworker, w.now);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'INVALID_TRANSITION', step: 'identified' });
    const facts = { ...w.facts, rgOutcome: 'negative', rgDecisionDate: '2026-06-20' };
    const taken = applyTransitionOfKind(council, w.track, 'decision', facts, actors.frCaseworker, w.now);
    expect(taken).toMatchObject({ ok: true, transition: 'rgNegative', track: { step: 'negativeRg' } });
  });

  it('reports the first refusal when no candidate is enabled, and the step is unchanged', () => {
    const { track } = startTrack(kirkleesReporting, new Date('2026-06-10T09:00:00Z'));
    const r = applyTransitionOfKind(kirkleesReporting, track, 'nrmReferral', {}, actors.partner, new Date());
    expect(r.ok).toBe(false);
  });
});

describe('protected facts and record-creating transitions', () => {
  it('names the mutation that owns each protected fact', () => {
    expect(protectedFacts(['consentToNrm', 'immediateRisk', 'rgOutcome', 'inNrm'])).toEqual([
      expect.objectContaining({ fact: 'consentToNrm', mutation: 'caseRecordConsent', rule: RULES.nrmConsent }),
      expect.objectContaining({ fact: 'rgOutcome', mutation: 'caseRecordDecision' }),
      expect.objectContaining({ fact: 'inNrm', mutation: 'caseSubmitNrmReferral' }),
    ]);
    // Every protected fact is one some pathway reads.
    const catalogue = factCatalogueOf(pathways);
    for (const fact of Object.keys(PROTECTED_FACTS)) expect(catalogue.has(fact), fact).toBe(true);
  });

  it('names the mutation for each kind of record-creating transition', () => {
    expect(recordTransitionOwner(council, 'submitNrmReferral')).toMatchObject({
      kind: 'nrmReferral',
      mutation: 'caseSubmitNrmReferral',
    });
    expect(recordTransitionOwner(council, 'submitDutyToNotify')).toMatchObject({ mutation: 'caseSubmitDutyToNotify' });
    expect(recordTransitionOwner(council, 'startCrisisAssessment')).toBeUndefined();
    // what a held meeting decided moves the Hertfordshire track only through its outcome.
    for (const name of ['agreeNrmSubmission', 'escalateDisagreement', 'agreeNoNrm'])
      expect(recordTransitionOwner(hertfordshireChild, name), name).toMatchObject({
        kind: 'meetingOutcome',
        mutation: 'caseRecordMeetingOutcome',
      });
  });
});

describe('fact validation (one implementation for the engine and the API)', () => {
  it('checks names and types without quoting the value', () => {
    const problems = validateFactsAgainst(factCatalogueOf(pathways), {
      consentToNrm: 'Jane Doe',
      rgDecisionDate: '2026-02-30',
      nonsense: true,
      immediateRisk: null,
    });
    expect(problems).toEqual([
      { fact: 'consentToNrm', message: 'must be true or false' },
      { fact: 'rgDecisionDate', message: 'must be a date YYYY-MM-DD' },
      { fact: 'nonsense', message: 'is not a fact any pathway reads' },
    ]);
    expect(JSON.stringify(problems)).not.toContain('Jane');
  });
});

describe('consent rules (a child is never asked; capacity first)', () => {
  it('never asks a child or a presumed child, for the NRM or for sharing details', () => {
    expect(consentRefusal({ ageStatus: 'child' }, { nrm: true })).toMatchObject({
      rule: RULES.nrmConsent,
      section: '003 8.3',
    });
    expect(
      consentRefusal({ ageStatus: 'uncertain', reasonToBelieveChild: true }, { shareDetails: true }),
    ).toMatchObject({
      rule: RULES.nrmConsent,
    });
  });

  it('asks an adult only once capacity for that decision, in doubt, has been assessed', () => {
    const inDoubt = { ageStatus: 'adult', capacityInDoubt: true } as const;
    expect(consentRefusal(inDoubt, { nrm: true })).toMatchObject({
      rule: RULES.capacityFirst,
      mutation: 'caseRecordCapacityAssessment',
    });
    expect(consentRefusal({ ...inDoubt, nrmConsentCapacity: 'hasCapacity' }, { nrm: true })).toBeUndefined();
    // Capacity is per decision: having it for the NRM says nothing about sharing details.
    expect(consentRefusal({ ...inDoubt, nrmConsentCapacity: 'hasCapacity' }, { shareDetails: true })).toMatchObject({
      rule: RULES.capacityFirst,
      field: 'shareDetails',
    });
    expect(consentRefusal({ ageStatus: 'adult', capacityInDoubt: false }, { nrm: true })).toBeUndefined();
  });

  it('takes no consent from an adult found to lack capacity: the best-interests route instead (X-1)', () => {
    const lacks = { ageStatus: 'adult', capacityInDoubt: true, nrmConsentCapacity: 'lacksCapacity' } as const;
    expect(consentRefusal(lacks, { nrm: true })).toMatchObject({
      rule: RULES.capacityForDecision,
      mutation: 'caseRecordBestInterestsDecision',
    });
    expect(bestInterestsRefusal(lacks, 'nrmConsent')).toBeUndefined();
    expect(bestInterestsRefusal({ ...lacks, nrmConsentCapacity: 'hasCapacity' }, 'nrmConsent')).toMatchObject({
      rule: RULES.capacityForDecision,
      mutation: 'caseRecordConsent',
    });
    expect(bestInterestsRefusal({ ageStatus: 'adult', capacityInDoubt: true }, 'nrmConsent')).toMatchObject({
      mutation: 'caseRecordCapacityAssessment',
    });
    expect(bestInterestsRefusal({ ageStatus: 'child' }, 'nrmConsent')).toMatchObject({ rule: RULES.nrmConsent });
  });
});

describe('Duty to Notify anonymisation', () => {
  it('is anonymised unless the adult consents to sharing details (004), and always in Coventry', () => {
    expect(dutyToNotifyAnonymised(council, { consentToShareDetails: false })).toBe(true);
    expect(dutyToNotifyAnonymised(council, {})).toBe(true);
    expect(dutyToNotifyAnonymised(council, { consentToShareDetails: true })).toBe(false);
    expect(dutyToNotifyAnonymised(coventryPreNrm, { consentToShareDetails: true })).toBe(true);
  });
});

describe('rules across the tracks of a case', () => {
  it('one NRM referral per case, pointing to recording further information', () => {
    expect(caseWideRefusal('nrmReferral', { nrmReferrals: 0 })).toBeUndefined();
    expect(caseWideRefusal('nrmReferral', { nrmReferrals: 1 })).toMatchObject({
      rule: 'one-nrm-referral',
      section: '003 8.7',
      mutation: 'caseAddNrmReferralInformation',
    });
  });

  it('no Duty to Notify once an NRM referral exists on any track', () => {
    expect(caseWideRefusal('dutyToNotify', { nrmReferrals: 1 })).toMatchObject({ rule: RULES.dtnNotInNrm });
    expect(caseWideRefusal('dutyToNotify', { nrmReferrals: 0 })).toBeUndefined();
  });

  it('once a held STRAT/MARM meeting named the lead First Responder, only it submits the NRM referral (003 8.5)', () => {
    const records = { nrmReferrals: 0, meetingLead: { organisationId: 'police', name: 'Herts Police' } };
    expect(nrmSubmitterRefusal(records, 'police')).toBeUndefined();
    expect(nrmSubmitterRefusal(records, 'council')).toMatchObject({
      rule: 'meeting-names-lead-first-responder',
      section: '003 8.5',
      message: expect.stringContaining('Herts Police'),
    });
    expect(nrmSubmitterRefusal({ nrmReferrals: 0, meetingLead: null }, 'council')).toBeUndefined();
  });
});

describe('no clock gets stuck', () => {
  it('every registered pathway: every task clock can be stopped from every open step where it runs', () => {
    for (const p of pathways) for (const c of p.clocks) expect(stuckSteps(p, c), `${p.id} ${c.id}`).toEqual([]);
  });

  it('refuses a definition whose clock cannot be stopped once the track moves on', () => {
    const def = structuredClone(council) as typeof council;
    const hold = def.transitions.find((t) => t.name === 'holdStrategyMeeting')!;
    (hold as { from: string | string[] }).from = 'initialAssessment';
    const result = checkDefinition(def);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ code: 'STUCK_CLOCK', path: 'clocks.strategyMeeting' }),
      );
  });

  it('000: at immediate risk and moved straight to the NRM stage, the strategy meeting can still be recorded', () => {
    const w = new Walk(council, '2026-06-10T09:00:00Z');
    w.take('startCrisisAssessment').set({ immediateThreat: false, interpreterNeeded: false }).take('contactSpoc');
    w.set({ concernsInWriting: true }).take('handOverToSpoc');
    w.set({ stillTargeted: true, housed: false, hasIncomeFoodAndClothes: false, immediateRisk: true });
    w.take('recordUrgentAssessment').take('moveToNrmStage').expectStep('explainNrm');
    w.after({ hours: 30 }).expectClock('strategyMeeting', { status: 'overdue' });
    w.take('holdStrategyMeeting').expectClock('strategyMeeting', { status: 'metLate' });
  });

  it('000: the 35-day meeting can be recorded after a +ve CG; the advocate follow-up from a CG reconsideration', () => {
    const steps = (name: string) => {
      const from = council.transitions.find((t) => t.name === name)!.from;
      return Array.isArray(from) ? from : [from];
    };
    expect(steps('holdMultiAgencyMeeting')).toEqual(
      expect.arrayContaining(['positiveCg', 'checkUps', 'secondAssessment']),
    );
    expect(steps('advocateFollowUp')).toEqual(
      expect.arrayContaining(['cgReconsideration', 'reconsiderationRefused', 'judicialReview', 'dlrOptions']),
    );
    const bexleyFrom = bexleyReferral.transitions.find((t) => t.name === 'advocateFollowUp')!.from;
    expect(bexleyFrom).toEqual(expect.arrayContaining(['cgReturned']));
  });

  it('003: UKVI written confirmation can be recorded whatever decision the track has reached', () => {
    const from = hertfordshireChild.transitions.find((t) => t.name === 'confirmUkviReferralInWriting')!.from;
    expect(from).toEqual(expect.arrayContaining(['positiveCg', 'negativeCg']));
  });
});

describe("a service's own referral rules (item 11)", () => {
  it('Beacon: consent of the child or guardian, who gave it, and never a suspected guardian (003 8.3)', () => {
    expect(serviceReferralRefusal(['beacon-consent'], {})).toMatchObject({
      rule: 'beacon-consent',
      section: '003 8.3',
      mutation: 'caseRecordFacts',
      facts: ['beaconConsent', 'beaconConsentGivenBy'],
    });
    expect(serviceReferralRefusal(['beacon-consent'], { beaconConsent: true })).toMatchObject({
      facts: ['beaconConsentGivenBy'],
    });
    const suspected = { beaconConsent: true, beaconConsentGivenBy: 'guardian', familyOrCarerSuspected: true };
    expect(serviceReferralRefusal(['beacon-consent'], suspected)).toMatchObject({ rule: 'beacon-consent' });
    expect(serviceReferralRefusal(['beacon-consent'], { ...suspected, familyOrCarerSuspected: false })).toBeUndefined();
    expect(serviceReferralRefusal(['beacon-consent'], { ...suspected, beaconConsentGivenBy: 'child' })).toBeUndefined();
  });

  it('Hope at Home: a positive RG or CG decision (002 Housing flowchart)', () => {
    expect(serviceReferralRefusal(['positive-nrm-decision'], { rgOutcome: 'negative' })).toMatchObject({
      rule: 'positive-nrm-decision',
      mutation: 'caseRecordDecision',
    });
    expect(serviceReferralRefusal(['positive-nrm-decision'], { rgOutcome: 'positive' })).toBeUndefined();
    expect(serviceReferralRefusal([], {})).toBeUndefined();
  });
});

describe('the people around a child (item 12)', () => {
  const child = { ageStatus: 'child' };
  it("an interpreter from the person's own circle is refused on every kind of record (003 6.7, 7.5)", () => {
    for (const interaction of ['contact', 'interview', 'meeting'] as const)
      for (const interpreter of ['family', 'sponsor', 'carer', 'accompanyingAdult'] as const)
        expect(peopleAroundRefusal({}, interaction, interpreter, [])).toMatchObject({
          rule: 'independent-interpreter',
          section: '003 6.7, 7.5',
        });
    expect(peopleAroundRefusal(child, 'interview', 'professional', [])).toBeUndefined();
  });

  it("a parent, sponsor or carer is not at a child's interview or meeting; with a suspicion, not at any contact (003 7.4, HMSP box)", () => {
    expect(peopleAroundRefusal(child, 'interview', 'none', ['carer'])).toMatchObject({ rule: 'no-carers-present' });
    expect(peopleAroundRefusal(child, 'meeting', null, ['family'])).toMatchObject({ rule: 'no-carers-present' });
    expect(peopleAroundRefusal(child, 'contact', null, ['family'])).toBeUndefined();
    expect(peopleAroundRefusal({ ...child, familyOrCarerSuspected: true }, 'contact', null, ['family'])).toMatchObject({
      rule: 'family-or-carer-suspected',
    });
  });
});
