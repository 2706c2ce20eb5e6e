/**
 * The case team (issue 14 item 3) and the meeting that decides in Hertfordshire (issue 12 item
 * 10, 003 8.5): the owner invites other organisations with a purpose and an identity grant, a lead
 * there accepts or declines, the owner revokes; a held STRAT/MARM meeting names the lead First
 * Responder, which joins the team and alone submits the NRM referral. What each organisation
 * sees at each point, and the refusals that write nothing.
 */
import {
  CaseAddNoteDocument,
  CaseDocument,
  CaseRecordActionDocument,
  CaseRecordFactsDocument,
  CaseRecordMeetingOutcomeDocument,
  CasesDocument,
  CaseScheduleMeetingDocument,
  CaseSubmitNrmReferralDocument,
  CaseTeamDocument,
  CaseTeamInvitationAcceptDocument,
  CaseTeamInvitationDeclineDocument,
  CaseTeamInvitationsWaitingDocument,
  CaseTeamInviteDocument,
  CaseTeamRevokeDocument,
  CaseTransitionDocument,
  CaseEnrolDocument,
  MyWorkDocument,
  type WaymarkClient,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteToTeam } from '../apps/api/src/modules/case-team/case-team-invite.ts';
import { expireTeamInvitations } from '../apps/api/src/modules/case-team/team-invitation-expiry.ts';
import { loadViewer } from '../apps/api/src/modules/identity/viewer.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { caseState, failedWith, openCase, succeeded, track } from './support/cases.ts';

const hertsLeadEmail = 'lead.herts.team-test@waymark.example';
const hertsPoliceLeadEmail = 'lead.hertspolice.team-test@waymark.example';

let api: TestApi;
const org: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  // The demo has no lead at Hertfordshire County Council nor anyone at Herts Police: add them.
  for (const [email, slug] of [
    [hertsLeadEmail, 'hertfordshire-county-council'],
    [hertsPoliceLeadEmail, 'hertfordshire-police'],
  ] as const) {
    const organisation = await api.prisma.organisation.findUniqueOrThrow({ where: { slug } });
    await api.prisma.person.create({
      data: {
        email,
        displayName: `Test lead (${slug})`,
        memberships: { create: { organisationId: organisation.id, role: 'LEAD' } },
      },
    });
  }
  for (const slug of [
    'hertfordshire-county-council',
    'hertfordshire-police',
    'coventry-city-council',
    'bexley-council',
  ]) {
    const row = await api.prisma.organisation.findUniqueOrThrow({ where: { slug } });
    org[slug] = Buffer.from(`Organisation:${row.id}`).toString('base64');
  }
});
afterAll(() => api.stop());

const NOBODY = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
const uuidOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

/** What a client sees of a case: null when hidden, else the person's name (null when withheld). */
async function seen(client: WaymarkClient, id: string) {
  const { case: found } = await client.query(CaseDocument, { id, timelineFirst: 50 });
  return found ? { givenName: found.subject.givenName ?? null } : null;
}
async function inCases(client: WaymarkClient, id: string) {
  const { cases } = await client.query(CasesDocument, { first: 100 });
  return cases.edges.some((e) => e.node.id === id);
}
async function inMyWork(client: WaymarkClient, id: string) {
  const { myWork } = await client.query(MyWorkDocument, {});
  return myWork.some((w) => w.case.id === id);
}
async function team(client: WaymarkClient, id: string) {
  return (await client.query(CaseTeamDocument, { id })).case!.team;
}
/** What a refusal must leave alone. */
const snapshot = async (caseId: string) => ({
  grants: await api.prisma.caseTeamGrant.count(),
  events: await api.prisma.caseEvent.count({ where: { caseId: uuidOf(caseId) } }),
  version: (await api.prisma.case.findUniqueOrThrow({ where: { id: uuidOf(caseId) }, select: { version: true } }))
    .version,
});

