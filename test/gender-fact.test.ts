/**
 * 002-19: Coventry's NRPF accommodation options have their eligibility. The WMASN safehouse takes
 * male adults before the NRM: the pathway reads the person's gender from what was recorded on the
 * case's subject (never from a name, never typed in twice), and a gender that is not known is
 * refused with the fact named, not guessed. Runs on a fixed clock.
 */
import {
  CaseEnrolDocument,
  CaseRecordFactsDocument,
  CaseTransitionDocument,
  CaseUpdateSubjectDocument,
  type CaseStateFragment,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track } from './support/cases.ts';
import { useClock } from './support/clock.ts';

useClock('2026-11-10T12:00:00Z');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('the gender fact comes from the subject (002-19)', () => {
  it('WMASN safehouse: refused naming the fact while gender is not known; allowed once the subject says male', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Gender fact test.',
      identifiedAt: '2026-11-09T09:00:00Z',
      subject: { dateOfBirth: '1990-05-01', gender: 'NOT_KNOWN' },
    });
    let state: CaseStateFragment = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    expect(state.facts).toMatchObject({ gender: 'notKnown' });

    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-housing' } })).caseEnrol,
    );
    const housing = () => track(state, 'coventry-housing').id;
    for (const [transition, facts] of [
      ['referToHousingServices', { roughSleeping: false }],
      ['assessedNrpf', { nrpf: true }],
    ] as const)
      state = succeeded(
        (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: housing(), transition, facts } }))
          .caseTransition,
      );

    const safehouse = {
      nrpfAccommodation: 'wmasnSafehouse',
      previouslyReferred: false,
      wmasnAssessmentAccepted: true,
    };
    const refused = (
      await lead.mutate(CaseTransitionDocument, {
        input: { ...v(), trackId: housing(), transition: 'arrangeNrpfAccommodation', facts: safehouse },
      })
    ).caseTransition;
    const error = failedWith(refused, 'GuardFailedError') as unknown as { guards: { facts: string[] }[] };
    expect(error.guards.flatMap((g) => g.facts)).toContain('gender');
    expect((await caseState(lead, state.id)).version).toBe(state.version);

    // Gender is recorded on the subject, not typed in as a fact.
    const typed = (await lead.mutate(CaseRecordFactsDocument, { input: { ...v(), facts: { gender: 'male' } } }))
      .caseRecordFacts;
    expect(failedWith(typed, 'RuleViolationError')).toMatchObject({ mutation: 'caseUpdateSubject' });

    state = succeeded(
      (await lead.mutate(CaseUpdateSubjectDocument, { input: { ...v(), subject: { gender: 'MALE' } } }))
        .caseUpdateSubject,
    );
    expect(state.facts).toMatchObject({ gender: 'male' });
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: housing(), transition: 'arrangeNrpfAccommodation', facts: safehouse },
        })
      ).caseTransition,
    );
    expect(track(state, 'coventry-housing').step.id).toBe('nrpfAccommodated');
  });
});
