import {
  CaseRecordActionDocument,
  CaseAcceptResponsibilityDocument,
  CaseAddNoteDocument,
  CaseAssignDocument,
  CaseCloseDocument,
  CaseEnrolDocument,
  CaseRecordConsentDocument,
  CaseRecordDecisionDocument,
  CaseRecordFactsDocument,
  CaseRecordMeetingOutcomeDocument,
  CaseReopenDocument,
  CaseRequestReconsiderationDocument,
  CaseScheduleMeetingDocument,
  CaseSubmitNrmReferralDocument,
  CaseTransitionDocument,
  OrganisationsDocument,
  ViewerDocument,
  type CaseStateFragment,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { deadline, failedWith, openCase, succeeded, track, caseState, recordAction } from './support/cases.ts';
import { useClock } from './support/clock.ts';

// 23:30 UTC on 20 October 2026 is 00:30 on 21 October in London (BST), and the clocks go back
// on 25 October: a day counted as 24 hours lands on the wrong date, a calendar day does not.
useClock('2026-10-20T23:30:00Z');
const TODAY = '2026-10-21';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

async function personId(client: WaymarkClient) {
  const { viewer } = await client.query(ViewerDocument);
  return viewer!.person.id;
}

async function organisationId(client: WaymarkClient, name: string) {
  const { organisations } = await client.query(OrganisationsDocument, { first: 5, filter: { search: name } });
  return organisations.edges.find((e) => e.node.name === name)!.node.id;
}

describe('a Coventry adult case, end to end through the SDK', () => {
  it('concern -> hand-over -> consent -> NRM -> +ve RG -> -ve CG -> reconsideration -> housing and health -> closure', async () => {
    const caseworker = api.as(people.coventryCaseworker);
    const lead = api.as(people.coventryLead);

    // Concern, in writing, by a caseworker.
    const opened = await openCase(caseworker, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Works at a car wash for food; documents held by the owner.',
      subject: { givenName: 'Walk', familyName: 'Through', dateOfBirth: '1991-02-03', gender: 'MALE' },
    });
    let state: CaseStateFragment = await caseState(lead, opened.case.id);
    expect(state.ageGroup).toBe('ADULT');
    const id = state.id;
    const v = () => ({ caseId: id, expectedVersion: state.version });

    // Hand-over to the Modern Slavery lead (000 step 3), accepted by the lead.
    state = succeeded(
      (await caseworker.mutate(CaseAssignDocument, { input: { ...v(), personId: await personId(lead) } })).caseAssign,
    );
    expect(state.assignedTo?.displayName).toMatch(/Amira Cole/);
    state = succeeded((await lead.mutate(CaseAcceptResponsibilityDocument, { input: v() })).caseAcceptResponsibility);
    expect(state.acceptedAt).not.toBeNull();

    // Consent, capacity not in doubt.
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    expect(state.consent).toMatchObject({ nrm: 'GIVEN', notAskedBecauseChild: false });

    // Pre-NRM: consent given, a First Responder involved, no earlier referral, NRM submitted.
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
    state = succeeded(
      (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: pre() } })).caseSubmitNrmReferral,
    );
    expect(track(state, 'coventry-pre-nrm').step).toMatchObject({
      id: 'referred',
      terminal: true,
      handOff: 'coventry-during-nrm',
    });
    expect(state.nrmReferrals).toHaveLength(1);
    expect(state.nrmReferrals[0]).toMatchObject({
      childNoConsentNeeded: false,
      organisation: { name: 'Coventry City Council' },
    });

    // During-NRM started with the referral (the hand-off, 002-37): nobody enrols it. The RG
    // decision is expected within 14 days (002).
    expect(track(state, 'coventry-during-nrm')).toMatchObject({ pathwayVersion: 3, step: { id: 'nrmSubmitted' } });
    const during = () => track(state, 'coventry-during-nrm').id;
    const handOff = await api.prisma.caseEvent.findFirstOrThrow({
      where: { kind: 'TRANSITION', data: { path: ['transition'], equals: 'submitNrmReferral' } },
      orderBy: { seq: 'desc' },
    });
    expect((handOff.data as { handedOff?: { pathwayId: string } }).handedOff?.pathwayId).toBe('coventry-during-nrm');
    expect(deadline(state, 'coventry-during-nrm', 'rgExpected')).toMatchObject({
      status: 'running',
      dueDate: '2026-11-04', // 21 October + 14 days
    });
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: during(), transition: 'awaitRg', facts: { destitute: false } },
        })
      ).caseTransition,
    );

    // +ve RG: the RG clock is met, recovery support runs.
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: {
            ...v(),
            trackId: during(),
            type: 'REASONABLE_GROUNDS',
            result: 'POSITIVE',
            decidedOn: TODAY,
          },
        })
      ).caseRecordDecision,
    );
    expect(track(state, 'coventry-during-nrm').step.id).toBe('positiveRg');
    expect(deadline(state, 'coventry-during-nrm', 'rgExpected')?.status).toBe('met');
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: during(), transition: 'awaitCg', facts: { wantsNrmSupport: false } },
        })
      ).caseTransition,
    );

    // -ve CG: During-NRM ends, Post-NRM takes over with the 30-day reconsideration window.
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: {
            ...v(),
            trackId: during(),
            type: 'CONCLUSIVE_GROUNDS',
            result: 'NEGATIVE',
            decidedOn: TODAY,
          },
        })
      ).caseRecordDecision,
    );
    expect(track(state, 'coventry-during-nrm').step).toMatchObject({ id: 'cgDecided', handOff: 'coventry-post-nrm' });
    expect(state.decisions.map((d) => `${d.type}:${d.result}`)).toEqual([
      'REASONABLE_GROUNDS:POSITIVE',
      'CONCLUSIVE_GROUNDS:NEGATIVE',
    ]);
    // Post-NRM started with the CG decision's hand-off; the decision recorded once is read there.
    const post = () => track(state, 'coventry-post-nrm').id;
    state = succeeded(
      (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: post(), transition: 'cgNegative' } }))
        .caseTransition,
    );
    expect(deadline(state, 'coventry-post-nrm', 'cgReconsiderationWindow')).toMatchObject({
      status: 'running',
      dueDate: '2026-11-20', // 21 October + 30 days
    });

    // Reconsideration: refused until the Modern Slavery lead is contacted with grounds, then accepted.
    const early = (await lead.mutate(CaseRequestReconsiderationDocument, { input: { ...v(), trackId: post() } }))
      .caseRequestReconsideration;
    failedWith(early, 'GuardFailedError');
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: post(),
            transition: 'contactModernSlaveryLeadCg',
            facts: { groundsForReconsideration: true },
          },
        })
      ).caseTransition,
    );
    state = succeeded(
      (await lead.mutate(CaseRequestReconsiderationDocument, { input: { ...v(), trackId: post() } }))
        .caseRequestReconsideration,
    );
    expect(track(state, 'coventry-post-nrm').step.id).toBe('cgReconsideration');
    expect(state.decisions[1]?.reconsiderationRequestedAt).not.toBeNull();
    expect(deadline(state, 'coventry-post-nrm', 'cgReconsiderationWindow')?.status).toBe('met');

    // Housing and health at the same time: several tracks on one case.
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-housing' } })).caseEnrol,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: track(state, 'coventry-housing').id,
            transition: 'referToHousingServices',
            facts: { roughSleeping: false },
          },
        })
      ).caseTransition,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-health' } })).caseEnrol,
    );
    expect(state.tracks.map((t) => t.pathwayId)).toEqual([
      'coventry-pre-nrm',
      'coventry-during-nrm',
      'coventry-post-nrm',
      'coventry-housing',
      'coventry-health',
    ]);
    expect(track(state, 'coventry-housing').step.id).toBe('housingAssessment');

    // A note, then closure; a closed case refuses changes until reopened.
    state = succeeded(
      (
        await lead.mutate(CaseAddNoteDocument, {
          input: { ...v(), text: 'Reconsideration submitted with new evidence.' },
        })
      ).caseAddNote,
    );
    state = succeeded(
      (
        await lead.mutate(CaseCloseDocument, {
          input: { ...v(), reason: 'Moved out of area; handed to receiving council.' },
        })
      ).caseClose,
    );
    expect(state.status).toBe('CLOSED');
    failedWith(
      (await lead.mutate(CaseAddNoteDocument, { input: { ...v(), text: 'late' } })).caseAddNote,
      'CaseClosedError',
    );
    state = succeeded(
      (await lead.mutate(CaseReopenDocument, { input: { ...v(), reason: 'Returned to Coventry.' } })).caseReopen,
    );
    expect(state.status).toBe('OPEN');
    expect(state.notes.map((n) => n.text)).toEqual(['Reconsideration submitted with new evidence.']);
  });
});

