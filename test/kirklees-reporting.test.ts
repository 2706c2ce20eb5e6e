/**
 * Kirklees v3 through the API (issue 17, 004): the reporting routes recorded as many as apply,
 * a public authority's Duty to Notify read from the viewer's organisation (004-4), and the NRM's
 * second stage recorded with caseRecordDecision (004-6).
 */
import {
  CaseChecklistsDocument,
  CaseEnrolDocument,
  CaseRecordActionDocument,
  CaseRecordDecisionDocument,
  CaseSubmitNrmReferralDocument,
  CaseTransitionDocument,
  type CaseStateFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track } from './support/cases.ts';
import { useClock } from './support/clock.ts';

useClock('2026-11-10T10:00:00Z');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const KIRKLEES = 'kirklees-reporting';
/** A caseworker at Kirklees Council: a First Responder public authority. */
const councilWorker = 'caseworker.kirklees@waymark.example';

async function kirkleesCase(client: WaymarkClient, dateOfBirth: string) {
  const opened = await openCase(client, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Works nights at a hand car wash and sleeps on site.',
    subject: { givenName: 'Kirk', familyName: 'Lees', dateOfBirth, gender: 'MALE' },
  });
  let state = await caseState(client, opened.case.id);
  if (!state.tracks.some((t) => t.pathwayId === KIRKLEES))
    state = succeeded(
      (
        await client.mutate(CaseEnrolDocument, {
          input: { caseId: state.id, expectedVersion: state.version, pathwayId: KIRKLEES },
        })
      ).caseEnrol,
    );
  return state;
}

async function checklist(client: WaymarkClient, caseId: string) {
  const { case: found } = await client.query(CaseChecklistsDocument, { id: caseId });
  return found!.tracks.find((t) => t.pathwayId === KIRKLEES)!.checklist;
}

describe('Kirklees reporting (004, version 3)', () => {
  it('004-3, 004-4: the routes combine; the council cannot close the report until it says why there is no NRM referral or DtN', async () => {
    const worker = api.as(councilWorker);
    let state: CaseStateFragment = await kirkleesCase(worker, '1988-02-03');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const trackId = track(state, KIRKLEES).id;
    expect(track(state, KIRKLEES).pathwayVersion).toBe(3);

    // Routes that apply are recorded side by side on the one report.
    for (const actionId of ['submitPartnerIntelligence', 'reportToHelpline'])
      state = succeeded(
        (await worker.mutate(CaseRecordActionDocument, { input: { ...v(), trackId, actionId, values: {} } }))
          .caseRecordAction,
      );
    const items = await checklist(worker, state.id);
    expect(items.filter((i) => i.done.length > 0).map((i) => i.action)).toEqual([
      'submitPartnerIntelligence',
      'reportToHelpline',
    ]);
    // The council is a public authority with the duty to notify: the reason applies to it.
    expect(items.find((i) => i.action === 'recordWhyNoNrmOrDtn')).toMatchObject({
      required: true,
      applies: true,
      outstanding: true,
    });

    const before = state.version;
    const refused = failedWith(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId, transition: 'closeReport', facts: { emergency: false, atRiskOfHarm: false } },
        })
      ).caseTransition,
      'ActionRequiredError',
    );
    expect(refused).toMatchObject({ action: 'recordWhyNoNrmOrDtn', step: 'suspicion' });
    expect((await caseState(worker, state.id)).version).toBe(before);

    state = succeeded(
      (
        await worker.mutate(CaseRecordActionDocument, {
          input: {
            ...v(),
            trackId,
            actionId: 'recordWhyNoNrmOrDtn',
            values: { reason: 'anotherFirstResponderReferredOrNotified', detail: 'West Yorkshire Police referred' },
          },
        })
      ).caseRecordAction,
    );
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId, transition: 'closeReport', facts: { emergency: false, atRiskOfHarm: false } },
        })
      ).caseTransition,
    );
    expect(track(state, KIRKLEES).step.id).toBe('reported');
  });

  it('004-6: after the referral the track waits for the Reasonable Grounds decision, recorded with caseRecordDecision', async () => {
    const worker = api.as(councilWorker);
    // A child: no consent is needed for the NRM.
    let state: CaseStateFragment = await kirkleesCase(worker, '2011-06-01');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const trackId = track(state, KIRKLEES).id;
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId, transition: 'considerNrm', facts: { emergency: false } },
        })
      ).caseTransition,
    );
    state = succeeded(
      (await worker.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId } })).caseSubmitNrmReferral,
    );
    expect(track(state, KIRKLEES).step.id).toBe('nrmReferred');
    state = succeeded(
      (
        await worker.mutate(CaseRecordDecisionDocument, {
          input: { ...v(), trackId, type: 'REASONABLE_GROUNDS', result: 'POSITIVE', decidedOn: '2026-11-10' },
        })
      ).caseRecordDecision,
    );
    expect(track(state, KIRKLEES).step.id).toBe('recoveryPeriod');
  });
});
