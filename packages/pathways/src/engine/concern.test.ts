import { describe, expect, it } from 'vitest';
import { coventryHealth, coventryInitialIdentification as iis } from '../pathways/coventry';
import { kirklees as kirkleesReporting } from '../pathways';
import { actors, Walk } from '../testing/walk';
import { concernRefusal, openingFacts, optionsForConcern } from './concern';
import { allowedTransitions, startTrack } from './transitions';

describe('the concern decides the questions (issue 12 item 14)', () => {
  it('immediate risk recorded at opening reaches the pathway: 999 comes first', () => {
    const facts = openingFacts({ concernKind: 'POTENTIAL_VICTIM', immediateRisk: true });
    expect(facts).toMatchObject({ concernSubject: 'victim', immediateDanger: true, immediateRiskOfSeriousHarm: true });
    const w = new Walk(coventryHealth, '2026-03-02T09:00:00Z').set({ ...facts, clinicalNeedsAddressed: true });
    w.refuse('discussWithSafeguardingLead', 'GUARD_FAILED');
    w.take('call999').take('discussWithSafeguardingLead');
    const risk = new Walk(iis, '2026-03-02T09:00:00Z').set({ ...facts, childrenInvolved: false, ageStatus: 'adult' });
    risk.refuse('gatherInformation', 'GUARD_FAILED');
    risk.take('call999').take('gatherInformation');
    // "No immediate risk" does not answer the council pathways' wider immediate-threat question.
    expect(openingFacts({ concernKind: 'POTENTIAL_VICTIM', immediateRisk: false })).not.toHaveProperty(
      'immediateThreat',
    );
  });

  it('a concern about a perpetrator, location or business asks no age question (002-1)', () => {
    for (const concernKind of ['PERPETRATOR', 'LOCATION', 'BUSINESS'] as const) {
      const w = new Walk(iis, '2026-03-02T09:00:00Z').set({
        ...openingFacts({ concernKind, immediateRisk: false }),
        childrenInvolved: false,
      });
      // No age facts recorded, and none asked for: the route runs to its end (002-3: through intelligence).
      w.takeAll('gatherInformation', 'reportToModernSlaveryLead');
      w.set({ intelligenceRoute: 'police101' }).take('submitIntelligence');
      expect(w.enabled()).toContain(`${concernKind.toLowerCase()}Concern`);
    }
    // A concern about a person whose age is unknown still asks it.
    const victim = new Walk(iis, '2026-03-02T09:00:00Z').set({
      ...openingFacts({ concernKind: 'POTENTIAL_VICTIM', immediateRisk: false }),
      childrenInvolved: false,
    });
    expect(victim.refuse('gatherInformation', 'MISSING_FACTS')).toMatchObject({ facts: ['ageStatus'] });
  });

  it('without a potential victim no NRM referral or Duty to Notify is offered, and both are refused', () => {
    expect(concernRefusal('nrmReferral', 'PERPETRATOR')).toMatchObject({
      rule: 'potential-victim-only',
      section: '002 4.1',
      mutation: 'caseOpen',
    });
    expect(concernRefusal('dutyToNotify', 'BUSINESS')).toMatchObject({ rule: 'potential-victim-only' });
    expect(concernRefusal('nrmReferral', 'POTENTIAL_VICTIM')).toBeUndefined();
    expect(concernRefusal('decision', 'LOCATION')).toBeUndefined();
    const w = new Walk(kirkleesReporting, '2026-03-02T09:00:00Z');
    const options = allowedTransitions(
      kirkleesReporting,
      startTrack(kirkleesReporting, w.now).track,
      {},
      actors.frCaseworker,
      w.now,
    );
    const all = [
      ...options,
      { ...options[0]!, name: 'x', kind: 'nrmReferral' as const },
      { ...options[0]!, name: 'y', kind: 'dutyToNotify' as const },
    ];
    expect(optionsForConcern(all, 'PERPETRATOR').map((o) => o.kind)).not.toEqual(
      expect.arrayContaining(['nrmReferral']),
    );
    expect(optionsForConcern(all, 'PERPETRATOR').some((o) => o.kind === 'dutyToNotify')).toBe(false);
    expect(optionsForConcern(all, 'POTENTIAL_VICTIM')).toHaveLength(all.length);
  });
});