describe('a Hertfordshire child case', () => {
  it('no consent asked, presumption of age, STRAT meeting decides the NRM and the lead First Responder', async () => {
    const worker = api.as(people.hertsCaseworker);
    const opened = await openCase(worker, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Found at a cannabis grow; says he is 19 but looks younger.',
      subject: { estimatedAge: 16, ageUncertain: true, gender: 'MALE', interpreterNeeded: true },
    });
    let state = await caseState(worker, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });

    // Presumption of age: uncertain age with reason to believe a child -> treated as a child.
    expect(state.ageGroup).toBe('CHILD');
    expect(state.facts).toMatchObject({ ageStatus: 'uncertain', reasonToBelieveChild: true });
    const asked = (await worker.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN' } }))
      .caseRecordConsent;
    expect(failedWith(asked, 'RuleViolationError')).toMatchObject({ rule: 'nrm-consent', section: '003 8.3' });

    state = succeeded(
      (await worker.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'hertfordshire-child' } })).caseEnrol,
    );
    const herts = () => track(state, 'hertfordshire-child').id;
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: herts(), transition: 'notifyChildrensServices', facts: { immediateDanger: false } },
        })
      ).caseTransition,
    );
    // Children's services notified: the 24-hour outcome clock runs (003 8.5).
    expect(track(state, 'hertfordshire-child').deadlines.some((d) => d.status === 'running')).toBe(true);
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: herts(), transition: 'recordReference' },
        })
      ).caseTransition,
    );
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: herts(), transition: 'recordContactOutcome' },
        })
      ).caseTransition,
    );
    // HMSP: a First Responder (the council here) makes sure the referral reaches the multi-agency hub first.
    state = succeeded(
      (
        await worker.mutate(CaseRecordActionDocument, {
          input: { ...v(), trackId: herts(), actionId: 'ensureMultiAgencyReferral' },
        })
      ).caseRecordAction,
    );
    state = succeeded(
      (
        await worker.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: herts(), transition: 'scheduleMultiAgencyMeeting' },
        })
      ).caseTransition,
    );

    // The STRAT meeting, then its outcome: submit the NRM, the council leads.
    const council = await organisationId(worker, 'Hertfordshire County Council');
    const police = await organisationId(worker, 'Hertfordshire Constabulary').catch(() => council);
    state = succeeded(
      (
        await worker.mutate(CaseScheduleMeetingDocument, {
          input: {
            ...v(),
            kind: 'STRAT',
            scheduledFor: new Date().toISOString(),
            attendeeOrganisationIds: [council, police],
          },
        })
      ).caseScheduleMeeting,
    );
    // The meeting's decision is taken only by recording its outcome, never by a bare transition.
    const blocked = (
      await worker.mutate(CaseTransitionDocument, {
        input: { ...v(), trackId: herts(), transition: 'agreeNrmSubmission' },
      })
    ).caseTransition;
    expect(failedWith(blocked, 'RuleViolationError')).toMatchObject({
      mutation: 'caseRecordMeetingOutcome',
      section: '003 8.4',
    });
    state = succeeded(
      (
        await worker.mutate(CaseRecordMeetingOutcomeDocument, {
          input: {
            ...v(),
            meetingId: state.meetings[0]!.id,
            heldAt: new Date().toISOString(),
            nrmDecision: 'SUBMIT',
            leadFirstResponderId: council,
          },
        })
      ).caseRecordMeetingOutcome,
    );
    expect(state.meetings[0]).toMatchObject({
      nrmDecision: 'SUBMIT',
      leadFirstResponder: { name: 'Hertfordshire County Council' },
    });
    // Recording the held meeting took the pathway's meeting transition, in the same change.
    expect(track(state, 'hertfordshire-child').step.id).toBe('nrmToSubmit');

    // The NRM referral goes in with no consent recorded: a child needs none.
    state = succeeded(
      (await worker.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: herts() } }))
        .caseSubmitNrmReferral,
    );
    expect(state.consent).toMatchObject({ nrm: null, notAskedBecauseChild: true });
    expect(state.nrmReferrals[0]?.childNoConsentNeeded).toBe(true);
    expect(track(state, 'hertfordshire-child').step.id).toBe('nrmSubmitted');
  });
});