describe('Hertfordshire: the meeting names the lead First Responder, who alone submits', () => {
  it('walks a child case from the council to the police’s NRM referral; the council and a third organisation are refused', async () => {
    const council = api.as(people.hertsCaseworker);
    const councilLead = api.as(hertsLeadEmail);
    const police = api.as(hertsPoliceLeadEmail);
    const coventry = api.as(people.coventryLead);
    const outsider = api.as(people.salvationArmyPartner);

    const opened = await openCase(council, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Child found at a cannabis grow.',
      subject: { givenName: 'Teamchild', familyName: 'Herts', dateOfBirth: '2011-03-03', gender: 'MALE' },
    });
    const id = opened.case.id;
    let state = await caseState(council, id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (await council.mutate(CaseEnrolDocument, { input: { ...v(), pathwayId: 'hertfordshire-child' } })).caseEnrol,
    );
    const herts = () => track(state, 'hertfordshire-child').id;
    // Coventry City Council joins as a joint investigation, without identity.
    const invited = (
      await councilLead.mutate(CaseTeamInviteDocument, {
        input: {
          ...v(),
          organisationId: org['coventry-city-council']!,
          purpose: 'JOINT_INVESTIGATION',
          seesIdentity: false,
          note: 'The child was moved through Coventry.',
        },
      })
    ).caseTeamInvite;
    state = succeeded(invited);
    expect(await seen(coventry, id)).toBeNull();
    const waiting = (await coventry.query(CaseTeamInvitationsWaitingDocument, {})).caseTeamInvitationsWaiting;
    const invitation = waiting.find((w) => w.caseReference === state.reference)!;
    expect(invitation).toMatchObject({
      purpose: 'JOINT_INVESTIGATION',
      seesIdentity: false,
      owningOrganisationName: 'Hertfordshire County Council',
      note: 'The child was moved through Coventry.',
    });
    expect(JSON.stringify(waiting)).not.toMatch(/Teamchild/);
    state = succeeded(
      (await coventry.mutate(CaseTeamInvitationAcceptDocument, { invitationId: invitation.id }))
        .caseTeamInvitationAccept,
    );
    expect(await seen(coventry, id)).toEqual({ givenName: null });
    expect(await inCases(coventry, id)).toBe(true);
    // Children's services are still to be notified (a running clock): the case is in the member lead's work.
    expect(await inMyWork(coventry, id)).toBe(true);

    for (const [transition, facts] of [
      ['notifyChildrensServices', { immediateDanger: false }],
      ['recordReference', undefined],
      ['recordContactOutcome', undefined],
      ['scheduleMultiAgencyMeeting', undefined],
    ] as const) {
      // HMSP: the council, a First Responder, makes sure the referral reaches the multi-agency hub first.
      if (transition === 'scheduleMultiAgencyMeeting')
        state = succeeded(
          (
            await council.mutate(CaseRecordActionDocument, {
              input: { ...v(), trackId: herts(), actionId: 'ensureMultiAgencyReferral' },
            })
          ).caseRecordAction,
        );
      state = succeeded(
        (await council.mutate(CaseTransitionDocument, { input: { ...v(), trackId: herts(), transition, facts } }))
          .caseTransition,
      );
    }

    // The STRAT meeting, with the police invited: the police see the case, not the child's name.
    const scheduled = succeeded(
      (
        await council.mutate(CaseScheduleMeetingDocument, {
          input: {
            ...v(),
            kind: 'STRAT',
            scheduledFor: new Date().toISOString(),
            attendeeOrganisationIds: [org['hertfordshire-police']!, org['coventry-city-council']!],
          },
        })
      ).caseScheduleMeeting,
    );
    state = scheduled;
    expect(await seen(police, id)).toEqual({ givenName: null });

    // The meeting decides: submit, the police lead. One change: facts, the move, the police on the team.
    state = succeeded(
      (
        await council.mutate(CaseRecordMeetingOutcomeDocument, {
          input: {
            ...v(),
            meetingId: state.meetings[0]!.id,
            heldAt: new Date().toISOString(),
            nrmDecision: 'SUBMIT',
            leadFirstResponderId: org['hertfordshire-police']!,
          },
        })
      ).caseRecordMeetingOutcome,
    );
    expect(state.version).toBe(scheduled.version + 1);
    expect(track(state, 'hertfordshire-child').step.id).toBe('nrmToSubmit');
    expect(await team(council, id)).toMatchObject([
      { organisationName: 'Coventry City Council', status: 'ACTIVE', purpose: 'JOINT_INVESTIGATION' },
      {
        organisationName: 'Hertfordshire Police (Herts Police)',
        status: 'ACTIVE',
        purpose: 'LEAD_FIRST_RESPONDER',
        seesIdentity: true,
        namedByMeeting: true,
      },
    ]);
    // The lead First Responder now sees who the child is (audited), and has the case in its list.
    const readsBefore = await api.prisma.auditEvent.count({
      where: { action: 'case.read.identifying', entityId: uuidOf(id) },
    });
    expect(await seen(police, id)).toEqual({ givenName: 'Teamchild' });
    await expect
      .poll(() => api.prisma.auditEvent.count({ where: { action: 'case.read.identifying', entityId: uuidOf(id) } }))
      .toBeGreaterThan(readsBefore);
    expect(await inCases(police, id)).toBe(true);
    expect(await seen(coventry, id)).toEqual({ givenName: null });
    expect(await seen(outsider, id)).toBeNull();

    // The council (the owner) and a joint investigation member are refused; nothing is written.
    const before = await snapshot(id);
    const byCouncil = (await council.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: herts() } }))
      .caseSubmitNrmReferral;
    expect(failedWith(byCouncil, 'NotPermittedError').message).toMatch(/Hertfordshire Police \(Herts Police\)/);
    const byCoventry = (await coventry.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: herts() } }))
      .caseSubmitNrmReferral;
    expect(failedWith(byCoventry, 'NotPermittedError').message).toMatch(/lead First Responder/);
    expect(await snapshot(id)).toEqual(before);

    // The police submit.
    state = succeeded(
      (await police.mutate(CaseSubmitNrmReferralDocument, { input: { ...v(), trackId: herts() } }))
        .caseSubmitNrmReferral,
    );
    expect(track(state, 'hertfordshire-child').step.id).toBe('nrmSubmitted');
    const referral = await api.prisma.nrmReferral.findFirstOrThrow({
      where: { caseId: uuidOf(id) },
      select: { organisation: { select: { slug: true } } },
    });
    expect(referral.organisation.slug).toBe('hertfordshire-police');

    // The timeline and the audit trail carry every grant.
    const kinds = (
      await api.prisma.caseEvent.findMany({
        where: { caseId: uuidOf(id) },
        orderBy: { seq: 'asc' },
        select: { kind: true },
      })
    ).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'TEAM_INVITED',
        'TEAM_INVITATION_ACCEPTED',
        'MEETING_OUTCOME_RECORDED',
        'TEAM_MEMBER_ADDED',
      ]),
    );
    const actions = (
      await api.prisma.auditEvent.findMany({ where: { entityId: uuidOf(id) }, select: { action: true } })
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['case.teamInvite', 'case.teamInvitationAccept', 'case.recordMeetingOutcome']),
    );
  });

  it('only a STRAT or MARM meeting decides the NRM, and its decision is never a bare transition', async () => {
    const council = api.as(people.hertsCaseworker);
    const opened = await openCase(council, { concernKind: 'POTENTIAL_VICTIM', concern: 'Another child.' });
    let state = await caseState(council, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (
        await council.mutate(CaseScheduleMeetingDocument, {
          input: { ...v(), kind: 'MULTI_AGENCY', scheduledFor: new Date().toISOString(), attendeeOrganisationIds: [] },
        })
      ).caseScheduleMeeting,
    );
    const before = await snapshot(state.id);
    const wrongKind = (
      await council.mutate(CaseRecordMeetingOutcomeDocument, {
        input: {
          ...v(),
          meetingId: state.meetings[0]!.id,
          heldAt: new Date().toISOString(),
          nrmDecision: 'SUBMIT',
          leadFirstResponderId: org['hertfordshire-police']!,
        },
      })
    ).caseRecordMeetingOutcome;
    expect(failedWith(wrongKind, 'RuleViolationError')).toMatchObject({
      rule: 'meeting-decides-nrm',
      section: '003 8.5',
    });
    expect(await snapshot(state.id)).toEqual(before);
  });
});

