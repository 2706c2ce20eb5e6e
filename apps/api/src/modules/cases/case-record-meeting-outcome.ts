/** caseRecordMeetingOutcome: what a meeting decided; an NRM decision and a lead First Responder become facts. */
import { peopleAroundRefusal, type CircleRelationship, type InterpreterRelationship } from '@waymark/pathways';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import { pastDate, text } from '../../validation.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { caseFacts, factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseMutation, caseInput, RULE_ERRORS } from './case-mutation.ts';
import { RuleViolationError } from './case-errors.ts';
import { CircleRelationshipEnum, InterpreterRelationshipEnum } from './people-around.types.ts';
import { Meeting } from './case-records.types.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { occurredAtOf } from './occurred-at.ts';

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
    const changes: Record<string, unknown> = {};
    if (input.nrmDecision) changes.nrmMeetingDecision = meetingDecisionFact[input.nrmDecision];
    if (input.leadFirstResponderId) changes.leadFirstResponderAgreed = true;
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, changes);
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
      ],
      update: { facts },
      audit: {
        action: 'case.recordMeetingOutcome',
        data: { meetingId: meeting.id, facts: changedFacts(before, facts) },
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
  RULE_ERRORS,
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