describe('refusals change nothing and say why', () => {
  async function freshCase(client: WaymarkClient) {
    const opened = await openCase(client, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Refusal test.',
      subject: { dateOfBirth: '1985-01-01' },
    });
    return await caseState(client, opened.case.id);
  }

  async function snapshot(caseId: string) {
    const uuid = Buffer.from(caseId, 'base64').toString().split(':')[1]!;
    return {
      events: await api.prisma.caseEvent.count({ where: { caseId: uuid } }),
      audit: await api.prisma.auditEvent.count(),
      row: await api.prisma.case.findUniqueOrThrow({ where: { id: uuid }, select: { version: true, facts: true } }),
      tracks: await api.prisma.caseTrack.findMany({ where: { caseId: uuid }, select: { step: true, events: true } }),
    };
  }

  it('a stale expectedVersion returns StaleCaseError with the current version', async () => {
    const lead = api.as(people.coventryLead);
    const state = await freshCase(lead);
    const before = await snapshot(state.id);
    const stale = (
      await lead.mutate(CaseAddNoteDocument, {
        input: { caseId: state.id, expectedVersion: state.version - 1, text: 'x' },
      })
    ).caseAddNote;
    expect(failedWith(stale, 'StaleCaseError')).toMatchObject({ code: 'STALE_CASE', currentVersion: state.version });
    expect(await snapshot(state.id)).toEqual(before);
  });

  it('a transition the step does not have returns InvalidTransitionError with the allowed ones', async () => {
    const lead = api.as(people.coventryLead);
    let state = await freshCase(lead);
    state = succeeded(
      (
        await lead.mutate(CaseRecordConsentDocument, {
          input: { caseId: state.id, expectedVersion: state.version, nrm: 'GIVEN', capacityInDoubt: false },
        })
      ).caseRecordConsent,
    );
    state = succeeded(
      (
        await lead.mutate(CaseEnrolDocument, {
          input: { caseId: state.id, expectedVersion: state.version, pathwayId: 'coventry-pre-nrm' },
        })
      ).caseEnrol,
    );
    const before = await snapshot(state.id);
    const result = (
      await lead.mutate(CaseTransitionDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          trackId: track(state, 'coventry-pre-nrm').id,
          transition: 'seekAlternativeSupport',
          facts: { destitute: true },
        },
      })
    ).caseTransition;
    const error = failedWith(result, 'InvalidTransitionError') as unknown as {
      allowedTransitions: string[];
      step: string;
    };
    expect(error.step).toBe('explainNrm');
    expect(error.allowedTransitions).toEqual(['consentGiven']);
    expect(await snapshot(state.id)).toEqual(before);
  });

  it('an adult without consent cannot be referred into the NRM (GuardFailedError naming the rule)', async () => {
    const lead = api.as(people.coventryLead);
    let state = await freshCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'DECLINED', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const before = await snapshot(state.id);
    const result = (
      await lead.mutate(CaseTransitionDocument, {
        input: { ...v(), trackId: track(state, 'coventry-pre-nrm').id, transition: 'consentGiven' },
      })
    ).caseTransition;
    const error = failedWith(result, 'GuardFailedError') as unknown as { guards: Array<{ rule: string | null }> };
    expect(error.guards.map((g) => g.rule)).toContain('nrm-consent');
    expect(await snapshot(state.id)).toEqual(before);
  });

  it('capacity in doubt must be assessed for the decision before consent is recorded', async () => {
    const lead = api.as(people.coventryLead);
    const state = await freshCase(lead);
    const before = await snapshot(state.id);
    const result = (
      await lead.mutate(CaseRecordConsentDocument, {
        input: { caseId: state.id, expectedVersion: state.version, nrm: 'GIVEN', capacityInDoubt: true },
      })
    ).caseRecordConsent;
    expect(failedWith(result, 'RuleViolationError')).toMatchObject({
      rule: 'capacity-first',
      section: '002 4.1',
      mutation: 'caseRecordCapacityAssessment',
    });
    expect(await snapshot(state.id)).toEqual(before);
  });

  it('a reconsideration more than 30 days after the negative decision returns DeadlinePassedError with the due date', async () => {
    const lead = api.as(people.coventryLead);
    let state = await freshCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-post-nrm' } })).caseEnrol,
    );
    const post = () => track(state, 'coventry-post-nrm').id;
    state = succeeded(
      (
        await lead.mutate(CaseRecordFactsDocument, {
          input: { ...v(), facts: { groundsForReconsideration: true } },
        })
      ).caseRecordFacts,
    );
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: {
            ...v(),
            trackId: post(),
            type: 'CONCLUSIVE_GROUNDS',
            result: 'NEGATIVE',
            decidedOn: '2026-09-11', // 40 days before TODAY
          },
        })
      ).caseRecordDecision,
    );
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: { ...v(), trackId: post(), transition: 'contactModernSlaveryLeadCg' },
        })
      ).caseTransition,
    );
    const before = await snapshot(state.id);
    const late = (await lead.mutate(CaseRequestReconsiderationDocument, { input: { ...v(), trackId: post() } }))
      .caseRequestReconsideration;
    const error = failedWith(late, 'DeadlinePassedError') as unknown as { dueAt: string; extendable: boolean };
    // 30 days after 11 September: the end of 11 October, London time (BST, so 22:59:59.999 UTC).
    expect(error.dueAt).toBe('2026-10-11T22:59:59.999Z');
    // 002 states the 30 days; a later request is possible only in exceptional circumstances.
    expect(error.extendable).toBe(true);
    expect(await snapshot(state.id)).toEqual(before);

    const reason = 'The decision letter went to an address the person had left.';
    state = succeeded(
      (
        await lead.mutate(CaseRequestReconsiderationDocument, {
          input: { ...v(), trackId: post(), exceptionalCircumstances: reason },
        })
      ).caseRequestReconsideration,
    );
    const uuid = Buffer.from(state.id, 'base64').toString().split(':')[1]!;
    const event = await api.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: uuid, kind: 'RECONSIDERATION_REQUESTED' },
    });
    expect(event.data).toMatchObject({ extension: { reason, exceptionalCircumstances: true } });
    const audit = await api.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: uuid, action: 'case.requestReconsideration' },
    });
    expect(audit.data).toMatchObject({
      extension: {
        clock: 'cgReconsiderationWindow',
        dueAt: '2026-10-11T22:59:59.999Z',
        exceptionalCircumstances: true,
      },
    });
    expect(JSON.stringify(audit.data)).not.toContain('decision letter');
  });

  it('001 sets no limit: a reconsideration after 30 days is taken, the missed deadline shown; no extension reason is needed or kept', async () => {
    const lead = api.as(people.bexleyLead);
    let state = await freshCase(lead);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await lead.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'bexley-referral' } })).caseEnrol,
    );
    const bexley = () => track(state, 'bexley-referral').id;
    const go = async (transition: string, facts?: Record<string, unknown>) => {
      state = succeeded(
        (await lead.mutate(CaseTransitionDocument, { input: { ...v(), trackId: bexley(), transition, facts } }))
          .caseTransition,
      );
    };
    await go('startCrisisAssessment', { immediateThreat: false, concernsInWriting: true, ageStatus: 'adult' });
    await go('contactSpoc');
    // 001 steps 1 and 3: Screeners, the Community Safety Team and Housing come before the hand-over.
    for (const actionId of ['contactScreeners', 'requestMultiAgencyConversation', 'alertHousing']) {
      state = succeeded(
        (
          await lead.mutate(CaseRecordActionDocument, {
            input: { ...v(), trackId: bexley(), actionId, values: { recipient: 'Bexley duty officer' } },
          })
        ).caseRecordAction,
      );
    }
    await go('handOverToSpoc');
    await go('recordUrgentAssessment', { stillTargeted: true, housed: true, hasIncome: false, immediateRisk: true });
    await go('moveToNrmStage');
    state = succeeded(
      (await lead.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await lead.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: bexley() } }))
        .caseSubmitNrmReferral,
    );
    await go('rgDecisionReturned');
    state = succeeded(
      (
        await lead.mutate(CaseRecordDecisionDocument, {
          input: { ...v(), trackId: bexley(), type: 'REASONABLE_GROUNDS', result: 'NEGATIVE', decidedOn: '2026-09-11' },
        })
      ).caseRecordDecision,
    );
    // 40 days on, the 30-day expectation shows as missed: a warning, not a block.
    expect(deadline(state, 'bexley-referral', 'rgReconsiderationWindow')).toMatchObject({ status: 'overdue' });
    const before = await snapshot(state.id);
    const reasoned = (
      await lead.mutate(CaseRequestReconsiderationDocument, {
        input: { ...v(), trackId: bexley(), exceptionalCircumstances: 'Not needed here.' },
      })
    ).caseRequestReconsideration;
    const error = failedWith(reasoned, 'ValidationError') as unknown as { fieldErrors: Array<{ field: string }> };
    expect(error.fieldErrors.map((f) => f.field)).toEqual(['exceptionalCircumstances']);
    expect(await snapshot(state.id)).toEqual(before);
    state = succeeded(
      (await lead.mutate(CaseRequestReconsiderationDocument, { input: { ...v(), trackId: bexley() } }))
        .caseRequestReconsideration,
    );
    expect(track(state, 'bexley-referral').step.id).toBe('rgReconsideration');
    expect(deadline(state, 'bexley-referral', 'rgReconsiderationWindow')).toMatchObject({ status: 'metLate' });
  });

  it('facts are checked by name and type, every problem listed', async () => {
    const lead = api.as(people.coventryLead);
    const state = await freshCase(lead);
    const result = (
      await lead.mutate(CaseRecordFactsDocument, {
        input: {
          caseId: state.id,
          expectedVersion: state.version,
          facts: { destitute: 'yes', favouriteColour: 'blue', rgOutcome: 'maybe' },
        },
      })
    ).caseRecordFacts;
    const error = failedWith(result, 'ValidationError') as unknown as { fieldErrors: Array<{ field: string }> };
    expect(error.fieldErrors.map((e) => e.field).sort()).toEqual([
      'facts.destitute',
      'facts.favouriteColour',
      'facts.rgOutcome',
    ]);
  });

  it('a non-First Responder organisation cannot submit the NRM referral', async () => {
    const adavu = api.as('caseworker.adavu@waymark.example');
    let state = await freshCase(adavu);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await adavu.mutate(CaseRecordConsentDocument, { input: { ...v(), nrm: 'GIVEN', capacityInDoubt: false } }))
        .caseRecordConsent,
    );
    state = succeeded(
      (await adavu.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'coventry-pre-nrm' } })).caseEnrol,
    );
    const pre = () => track(state, 'coventry-pre-nrm').id;
    state = succeeded(
      (await adavu.mutate(CaseTransitionDocument, { input: { ...v(), trackId: pre(), transition: 'consentGiven' } }))
        .caseTransition,
    );
    state = succeeded(
      (
        await adavu.mutate(CaseTransitionDocument, {
          input: {
            ...v(),
            trackId: pre(),
            transition: 'firstResponderIsInvolved',
            facts: { firstResponderInvolved: true, previouslyReferred: false },
          },
        })
      ).caseTransition,
    );
    const before = await snapshot(state.id);
    const result = (await adavu.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: pre() } }))
      .caseSubmitNrmReferral;
    failedWith(result, 'NotPermittedError');
    expect(await snapshot(state.id)).toEqual(before);
  });
});