describe('invitations, answers and revocation', () => {
  it('refuses what cannot be, writing nothing', async () => {
    const lead = api.as(people.coventryLead);
    const caseworker = api.as(people.coventryCaseworker);
    const bexley = api.as(people.bexleyLead);
    const opened = await openCase(lead, { concernKind: 'POTENTIAL_VICTIM', concern: 'Team refusals.' });
    let state = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    const invite = (client: WaymarkClient, organisationId: string, extra: Record<string, unknown> = {}) =>
      client
        .mutate(CaseTeamInviteDocument, {
          input: { ...v(), organisationId, purpose: 'SUPPORT_PROVIDER', seesIdentity: false, ...extra },
        })
        .then((r) => r.caseTeamInvite);

    let before = await snapshot(state.id);
    expect(failedWith(await invite(lead, org['coventry-city-council']!), 'RuleViolationError').rule).toBe(
      'caseTeam.owner',
    );
    expect(failedWith(await invite(lead, NOBODY), 'RuleViolationError').rule).toBe('caseTeam.unknownOrganisation');
    expect(failedWith(await invite(caseworker, org['bexley-council']!), 'NotPermittedError').message).toMatch(/lead/);
    failedWith(await invite(lead, org['bexley-council']!, { expiresInDays: 31 }), 'ValidationError');
    failedWith(await invite(lead, org['bexley-council']!, { expiresInDays: 0 }), 'ValidationError');
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(await invite(lead, org['bexley-council']!));
    before = await snapshot(state.id);
    expect(failedWith(await invite(lead, org['bexley-council']!), 'RuleViolationError')).toMatchObject({
      rule: 'caseTeam.pending',
      mutation: 'caseTeamRevoke',
    });
    expect(await snapshot(state.id)).toEqual(before);

    // Declining needs a reason; accepting twice is refused.
    const [grant] = await team(lead, state.id);
    const noReason = (await bexley.mutate(CaseTeamInvitationDeclineDocument, { invitationId: grant!.id, reason: ' ' }))
      .caseTeamInvitationDecline;
    failedWith(noReason, 'ValidationError');
    state = succeeded(
      (await bexley.mutate(CaseTeamInvitationAcceptDocument, { invitationId: grant!.id })).caseTeamInvitationAccept,
    );
    before = await snapshot(state.id);
    const again = (await bexley.mutate(CaseTeamInvitationAcceptDocument, { invitationId: grant!.id }))
      .caseTeamInvitationAccept;
    expect(failedWith(again, 'RuleViolationError').rule).toBe('caseTeam.answered');
    // Another organisation's lead does not find the invitation at all.
    const stranger = (
      await api.as(people.salvationArmyPartner).mutate(CaseTeamInvitationAcceptDocument, { invitationId: grant!.id })
    ).caseTeamInvitationAccept;
    failedWith(stranger, 'NotFoundError');
    expect(await snapshot(state.id)).toEqual(before);
  });

  it('a support provider sees and notes, identity only if granted; revoked, it sees nothing', async () => {
    const lead = api.as(people.coventryLead);
    const bexley = api.as(people.bexleyLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Needs a support provider.',
      subject: { givenName: 'Supported', familyName: 'Person' },
    });
    let state = await caseState(lead, opened.case.id);
    const v = () => ({ caseId: state.id, expectedVersion: state.version });
    state = succeeded(
      (
        await lead.mutate(CaseTeamInviteDocument, {
          input: { ...v(), organisationId: org['bexley-council']!, purpose: 'SUPPORT_PROVIDER', seesIdentity: true },
        })
      ).caseTeamInvite,
    );
    const [grant] = await team(lead, state.id);
    state = succeeded(
      (await bexley.mutate(CaseTeamInvitationAcceptDocument, { invitationId: grant!.id })).caseTeamInvitationAccept,
    );
    expect(await seen(bexley, state.id)).toEqual({ givenName: 'Supported' });
    expect(await inCases(bexley, state.id)).toBe(true);

    state = succeeded(
      (await bexley.mutate(CaseAddNoteDocument, { input: { ...v(), text: 'Placed in safe accommodation.' } }))
        .caseAddNote,
    );
    const before = await snapshot(state.id);
    const facts = (await bexley.mutate(CaseRecordFactsDocument, { input: { ...v(), facts: { destitute: true } } }))
      .caseRecordFacts;
    expect(failedWith(facts, 'NotPermittedError').message).toMatch(/support provider/);
    expect(await snapshot(state.id)).toEqual(before);

    state = succeeded(
      (
        await lead.mutate(CaseTeamRevokeDocument, {
          input: { ...v(), grantId: grant!.id, reason: 'Support ended.' },
        })
      ).caseTeamRevoke,
    );
    expect(await seen(bexley, state.id)).toBeNull();
    expect(await inCases(bexley, state.id)).toBe(false);
    expect((await team(lead, state.id))[0]).toMatchObject({ status: 'REVOKED', endReason: 'Support ended.' });
    const revokedAgain = (
      await lead.mutate(CaseTeamRevokeDocument, { input: { ...v(), grantId: grant!.id, reason: 'Again.' } })
    ).caseTeamRevoke;
    expect(failedWith(revokedAgain, 'RuleViolationError').rule).toBe('caseTeam.ended');
  });

  it('an expired or revoked invitation cannot be accepted', async () => {
    const lead = api.as(people.coventryLead);
    const bexley = api.as(people.bexleyLead);
    const opened = await openCase(lead, { concernKind: 'POTENTIAL_VICTIM', concern: 'Old invitation.' });
    let state = await caseState(lead, opened.case.id);
    // Invited on a fixed past date for one day: it has expired whenever the test runs.
    const person = await api.prisma.person.findUniqueOrThrow({ where: { email: people.coventryLead } });
    const viewer = (await loadViewer(person.id, null, { kind: 'session', id: null, scopes: null }))!;
    await inviteToTeam(
      { viewer, requestId: 'test' },
      {
        caseId: uuidOf(state.id),
        expectedVersion: state.version,
        organisationId: uuidOf(org['bexley-council']!),
        purpose: 'JOINT_INVESTIGATION',
        seesIdentity: false,
        expiresInDays: 1,
      },
      new Date('2026-01-05T09:00:00Z'),
    );
    const [expired] = await team(lead, state.id);
    expect(expired).toMatchObject({ status: 'PENDING', expiresAt: '2026-01-06T09:00:00.000Z' });
    expect(
      (await bexley.query(CaseTeamInvitationsWaitingDocument, {})).caseTeamInvitationsWaiting.some(
        (w) => w.id === expired!.id,
      ),
    ).toBe(false);
    let before = await snapshot(state.id);
    const late = (await bexley.mutate(CaseTeamInvitationAcceptDocument, { invitationId: expired!.id }))
      .caseTeamInvitationAccept;
    expect(failedWith(late, 'RuleViolationError').rule).toBe('caseTeam.expired');
    expect(await snapshot(state.id)).toEqual(before);

    // The sweep ends it on the timeline and in the audit trail, once.
    expect(await expireTeamInvitations(new Date())).toBeGreaterThanOrEqual(1);
    expect(await expireTeamInvitations(new Date())).toBe(0);
    expect((await team(lead, state.id))[0]).toMatchObject({ status: 'EXPIRED' });
    const expiry = await api.prisma.caseEvent.findMany({
      where: { caseId: uuidOf(state.id), kind: 'TEAM_INVITATION_EXPIRED' },
    });
    expect(expiry).toHaveLength(1);
    expect(
      await api.prisma.auditEvent.count({ where: { action: 'case.teamInvitationExpire', entityId: uuidOf(state.id) } }),
    ).toBe(1);
    const afterExpiry = (await bexley.mutate(CaseTeamInvitationAcceptDocument, { invitationId: expired!.id }))
      .caseTeamInvitationAccept;
    expect(failedWith(afterExpiry, 'RuleViolationError').rule).toBe('caseTeam.expired');

    state = await caseState(lead, state.id);
    state = succeeded(
      (
        await lead.mutate(CaseTeamInviteDocument, {
          input: {
            caseId: state.id,
            expectedVersion: state.version,
            organisationId: org['bexley-council']!,
            purpose: 'JOINT_INVESTIGATION',
            seesIdentity: false,
          },
        })
      ).caseTeamInvite,
    );
    const fresh = (await team(lead, state.id)).find((g) => g.status === 'PENDING')!;
    state = succeeded(
      (
        await lead.mutate(CaseTeamRevokeDocument, {
          input: { caseId: state.id, expectedVersion: state.version, grantId: fresh.id, reason: 'Changed our mind.' },
        })
      ).caseTeamRevoke,
    );
    before = await snapshot(state.id);
    const revoked = (await bexley.mutate(CaseTeamInvitationAcceptDocument, { invitationId: fresh.id }))
      .caseTeamInvitationAccept;
    expect(failedWith(revoked, 'RuleViolationError').rule).toBe('caseTeam.revoked');
    expect(await snapshot(state.id)).toEqual(before);
    expect(await seen(bexley, state.id)).toBeNull();
  });
});
