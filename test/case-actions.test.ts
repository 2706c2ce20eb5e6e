/**
 * Step actions through the SDK (issue 17 item 1): a track's checklist, caseRecordAction, a
 * required action holding back the transition after it, the typed refusals; and pathway versions
 * (item 7): a running track keeps the rules of the version it started on.
 */
import {
  CaseChecklistsDocument,
  CaseEnrolDocument,
  CaseRecordActionDocument,
  CaseRecordCapacityAssessmentDocument,
  CaseRecordConsentDocument,
  CaseSubmitNrmReferralDocument,
  CaseTransitionDocument,
  type CaseStateFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track } from './support/cases.ts';
import { useClock } from './support/clock.ts';

useClock('2026-09-14T08:00:00Z');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function checklist(client: WaymarkClient, caseId: string, pathwayId = 'bexley-referral') {
  const { case: found } = await client.query(CaseChecklistsDocument, { id: caseId });
  return found!.tracks.find((t) => t.pathwayId === pathwayId)!.checklist;
}

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

/** A Bexley adult case on the Bexley track, at "Contact the SPoC" with the concerns in writing. */
async function bexleyCaseAtSpoc(lead: WaymarkClient) {
  const opened = await openCase(lead, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Sleeping at the car wash where they work.',
    identifiedAt: '2026-09-14T07:00:00Z',
    subject: { givenName: 'Check', familyName: 'List', dateOfBirth: '1990-04-05', gender: 'FEMALE' },
  });
  let state = await caseState(lead, opened.case.id);
  const v = () => ({ caseId: state.id, expectedVersion: state.version });
  state = succeeded(
    (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'bexley-referral' } })).caseEnrol,
  );
  const trackId = track(state, 'bexley-referral').id;
  const move = async (transition: string, facts?: Record<string, unknown>) =>
    (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId, transition, facts } })).caseTransition;
  state = succeeded(await move('startCrisisAssessment'));
  state = succeeded(await move('contactSpoc', { immediateThreat: false, concernsInWriting: true }));
  return { state, trackId };
}

describe('step actions', () => {
  it('a required action shows on the checklist, holds back the hand-over naming itself, and is recorded with who and what', async () => {
    const lead = api.as(people.bexleyLead);
    const atSpoc = await bexleyCaseAtSpoc(lead);
    const trackId = atSpoc.trackId;
    let state = atSpoc.state;
    const v = () => ({ caseId: state.id, expectedVersion: state.version });

    const bexleyTrack = track(state, 'bexley-referral');
    expect(bexleyTrack.pathwayVersion).toBe(2);
    // Step 1's contacts (adults to Screeners; MASH does not apply to an adult) and step 3's own actions.
    expect((await checklist(lead, state.id)).map((i) => [i.action, i.required, i.applies, i.outstanding])).toEqual([
      ['contactScreeners', true, true, true],
      ['contactMash', true, false, false],
      ['requestMultiAgencyConversation', true, true, true],
      ['alertHousing', true, true, true],
    ]);
    const handOver = bexleyTrack.allowedTransitions.find((o) => o.name === 'handOverToSpoc')!;
    expect(handOver.enabled).toBe(false);
    expect(handOver.reasons).toContainEqual(
      expect.objectContaining({ code: 'ACTION_REQUIRED', action: 'contactScreeners' }),
    );

    const refused = failedWith(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId, transition: 'handOverToSpoc' } }))
        .caseTransition,
      'ActionRequiredError',
    );
    expect(refused).toMatchObject({ action: 'contactScreeners', step: 'spocHandover' });
    expect((await caseState(lead, state.id)).version).toBe(state.version);

    state = succeeded(
      (
        await lead.mutate(CaseRecordActionDocument, {
          input: {
            ...v(),
            trackId,
            actionId: 'contactScreeners',
            values: { recipient: 'Screeners duty officer', reference: 'SCR-1042' },
            // Recorded after the fact: the checklist keeps when it really happened.
            occurredAt: '2026-09-14T07:45:00Z',
          },
        })
      ).caseRecordAction,
    );
    const item = (await checklist(lead, state.id)).find((i) => i.action === 'contactScreeners')!;
    expect(item.outstanding).toBe(false);
    expect(item.done).toEqual([
      {
        at: '2026-09-14T07:45:00.000Z',
        values: { recipient: 'Screeners duty officer', reference: 'SCR-1042' },
        recordedBy: expect.objectContaining({ displayName: expect.any(String) }),
      },
    ]);
    expect(track(state, 'bexley-referral').step.id).toBe('spocHandover');
    for (const actionId of ['requestMultiAgencyConversation', 'alertHousing'])
      state = succeeded(
        (
          await lead.mutate(CaseRecordActionDocument, {
            input: { ...v(), trackId, actionId, values: { recipient: 'Community Safety Team' } },
          })
        ).caseRecordAction,
      );

    // One case event per action recorded; the audit row names the fields, never their values.
    const caseId = rawId(state.id);
    const events = await api.prisma.caseEvent.findMany({
      where: { caseId, kind: 'ACTION_RECORDED' },
      orderBy: { seq: 'asc' },
    });
    expect(events.map((e) => (e.data as { action: string }).action)).toEqual([
      'contactScreeners',
      'requestMultiAgencyConversation',
      'alertHousing',
    ]);
    // The first of the three (rows come back in no particular order without one).
    const audit = await api.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: caseId, action: 'case.recordAction' },
      orderBy: { id: 'asc' },
    });
    expect(audit.data).toMatchObject({ actionId: 'contactScreeners', fields: ['recipient', 'reference'] });
    expect(JSON.stringify(audit.data)).not.toContain('SCR-1042');

    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId, transition: 'handOverToSpoc' } }))
        .caseTransition,
    );
    expect(track(state, 'bexley-referral').step.id).toBe('initialAssessment');
  });

  it('refuses an unknown action, values that do not fit and an action of another step, changing nothing', async () => {
    const lead = api.as(people.bexleyLead);
    const { state, trackId } = await bexleyCaseAtSpoc(lead);
    const input = (actionId: string, values?: Record<string, unknown>) => ({
      caseId: state.id,
      expectedVersion: state.version,
      trackId,
      actionId,
      values,
    });
    const record = async (actionId: string, values?: Record<string, unknown>) =>
      (await lead.mutate(CaseRecordActionDocument, { input: input(actionId, values) })).caseRecordAction;

    expect(failedWith(await record('inventedAction'), 'UnknownActionError')).toMatchObject({
      action: 'inventedAction',
    });
    const invalid = failedWith(
      await record('contactScreeners', { recipient: 42, favourite: 'blue' }),
      'ValidationError',
    );
    expect(JSON.stringify(invalid)).not.toContain('blue');
    expect((invalid as unknown as { fieldErrors: { field: string }[] }).fieldErrors.map((f) => f.field).sort()).toEqual(
      ['values.favourite', 'values.recipient'],
    );
    // Bexley's "inform the CST of the DtN" belongs to step 6A; the track is at step 3.
    const elsewhere = failedWith(await record('informCstOfDtn'), 'ActionNotAtStepError');
    expect(elsewhere).toMatchObject({ step: 'spocHandover' });

    const after = await caseState(lead, state.id);
    expect(after.version).toBe(state.version);
    expect(await api.prisma.caseEvent.count({ where: { caseId: rawId(state.id), kind: 'ACTION_RECORDED' } })).toBe(0);
  });
});

