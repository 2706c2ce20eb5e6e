/**
 * caseRecordMeetingOutcome: what a meeting decided. Only a held STRAT/MARM meeting decides the NRM
 * submission and names the lead First Responder (003 8.5); its decision becomes the protected
 * facts, moves every track waiting at the pathway's meeting step (the engine's meetingOutcome
 * transition, X-11), and the lead First Responder joins the case team with what it needs to
 * submit (purpose LEAD_FIRST_RESPONDER, identity), all in one transaction.
 */
import { peopleAroundRefusal, type CircleRelationship, type InterpreterRelationship } from '@waymark/pathways';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import { pastDate, text } from '../../validation.ts';
import type { Transaction } from '../../db/client.ts';
import { identityOrganisationIds } from '../case-team/team-grants.ts';
import { caseFacts, definitionOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { move, transitionEvent } from './track-moves.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseMutation, MOVE_ERRORS, caseInput } from './case-mutation.ts';
import { Meeting } from './case-records.types.ts';
import type { Case } from '../../generated/prisma/client.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { occurredAtOf } from './occurred-at.ts';
import { CircleRelationshipEnum, InterpreterRelationshipEnum } from './people-around.types.ts';

const MeetingNrmDecision = builder.enumType('MeetingNrmDecision', {
  description: 'What a STRAT/MARM meeting decided about submitting the NRM (003).',
  values: ['SUBMIT', 'DO_NOT_SUBMIT', 'DISAGREEMENT'] as const,
});

export type MeetingNrmDecision = 'SUBMIT' | 'DO_NOT_SUBMIT' | 'DISAGREEMENT';

const meetingDecisionFact: Record<MeetingNrmDecision, string> = {
  SUBMIT: 'submit',
  DO_NOT_SUBMIT: 'doNotSubmit',
  DISAGREEMENT: 'disagreement',
};

const DECIDING_KINDS = new Set(['STRAT', 'MARM']);

/**
 * Every open track at a step the meeting decides (003: the multi-agency meeting step) takes the
 * pathway's meetingOutcome transition that the decision enables; the engine picks it.
 */
async function takeMeetingTransitions(tx: Transaction, request: RequestInfo, current: Case, now: Date, heldAt: Date) {
  const tracks = await tx.caseTrack.findMany({ where: { caseId: current.id, closedAt: null }, orderBy: { id: 'asc' } });
  const events = [];
  for (const row of tracks) {
    const decides = definitionOf(row).transitions.some(
      (t) => t.kind === 'meetingOutcome' && [t.from].flat().includes(row.step),
    );
    if (!decides) continue;
    // The meeting's clocks count from when it was held, not when the outcome was typed in.
    const moved = await move(tx, request, current, row.id, { kind: 'meetingOutcome' }, caseFacts(current, now), now, {
      occurredAt: heldAt,
    });
    events.push(transitionEvent(moved));
  }
  return events;
}

/**
 * The lead First Responder the meeting named joins the case team with what it needs to submit
 * (003 8.5): purpose LEAD_FIRST_RESPONDER, identity (the NRM form names the child). An open
 * invitation or membership of that organisation takes these terms; the owner needs none.
 */
async function leadJoinsTeam(
  tx: Transaction,
  request: RequestInfo,
  current: Case,
  organisationId: string,
  meetingId: string,
  now: Date,
) {
  if (organisationId === current.owningOrganisationId) return null;
  const terms = { purpose: 'LEAD_FIRST_RESPONDER', seesIdentity: true, status: 'ACTIVE', meetingId } as const;
  const open = await tx.caseTeamGrant.findFirst({
    where: { caseId: current.id, organisationId, status: { in: ['PENDING', 'ACTIVE'] } },
    select: { id: true },
  });
  const grant = open
    ? await tx.caseTeamGrant.update({ where: { id: open.id }, data: { ...terms, answeredAt: now } })
    : await tx.caseTeamGrant.create({
        data: {
          ...terms,
          caseId: current.id,
          organisationId,
          invitedById: request.viewer.personId,
          invitedAt: now,
          expiresAt: now,
          answeredAt: now,
        },
      });
  return {
    event: {
      kind: 'TEAM_MEMBER_ADDED' as const,
      data: { grantId: grant.id, organisationId, purpose: terms.purpose, seesIdentity: true, meetingId },
    },
    identity: await identityOrganisationIds(tx, current.id),
  };
}

/** The meeting's outcome; a STRAT/MARM decision on the NRM and the lead First Responder become facts (003). */
export async function recordMeetingOutcome(
  request: RequestInfo,
  input: Versioned & {
    meetingId: string;
    heldAt: Date;
    nrmDecision?: MeetingNrmDecision | null;
    leadFirstResponderId?: string | null;
    notes?: string | null;
    interpreter?: InterpreterRelationship | null;
    present?: CircleRelationship[] | null;
  },
) {
  parseOrThrow(z.object({ heldAt: pastDate, notes: text(10_000).nullish() }).safeParse(input));
  if (input.leadFirstResponderId) {
    const lead = await prisma.organisation.findUnique({
      where: { id: input.leadFirstResponderId },
      select: { isFirstResponder: true },
    });
    if (!lead?.isFirstResponder)
      throw new ValidationError([
        { path: ['leadFirstResponderId'], message: 'must be a First Responder organisation' },
      ]);
  }
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    // The history dates the outcome when the meeting was held (not before the person was identified).
    const heldAt = occurredAtOf(input.heldAt, current.identifiedAt, now, 'heldAt');
    // Who interpreted and who from the person's circle attended, checked at every meeting (003 6.7, 7.4, 7.5).
    const present = [...new Set(input.present ?? [])];
    const refusal = peopleAroundRefusal(caseFacts(current, now), 'meeting', input.interpreter, present);
    if (refusal) throw RuleViolationError.from(refusal);
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, caseId: current.id } });
    if (!meeting) throw new ValidationError([{ path: ['meetingId'], message: 'is not a meeting of this case' }]);
    if ((input.nrmDecision || input.leadFirstResponderId) && !DECIDING_KINDS.has(meeting.kind))
      throw new RuleViolationError(
        'Only a STRAT or MARM meeting decides the NRM submission and names the lead First Responder; record this meeting’s notes, or the outcome of the STRAT/MARM meeting.',
        'meeting-decides-nrm',
        '003 8.5',
      );
    const changes: Record<string, unknown> = {};
    if (input.nrmDecision) changes.nrmMeetingDecision = meetingDecisionFact[input.nrmDecision];
    if (input.leadFirstResponderId) changes.leadFirstResponderAgreed = true;
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, changes);
    const moves = input.nrmDecision
      ? await takeMeetingTransitions(tx, request, { ...current, facts }, now, heldAt)
      : [];
    const joined = input.leadFirstResponderId
      ? await leadJoinsTeam(tx, request, current, input.leadFirstResponderId, meeting.id, now)
      : null;
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        heldAt: input.heldAt,
        decisions: input.nrmDecision ? { nrm: input.nrmDecision } : undefined,
        leadFirstResponderId: input.leadFirstResponderId ?? null,
        outcomeNotes: input.notes ?? null,
      },
    });
    return {
      events: [
        {
          kind: 'MEETING_OUTCOME_RECORDED',
          occurredAt: heldAt,
          data: {
            meetingId: meeting.id,
            nrmDecision: input.nrmDecision ?? null,
            leadFirstResponderId: input.leadFirstResponderId ?? null,
            interpreter: input.interpreter ?? null,
            present,
          },
        },
        ...moves,
        ...(joined ? [joined.event] : []),
      ],
      update: joined ? { facts, identityOrganisationIds: joined.identity } : { facts },
      audit: {
        action: 'case.recordMeetingOutcome',
        data: {
          meetingId: meeting.id,
          facts: changedFacts(before, facts),
          transitions: moves.map((m) => m.data.transition),
          teamGrantId: joined?.event.data.grantId ?? null,
        },
      },
    };
  });
}

caseMutation(
  'caseRecordMeetingOutcome',
  'Record what a meeting decided: whether to submit the NRM and the lead First Responder (003).',
  caseInput('CaseRecordMeetingOutcomeInput', (t) => ({
    meetingId: t.globalID({ for: Meeting, required: true }),
    heldAt: t.field({ type: 'DateTime', required: true }),
    nrmDecision: t.field({ type: MeetingNrmDecision }),
    leadFirstResponderId: t.globalID({ for: Organisation }),
    notes: t.string(),
    interpreter: t.field({
      type: InterpreterRelationshipEnum,
      description: 'Who interpreted at the meeting, if anyone.',
    }),
    present: t.field({
      type: [CircleRelationshipEnum],
      description: "Who from the person's own circle attended (a child's parent, sponsor or carer may not: 003 7.4).",
    }),
  })),
  MOVE_ERRORS,
  (input, request) =>
    recordMeetingOutcome(request, {
      ...base(input),
      meetingId: input.meetingId.id,
      heldAt: input.heldAt,
      nrmDecision: input.nrmDecision,
      leadFirstResponderId: input.leadFirstResponderId?.id ?? null,
      notes: input.notes,
      interpreter: input.interpreter,
      present: input.present,
    }),
);
