/**
 * Hertfordshire's step actions through the SDK (issue 17, review 003-20 with 003-4): a guardian is
 * told about the NRM only while family or care givers are not suspected of the exploitation. Once
 * a suspicion is recorded the checklist shows the guardian's item as not applying and not
 * recordable, and recording it anyway is a RuleViolationError naming the rule that changes nothing.
 * Also 003-17 over the API: declining an Independent Visitor needs the reasons.
 */
import {
  CaseChecklistsDocument,
  CaseEnrolDocument,
  CaseRecordActionDocument,
  CaseRecordFactsDocument,
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

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

async function checklist(client: WaymarkClient, caseId: string) {
  const { case: found } = await client.query(CaseChecklistsDocument, { id: caseId });
  return found!.tracks.find((t) => t.pathwayId === 'hertfordshire-child')!.checklist;
}

async function snapshot(caseId: string) {
  const id = rawId(caseId);
  return {
    row: await api.prisma.case.findUniqueOrThrow({ where: { id }, select: { version: true } }),
    events: await api.prisma.caseEvent.count({ where: { caseId: id } }),
    tracks: await api.prisma.caseTrack.findMany({ where: { caseId: id }, select: { events: true } }),
  };
}

/** A Hertfordshire child at the strategy discussion, HCC's outcome recorded. */
async function childAtStrategyDiscussion(worker: WaymarkClient) {
  const opened = await openCase(worker, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Found working at a nail bar during school hours.',
    identifiedAt: '2026-09-14T07:00:00Z',
    subject: { dateOfBirth: '2011-02-03' },
  });
  let state: CaseStateFragment = await caseState(worker, opened.case.id);
  const v = () => ({ caseId: state.id, expectedVersion: state.version });
  state = succeeded(
    (await worker.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'hertfordshire-child' } })).caseEnrol,
  );
  const trackId = track(state, 'hertfordshire-child').id;
  expect(track(state, 'hertfordshire-child').pathwayVersion).toBe(3);
  const move = async (transition: string, facts?: Record<string, unknown>) =>
    succeeded(
      (await worker.mutate(CaseTransitionDocument, { input: { ...v(), trackId, transition, facts } })).caseTransition,
    );
  state = await move('notifyChildrensServices', { immediateDanger: false });
  state = await move('recordReference');
  state = succeeded(
    (
      await worker.mutate(CaseRecordActionDocument, {
        input: { ...v(), trackId, actionId: 'ensureMultiAgencyReferral' },
      })
    ).caseRecordAction,
  );
  state = await move('recordContactOutcome');
  return { state, trackId };
}

describe('Hertfordshire step actions', () => {
  it('003-20: a suspected guardian is never told about the NRM; the refusal names the rule and changes nothing', async () => {
    const worker = api.as(people.hertsCaseworker);
    const at = await childAtStrategyDiscussion(worker);
    let state = at.state;
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: at.trackId, transition: 'scheduleMultiAgencyMeeting' },
        })
      ).caseTransition,
    );
    const guardianItem = async () =>
      (await checklist(worker, state.id)).find((i) => i.action === 'explainNrmToGuardian')!;
    expect(await guardianItem()).toMatchObject({ applies: true, canRecord: true });

    state = succeeded(
      (
        await worker.mutate(CaseRecordFactsDocument, {
          input: { ...v(), facts: { familyOrCarerSuspected: true } },
        })
      ).caseRecordFacts,
    );
    expect(await guardianItem()).toMatchObject({ applies: false, canRecord: false, outstanding: false });
    const before = await snapshot(state.id);
    const refused = (
      await worker.mutate(CaseRecordActionDocument, {
        input: { ...v(), trackId: at.trackId, actionId: 'explainNrmToGuardian' },
      })
    ).caseRecordAction;
    expect(failedWith(refused, 'RuleViolationError')).toMatchObject({
      rule: 'family-or-carer-suspected',
      section: '003 7.4; 8.11 HMSP pathway box',
    });
    expect(await snapshot(state.id)).toEqual(before);

    // The child is still told.
    state = succeeded(
      (
        await worker.mutate(CaseRecordActionDocument, {
          input: { ...v(), trackId: at.trackId, actionId: 'explainNrmToChild' },
        })
      ).caseRecordAction,
    );
    expect((await checklist(worker, state.id)).find((i) => i.action === 'explainNrmToChild')).toMatchObject({
      outstanding: false,
    });
  });

  it('003-17: declining an Independent Visitor is recorded only with the reasons', async () => {
    const worker = api.as(people.hertsCaseworker);
    const at = await childAtStrategyDiscussion(worker);
    let state = at.state;
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const item = (await checklist(worker, state.id)).find((i) => i.action === 'offerIndependentVisitor')!;
    expect(item).toMatchObject({ required: true, outstanding: true });
    expect(item.records.find((r) => r.name === 'declineReasons')).toMatchObject({
      required: false,
      requiredIf: { field: 'response', equals: 'declined' },
    });
    const before = await snapshot(state.id);
    const offer = async (values: Record<string, unknown>) =>
      (
        await worker.mutate(CaseRecordActionDocument, {
          input: { ...v(), trackId: at.trackId, actionId: 'offerIndependentVisitor', values },
        })
      ).caseRecordAction;
    expect(failedWith(await offer({ response: 'declined' }), 'ValidationError')).toMatchObject({
      fieldErrors: [expect.objectContaining({ path: ['values', 'declineReasons'] })],
    });
    expect(await snapshot(state.id)).toEqual(before);
    state = succeeded(await offer({ response: 'declined', declineReasons: 'Wants to settle in first.' }));
    expect((await checklist(worker, state.id)).find((i) => i.action === 'offerIndependentVisitor')).toMatchObject({
      outstanding: false,
    });
  });
});
