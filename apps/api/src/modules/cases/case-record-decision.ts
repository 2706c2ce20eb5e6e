/** caseRecordDecision: a Reasonable or Conclusive Grounds decision, its facts and its transition. */
import { calendar } from '@waymark/pathways';
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { notFutureDate } from '../../validation.ts';
import { base, caseMutation, caseInput, MOVE_ERRORS, trackField } from './case-mutation.ts';
import { DecisionResult, DecisionType } from './case-records.types.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';
import { move, transitionEvent, withFacts } from './track-moves.ts';

const decisionInput = z.object({ decidedOn: notFutureDate });

/** The start of the decision's day in London: when it took effect. */
function decidedAt(input: { decidedOn: Date }): Date {
  const day = calendar.parseDate(input.decidedOn.toISOString().slice(0, 10))!;
  return new Date(calendar.londonInstant(day));
}

/** RG or CG decision: recorded as facts the pathway branches on, then the decision transition. */
export async function recordDecision(
  request: RequestInfo,
  input: Versioned & { trackId: string; type: enums.DecisionType; result: enums.DecisionResult; decidedOn: Date },
) {
  parseOrThrow(decisionInput.safeParse(input));
  const prefix = input.type === 'REASONABLE_GROUNDS' ? 'rg' : 'cg';
  const changes = {
    [`${prefix}Outcome`]: input.result === 'POSITIVE' ? 'positive' : 'negative',
    [`${prefix}DecisionDate`]: input.decidedOn.toISOString().slice(0, 10),
  };
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const { stored, facts, changed } = withFacts(current, changes, now, { owned: true });
    // The decision answers the latest NRM referral (a decision links to its referral's reference).
    const referral = await tx.nrmReferral.findFirst({
      where: { caseId: current.id },
      orderBy: { submittedAt: 'desc' },
      select: { id: true, submittedAt: true },
    });
    // The decision took effect on its date, not when it was typed in: the clocks it starts or
    // stops (recovery, minimum support, reconsideration window) count from that date. A
    // decision dated no later than its referral (the same day) or the identification came after
    // them, at a time of day nobody recorded: it counts from when it was recorded.
    const dated = decidedAt(input);
    const after = referral?.submittedAt ?? current.identifiedAt;
    const at = dated > after && dated < now ? dated : now;
    const moved = await move(tx, request, current, input.trackId, { kind: 'decision' }, facts, now, { occurredAt: at });
    const decision = await tx.decision.create({
      data: {
        caseId: current.id,
        nrmReferralId: referral?.id ?? null,
        type: input.type,
        result: input.result,
        decidedOn: input.decidedOn,
        recordedAt: now,
        recordedById: request.viewer.personId,
      },
    });
    return {
      events: [
        {
          kind: 'DECISION_RECORDED',
          occurredAt: at,
          data: {
            decisionId: decision.id,
            type: input.type,
            result: input.result,
            decidedOn: changes[`${prefix}DecisionDate`]!,
            facts: changed,
          },
        },
        transitionEvent(moved),
      ],
      update: { facts: stored },
      audit: {
        action: 'case.recordDecision',
        data: { decisionId: decision.id, type: input.type, result: input.result },
      },
    };
  });
}

caseMutation(
  'caseRecordDecision',
  'Record a Reasonable Grounds or Conclusive Grounds decision; the pathway branches on it and its clocks start and stop.',
  caseInput('CaseRecordDecisionInput', (t) => ({
    trackId: trackField(t),
    type: t.field({ type: DecisionType, required: true }),
    result: t.field({ type: DecisionResult, required: true }),
    decidedOn: t.field({ type: 'Date', required: true }),
  })),
  MOVE_ERRORS,
  (input, request) =>
    recordDecision(request, {
      ...base(input),
      trackId: input.trackId.id,
      type: input.type,
      result: input.result,
      decidedOn: input.decidedOn,
    }),
);
