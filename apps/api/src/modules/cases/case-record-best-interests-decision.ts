/**
 * caseRecordBestInterestsDecision: for an adult assessed as lacking capacity for a decision, the
 * decision made in their best interests by a named decision-maker (the Mental Capacity Act Code of
 * Practice that 002's Health chart points to). It is never recorded as "consent": the engine's
 * NRM guard accepts it as its own route, and a decision not to refer leads to a Duty to Notify.
 * The engine says when it may be recorded (an adult, found to lack capacity for this decision).
 */
import { bestInterestsFact, bestInterestsRefusal, RULES } from '@waymark/pathways';
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { notFutureDate, text } from '../../validation.ts';
import { caseFacts, factsOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseInput, caseMutation, RULE_ERRORS } from './case-mutation.ts';
import {
  CAPACITY_DECISION_VALUES,
  CapacityDecisionEnum,
  ENGINE_DECISION,
  type CapacityDecisionInput,
} from './case-record-capacity-assessment.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

const decisionInput = z.object({
  decision: z.enum(CAPACITY_DECISION_VALUES),
  proceed: z.boolean(),
  decisionMaker: text(200),
  decidedOn: notFutureDate,
});

export async function recordBestInterestsDecision(
  request: RequestInfo,
  input: Versioned & { decision: CapacityDecisionInput; proceed: boolean; decisionMaker: string; decidedOn: Date },
) {
  const valid = parseOrThrow(decisionInput.safeParse(input));
  const decision = ENGINE_DECISION[valid.decision];
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const refusal = bestInterestsRefusal(caseFacts(current, now), decision);
    if (refusal) throw RuleViolationError.from(refusal);
    // The assessment that found the person lacks capacity for this decision (the latest one for it).
    const assessment = await tx.capacityAssessment.findFirst({
      where: { caseId: current.id, decision: valid.decision },
      orderBy: { recordedAt: 'desc' },
    });
    if (assessment?.outcome !== 'LACKS_CAPACITY') {
      // The fact and the rows disagree only if the fact came from elsewhere: refuse, as the engine would.
      throw new RuleViolationError(
        'A best-interests decision follows an assessment that found the person lacks capacity for this decision: record that assessment first.',
        RULES.capacityForDecision,
        '002 4.1 (Health chart)',
        { mutation: 'caseRecordCapacityAssessment' },
      );
    }
    const before = factsOf(current.facts);
    const facts = mergeFacts(before, { [bestInterestsFact(decision)]: valid.proceed ? 'proceed' : 'doNotProceed' });
    const row = await tx.bestInterestsDecision.create({
      data: {
        caseId: current.id,
        decision: valid.decision,
        proceed: valid.proceed,
        decisionMaker: valid.decisionMaker,
        decidedOn: valid.decidedOn,
        capacityAssessmentId: assessment.id,
        recordedById: request.viewer.personId,
        recordedAt: now,
      },
    });
    const data = {
      bestInterestsDecisionId: row.id,
      capacityAssessmentId: assessment.id,
      decision: valid.decision,
      proceed: valid.proceed,
      facts: changedFacts(before, facts),
    };
    return {
      events: [{ kind: 'BEST_INTERESTS_DECISION_RECORDED', data }],
      update: { facts },
      audit: { action: 'case.recordBestInterestsDecision', data },
    };
  });
}

caseMutation(
  'caseRecordBestInterestsDecision',
  'Record a decision made in the best interests of an adult assessed as lacking capacity for it (Mental Capacity Act Code of Practice), by a named decision-maker. Never consent: a person with capacity decides for themselves (caseRecordConsent).',
  caseInput('CaseRecordBestInterestsDecisionInput', (t) => ({
    decision: t.field({ type: CapacityDecisionEnum, required: true }),
    proceed: t.boolean({
      required: true,
      description: 'Go ahead (refer, share) in the person’s best interests, or not.',
    }),
    decisionMaker: t.string({ required: true, description: 'Who made the decision (name and role).' }),
    decidedOn: t.field({ type: 'Date', required: true }),
  })),
  RULE_ERRORS,
  (input, request) =>
    recordBestInterestsDecision(request, {
      ...base(input),
      decision: input.decision,
      proceed: input.proceed,
      decisionMaker: input.decisionMaker,
      decidedOn: input.decidedOn,
    }),
);
