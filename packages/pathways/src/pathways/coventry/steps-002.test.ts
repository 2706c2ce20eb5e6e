// Issue 17 on Coventry (002): the review's DOUBTFUL readings decided, and its MISSING / WEAK
// items encoded, each walked through on its pathway.
import { describe, expect, it } from 'vitest';
import type { PathwayDefinition } from '../../definition/schema';
import { actors, Walk } from '../../testing/walk';
import {
  coventryInitialIdentification as iis,
  coventryPostNrm as post,
  coventryPreNrm as pre,
  coventryTradingStandards as ts,
} from './index';

const ADULT = { ageStatus: 'adult', capacityInDoubt: false };
const walk = (def: PathwayDefinition) => new Walk(def, '2026-03-02T09:00:00Z', actors.frCaseworker);

describe('002 doubtful readings, decided', () => {
  it("002-6: an 'adult at risk' is referred to Adult Social Care even when care and support needs are not recorded", () => {
    const w = walk(iis).set({
      immediateRiskOfSeriousHarm: false,
      childrenInvolved: false,
      ...ADULT,
      concernSubject: 'victim',
      wantsSupport: true,
      careAndSupportNeeds: false,
      adultAtRisk: true,
    });
    w.takeAll('gatherInformation', 'reportToModernSlaveryLead', 'victimConcern', 'wantsSupport');
    w.take('referToAdultSocialCare').expectStep('supportOffered');
    w.set({ adultAtRisk: false });
    w.refuse('referToAdultSocialCare', 'GUARD_FAILED');
  });

  it('002-33: notifying the Modern Slavery Lead does not wait for Border Force', () => {
    const w = walk(ts).set({ exploitationPresent: true, offlineNrmFormRecorded: true, ...ADULT });
    w.take('uploadToIntelligenceDatabase').completeChecklist();
    w.take('visitPremises').completeChecklist();
    w.takeAll('examinePremises', 'exploitationFound');
    w.take('notifyModernSlaveryLead').expectStep('seekingConsent');
    expect(w.track.events.map((e) => e.name)).not.toContain('contactBorderForce');
  });
});

describe('002 missing and weak items, encoded', () => {
  const reported = (subject: string) =>
    walk(iis)
      .set({ immediateRiskOfSeriousHarm: false, childrenInvolved: false, ...ADULT, concernSubject: subject })
      .takeAll('gatherInformation', 'reportToModernSlaveryLead');

  it.each(['perpetrator', 'location', 'business'])(
    '002-3: a %s concern ends only once reported to the police or submitted as intelligence, saying how',
    (subject) => {
      const w = reported(subject);
      w.refuse(`${subject}Concern`, 'GUARD_FAILED');
      expect(w.refuse('submitIntelligence', 'MISSING_FACTS')).toMatchObject({ facts: ['intelligenceRoute'] });
      w.set({ intelligenceRoute: 'forceIntelligenceBureauForm' }).take('submitIntelligence');
      w.take(`${subject}Concern`).expectStep(`${subject}Reported`);
    },
  );

  it('002-3: a victim concern is not asked for intelligence', () => {
    reported('victim').set({ intelligenceRoute: 'police101' }).refuse('submitIntelligence', 'GUARD_FAILED');
  });

  it('002-4: a victim who declines: the anonymous DtN, or a recorded reason, before the track moves on', () => {
    const declined = () =>
      walk(iis)
        .set({
          immediateRiskOfSeriousHarm: false,
          childrenInvolved: false,
          ...ADULT,
          concernSubject: 'victim',
          wantsSupport: false,
          consentToNrm: false,
          dtnAnonymised: true,
        })
        .takeAll('gatherInformation', 'reportToModernSlaveryLead', 'victimConcern', 'declinesSupport');
    const w = declined().take('recordConcernDetails');
    w.refuse('provideHowToGetHelp', 'MISSING_FACTS');
    w.take('submitDutyToNotify').take('provideHowToGetHelp').expectStep('signposted');

    // A worker whose agency is not a First Responder cannot make the DtN: they record why not.
    const partner = declined();
    partner.actor = actors.partner;
    partner.take('recordConcernDetails').refuse('submitDutyToNotify', 'NOT_PERMITTED');
    partner.set({ noDutyToNotifyReason: 'notAFirstResponderAgency' }).take('provideHowToGetHelp');

    // The same on the Pre-NRM pathway's "no consent" branch.
    const preNrm = walk(pre)
      .set({ ...ADULT, consentToNrm: false, dtnAnonymised: true })
      .take('consentRefused');
    preNrm.refuse('seekAlternativeSupport', 'MISSING_FACTS');
    preNrm.set({ noDutyToNotifyReason: 'alreadyNotifiedOrInNrm' }).take('seekAlternativeSupport');
  });

  it('002-8 / 002-34: only a child (or a person treated as one) leaves the adult routes for MASH', () => {
    walk(pre).set(ADULT).refuse('referChildToMash', 'GUARD_FAILED');
    walk(pre).set({ ageStatus: 'child' }).take('referChildToMash').expectStep('childSafeguarding');
    const premises = walk(ts)
      .set({ exploitationPresent: true, offlineNrmFormRecorded: true, ...ADULT })
      .take('uploadToIntelligenceDatabase');
    premises.completeChecklist();
    premises.take('visitPremises').completeChecklist();
    premises.takeAll('examinePremises', 'exploitationFound');
    premises.refuse('referChildToMash', 'GUARD_FAILED');
    premises.set({ ageStatus: 'child' }).take('referChildToMash').expectStep('childSafeguarding');
    expect(ts.steps.find((s) => s.id === 'childSafeguarding')!.contacts).toEqual(['coventry-mash']);
  });
});

describe('002-16: housing after the NRM decision', () => {
  const decided = (facts: Record<string, string | boolean>) =>
    new Walk(post, '2026-05-01T10:00:00Z', actors.frCaseworker).set({ cgDecisionDate: '2026-04-29', ...facts });

  it('-ve CG, asked to leave NRM accommodation: Housing is referred while a reconsideration stays open', () => {
    const w = decided({ cgOutcome: 'negative' }).take('cgNegative');
    w.refuse('referToHousingAfterNegativeCg', 'MISSING_FACTS');
    w.set({ askedToLeaveAccommodation: true }).take('referToHousingAfterNegativeCg').expectStep('negativeCg');
    expect(w.enabled()).toContain('cgAlternativeSupport');
  });

  it('+ve CG, asked to leave NRM accommodation straight away: Housing, without move-on first', () => {
    decided({ cgOutcome: 'positive', askedToLeaveAccommodation: true })
      .take('cgPositive')
      .take('referToHousing')
      .expectStep('housingReferral');
    expect(post.steps.find((s) => s.id === 'housingReferral')!.handOff).toBe('coventry-housing');
  });
});