describe('pathway versions', () => {
  it('a track that started on version 1 keeps its rules while a new track follows version 2', async () => {
    const lead = api.as(people.bexleyLead);
    const { state: newer } = await bexleyCaseAtSpoc(lead);
    const { state: older, trackId } = await bexleyCaseAtSpoc(lead);
    // As if the second track had started before version 2 was deployed.
    await api.prisma.caseTrack.update({ where: { id: rawId(trackId) }, data: { pathwayVersion: 1 } });

    const pinned = track(await caseState(lead, older.id), 'bexley-referral');
    expect(pinned.pathwayVersion).toBe(1);
    expect(await checklist(lead, older.id)).toEqual([]);
    expect(pinned.allowedTransitions.find((o) => o.name === 'handOverToSpoc')?.enabled).toBe(true);
    const current: CaseStateFragment = await caseState(lead, newer.id);
    expect(track(current, 'bexley-referral').allowedTransitions.find((o) => o.name === 'handOverToSpoc')?.enabled).toBe(
      false,
    );

    const moved = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { caseId: older.id, expectedVersion: older.version, trackId, transition: 'handOverToSpoc' },
        })
      ).caseTransition,
    );
    expect(track(moved, 'bexley-referral')).toMatchObject({ pathwayVersion: 1, step: { id: 'initialAssessment' } });
  });

  it('a version-1 track, whose rules read capacityConsidered, reaches the NRM referral once the capacity assessment is recorded', async () => {
    const lead = api.as(people.bexleyLead);
    const atSpoc = await bexleyCaseAtSpoc(lead);
    const trackId = atSpoc.trackId;
    let state = atSpoc.state;
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    // As if the track had started before version 2 (capacity per decision) was deployed.
    await api.prisma.caseTrack.update({ where: { id: rawId(trackId) }, data: { pathwayVersion: 1 } });
    state = await caseState(lead, state.id);
    const move = async (transition: string, facts?: Record<string, unknown>) =>
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId, transition, facts } })).caseTransition;
    state = succeeded(await move('handOverToSpoc'));
    state = succeeded(
      await move('recordUrgentAssessment', {
        stillTargeted: true,
        housed: false,
        hasIncome: false,
        immediateRisk: true,
      }),
    );
    state = succeeded(await move('moveToNrmStage'));
    state = succeeded(
      (
        await lead.mutate(CaseRecordCapacityAssessmentDocument, {
          input: {
            ...v(),
            decision: 'NRM_CONSENT',
            capacityInDoubt: true,
            outcome: 'HAS_CAPACITY',
            assessedBy: 'Social worker, Bexley ASC',
            assessedOn: '2026-09-14',
          },
        })
      ).caseRecordCapacityAssessment,
    );
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN' } })).caseRecordConsent,
    );
    const pinned = track(state, 'bexley-referral');
    expect(pinned).toMatchObject({ pathwayVersion: 1, step: { id: 'explainNrm' } });
    // Nothing records capacityConsidered any more: the assessment for this decision answers it.
    expect(pinned.allowedTransitions.find((o) => o.name === 'submitNrmReferral')).toMatchObject({ enabled: true });
    state = succeeded(
      (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId } })).caseSubmitNrmReferral,
    );
    expect(track(state, 'bexley-referral')).toMatchObject({ pathwayVersion: 1, step: { id: 'nrmSubmitted' } });
    expect(state.nrmReferrals).toHaveLength(1);
  });
});
