/**
 * Clocks run from the real date (issue 12 item 7, review, 002-11, 002-12, 002-18): a
 * decision counts from its date, Coventry's RG-expected clock from the NRM submission, a move
 * recorded after the fact from when it happened. The history keeps both times. Runs on a fixed
 * clock (10 November 2026, GMT) so every expected date is a literal.
 */
import {
  CaseEnrolDocument,
  CaseRecordConsentDocument,
  CaseRecordDecisionDocument,
  CaseRecordFactsDocument,
  CaseSubmitNrmReferralDocument,
  CaseTransitionDocument,
  type CaseStateFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, deadline, failedWith, openCase, succeeded, track, recordAction } from './support/cases.ts';
import { useClock } from './support/clock.ts';

useClock('2026-11-10T12:00:00Z');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const uuidOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

async function adultCase(client: WaymarkClient, identifiedAt: string) {
  const opened = await openCase(client, {
    concernKind: 'POTENTIAL_VICTIM',
    concern: 'Real dates test.',
    identifiedAt,
    subject: { dateOfBirth: '1985-01-01' },
  });
  return caseState(client, opened.case.id);
}

async function snapshot(caseId: string) {
  const uuid = uuidOf(caseId);
  return {
    events: await api.prisma.caseEvent.count({ where: { caseId: uuid } }),
    row: await api.prisma.case.findUniqueOrThrow({ where: { id: uuid }, select: { version: true, facts: true } }),
    tracks: await api.prisma.caseTrack.findMany({ where: { caseId: uuid }, select: { step: true, events: true } }),
  };
}

describe('clocks run from the real date (item 7, X-8)', () => {
  it("Coventry's RG-expected clock runs from the NRM submission; the minimum support period from the RG decision's date", async () => {
    const lead = api.as(people.coventryLead);
    let state: CaseStateFragment = await adultCase(lead, '2026-10-20T09:00:00Z');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } }))
        .caseTransition,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: pre(),
            transition: 'firstResponderIsInvolved',
            facts: { firstResponderInvolved: true, previouslyReferred: false },
          },
        })
      ).caseTransition,
    );
    // 002-10: the check with the NRM for an earlier referral comes before the referral.
    state = await recordAction(lead, state, 'coventry-pre-nrm', 'checkNrmForEarlierReferral');
    // Submitted on 27 October, recorded today (10 November).
    state = succeeded(
      (
        await lead.mutate(CaseSubmitNrmReferralDocument, {
          input: { ...v(), trackId: pre(), occurredAt: '2026-10-27T10:00:00Z' },
        })
      ).caseSubmitNrmReferral,
    );
    // Pre-NRM hands off: During-NRM starts by itself; its RG-expected clock counts from 27 October (002-11).
    expect(deadline(state, 'coventry-during-nrm', 'rgExpected')).toMatchObject({
      status: 'running',
      startedAt: '2026-10-27T00:00:00.000Z',
      dueDate: '2026-11-10', // 27 October + 14 days, not 10 November + 14
    });
    const during = () => track(state, 'coventry-during-nrm').id;
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: during(), transition: 'awaitRg', facts: { destitute: false } },
        })
      ).caseTransition,
    );

    // The positive RG decision of 31 October, typed in today.
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: { ...v(), trackId: during(), type: 'REASONABLE_GROUNDS', result: 'POSITIVE', decidedOn: '2026-10-31' },
        })
      ).caseRecordDecision,
    );
    expect(deadline(state, 'coventry-during-nrm', 'rgExpected')).toMatchObject({
      status: 'met',
      metAt: '2026-10-31T00:00:00.000Z',
    });
    // 002-12: the 30 days count from the decision, so they end on 30 November, not 10 December.
    expect(deadline(state, 'coventry-during-nrm', 'minimumSupportPeriod')).toMatchObject({
      status: 'running',
      startedAt: '2026-10-31T00:00:00.000Z',
      dueDate: '2026-11-30',
    });
    // The history keeps both times: when the decision was made and when it was recorded.
    const recorded = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'DECISION_RECORDED' },
    });
    expect(recorded.occurredAt.toISOString()).toBe('2026-10-31T00:00:00.000Z');
    expect(recorded.recordedAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-10T12:00:00Z'));
  });

  it('a move recorded after the fact (caseTransition occurredAt): Coventry move-on support counts from the real move-on (002-18)', async () => {
    const lead = api.as(people.coventryLead);
    let state = await adultCase(lead, '2026-10-01T09:00:00Z');
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-post-nrm' } })).caseEnrol,
    );
    const post = () => track(state, 'coventry-post-nrm').id;
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: { ...v(), trackId: post(), type: 'CONCLUSIVE_GROUNDS', result: 'POSITIVE', decidedOn: '2026-10-15' },
        })
      ).caseRecordDecision,
    );
    // Facts learnt on 20 October, recorded today: the history dates them when they were learnt.
    state = succeeded(
      (
        await lead.mutate(CaseRecordFactsDocument, {
          input: {
            ...v(),
            facts: { receivingNrmSupport: true, outstandingSupportNeeds: false, foreignNationalWithoutLeave: false },
            occurredAt: '2026-10-20T15:00:00Z',
          },
        })
      ).caseRecordFacts,
    );
    const learnt = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'FACTS_RECORDED' },
      orderBy: { caseVersion: 'desc' },
    });
    expect(learnt.occurredAt.toISOString()).toBe('2026-10-20T15:00:00.000Z');

    // In the future, or before the person was identified: refused, nothing written.
    const before = await snapshot(state.id);
    for (const occurredAt of ['2026-11-12T12:00:00Z', '2026-09-30T12:00:00Z']) {
      const refused = (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: post(), transition: 'moveOn', occurredAt },
        })
      ).caseTransition;
      expect(failedWith(refused, 'ValidationError').message).not.toContain(occurredAt.slice(0, 10));
    }
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: post(), transition: 'moveOn', occurredAt: '2026-11-01T10:00:00Z' },
        })
      ).caseTransition,
    );
    // 1 November + 45 days; counted from today it would end on 25 December.
    expect(deadline(state, 'coventry-post-nrm', 'moveOnSupport')).toMatchObject({
      status: 'running',
      startedAt: '2026-11-01T10:00:00.000Z',
      dueDate: '2026-12-16',
    });
    const moved = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuidOf(state.id), kind: 'TRANSITION' },
      orderBy: { caseVersion: 'desc' },
    });
    expect(moved.occurredAt.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(moved.recordedAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-10T12:00:00Z'));
  });
});
