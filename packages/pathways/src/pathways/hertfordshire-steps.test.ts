// Issue 17 on Hertfordshire (003): the review's MISSING / WEAK items encoded as transitions,
// facts, guards and clocks, each walked through.
import { describe, expect, it } from 'vitest';
import { actors, Walk } from '../testing/walk';
import { hertfordshireChild as herts } from './hertfordshire-child';

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
