/**
 * The pathway types are what the definitions say: `pnpm typecheck` fails when a line marked
 * @ts-expect-error compiles (the types got looser) or an unmarked one does not (tighter).
 */
import { describe, expect, it } from 'vitest';
import type { DeadlineStatus } from './_generated/graphql.ts';
import type { PathwayFacts, StepId, TransitionName } from './_generated/pathways.ts';
import { caseFacts, isPathway, readCaseFacts, transitionName } from './pathways.ts';

describe('pathway types', () => {
  it('facts: known names with their own types; unknown names and wrong values do not compile', () => {
    const facts = caseFacts({ firstResponderInvolved: true, ageStatus: 'adult', rgDecisionDate: '2026-05-01' });
    expect(facts).toEqual({ firstResponderInvolved: true, ageStatus: 'adult', rgDecisionDate: '2026-05-01' });
    // @ts-expect-error: no such fact
    caseFacts({ firstResponderInvolvd: true });
    // @ts-expect-error: an enum fact takes only its values
    caseFacts({ ageStatus: 'teenager' });
    // @ts-expect-error: a boolean fact
    caseFacts({ firstResponderInvolved: 'yes' });
    // null clears a fact.
    expect(caseFacts({ firstResponderInvolved: null })).toEqual({ firstResponderInvolved: null });

    const read = readCaseFacts({ facts: { ageStatus: 'child' } });
    const ageStatus: 'adult' | 'child' | 'uncertain' | null | undefined = read.ageStatus;
    expect(ageStatus).toBe('child');
    const preNrm: keyof PathwayFacts['coventry-pre-nrm'] = 'consentToNrm';
    // @ts-expect-error: a fact the pre-NRM pathway does not read
    const notRead: keyof PathwayFacts['coventry-pre-nrm'] = 'cgDecisionDate';
    expect([preNrm, notRead]).toHaveLength(2);
  });

  it('transitions and steps are literal unions per pathway', () => {
    expect(transitionName('coventry-pre-nrm', 'consentGiven')).toBe('consentGiven');
    // @ts-expect-error: a transition of another pathway
    transitionName('coventry-pre-nrm', 'rgPositive');
    const step: StepId<'coventry-pre-nrm'> = 'explainNrm';
    const any: TransitionName = 'rgPositive';
    // @ts-expect-error: no pathway has it
    const none: TransitionName = 'jumpToTheEnd';
    expect([step, any, none]).toHaveLength(3);
  });

  it('deadline statuses are a literal union', () => {
    const statuses: DeadlineStatus[] = ['running', 'overdue', 'met', 'metLate', 'elapsed', 'unscheduled', 'stopped'];
    // @ts-expect-error: not a status
    const late: DeadlineStatus = 'late';
    expect([...statuses, late]).toHaveLength(8);
  });

  it('isPathway narrows a track by its pathway id', () => {
    const track: { pathwayId: string } = { pathwayId: 'coventry-pre-nrm' };
    expect(isPathway(track, 'coventry-pre-nrm')).toBe(true);
    expect(isPathway(track, 'kirklees-reporting')).toBe(false);
    if (isPathway(track, 'coventry-pre-nrm')) {
      const id: 'coventry-pre-nrm' = track.pathwayId;
      expect(id).toBe('coventry-pre-nrm');
    }
  });
});
