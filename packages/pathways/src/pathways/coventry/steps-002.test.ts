// Issue 17 on Coventry (002): the review's DOUBTFUL readings decided, and its MISSING / WEAK
// items encoded, each walked through on its pathway.
import { describe, expect, it } from 'vitest';
import type { PathwayDefinition } from '../../definition/schema';
import { actors, Walk } from '../../testing/walk';
import { coventryInitialIdentification as iis, coventryTradingStandards as ts } from './index';

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
    w.takeAll('uploadToIntelligenceDatabase', 'visitPremises', 'examinePremises', 'exploitationFound');
    w.take('notifyModernSlaveryLead').expectStep('seekingConsent');
    expect(w.track.events.map((e) => e.name)).not.toContain('contactBorderForce');
  });
});
