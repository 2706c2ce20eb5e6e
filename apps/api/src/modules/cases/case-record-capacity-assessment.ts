/**
 * caseRecordCapacityAssessment: whether capacity for one decision (NRM consent, sharing details,
 * a support referral) was in doubt and, if it was, the assessment's outcome, who assessed and when
 * (002 4.1 "consider the survivor's capacity to make the decision independently"; Mental Capacity
 * Act 2005 s.2: capacity is about a particular decision). Every assessment is kept as a row; the
 * decision's capacity fact follows the latest one, and the engine reads it (consent counts only
 * from a person with capacity for that decision; one who lacks it takes the best-interests route).
 */
import { capacityFact, type CapacityDecision } from '@waymark/pathways';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { parseOrThrow } from '../../errors.ts';
import { notFutureDate, text } from '../../validation.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseInput, caseMutation, CHANGE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

export const CAPACITY_DECISION_VALUES = ['NRM_CONSENT', 'SHARE_DETAILS', 'SUPPORT_REFERRAL'] as const;
export type CapacityDecisionInput = (typeof CAPACITY_DECISION_VALUES)[number];

export const CapacityDecisionEnum = builder.enumType('CapacityDecision', {
  description: 'The decision capacity is assessed for: capacity is decision-specific (Mental Capacity Act 2005 s.2).',
  values: CAPACITY_DECISION_VALUES,
});
const CapacityOutcome = builder.enumType('CapacityOutcome', { values: ['HAS_CAPACITY', 'LACKS_CAPACITY'] as const });

/** The engine's name for each decision. */
export const ENGINE_DECISION: Record<CapacityDecisionInput, CapacityDecision> = {
  NRM_CONSENT: 'nrmConsent',
  SHARE_DETAILS: 'shareDetails',
  SUPPORT_REFERRAL: 'supportReferral',
};

const assessmentInput = z
  .object({
    decision: z.enum(CAPACITY_DECISION_VALUES),
    capacityInDoubt: z.boolean(),
    outcome: z.enum(['HAS_CAPACITY', 'LACKS_CAPACITY']).nullish(),
    assessedBy: text(200).nullish(),
    assessedOn: notFutureDate.nullish(),
  })
  .superRefine((a, ctx) => {
    // An outcome belongs to an assessment, and an assessment is made only where capacity is in doubt.
    const need = (path: 'outcome' | 'assessedBy' | 'assessedOn') => {
      if (a.capacityInDoubt && a[path] == null)
        ctx.addIssue({ code: 'custom', path: [path], message: 'is needed when capacity is in doubt' });
      if (!a.capacityInDoubt && a[path] != null)
        ctx.addIssue({
          code: 'custom',
          path: [path],
          message: 'is given only when capacity is in doubt (otherwise capacity is presumed)',
        });
    };
    need('outcome');
    need('assessedBy');
    need('assessedOn');
  });

export async function recordCapacityAssessment(
  request: RequestInfo,
  input: Versioned & {
    decision: CapacityDecisionInput;
    capacityInDoubt: boolean;
    outcome?: 'HAS_CAPACITY' | 'LACKS_CAPACITY' | null;
    assessedBy?: string | null;
    assessedOn?: Date | null;
  },
) {
  const valid = parseOrThrow(assessmentInput.safeParse(input));
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const before = factsOf(current.facts);
    // Without doubt capacity is presumed (MCA 2005 s.1(2)); doubt anywhere is kept case-wide so
    // the decisions not yet assessed are asked about before consent.
    const lacks = valid.capacityInDoubt && valid.outcome === 'LACKS_CAPACITY';
    const facts = mergeFacts(before, {
      ...(valid.capacityInDoubt ? { capacityInDoubt: true } : {}),
      [capacityFact(ENGINE_DECISION[valid.decision])]: lacks ? 'lacksCapacity' : 'hasCapacity',
    });
    const assessment = await tx.capacityAssessment.create({
      data: {
        caseId: current.id,
        decision: valid.decision,
        inDoubt: valid.capacityInDoubt,
        outcome: valid.capacityInDoubt ? (valid.outcome ?? null) : null,
        assessedBy: valid.assessedBy ?? null,
        assessedOn: valid.assessedOn ?? null,
        recordedById: request.viewer.personId,
        recordedAt: now,
      },
    });
    const data = {
      assessmentId: assessment.id,
      decision: valid.decision,
      capacityInDoubt: valid.capacityInDoubt,
      outcome: assessment.outcome,
      facts: changedFacts(before, facts),
    };
    return {
      events: [{ kind: 'CAPACITY_ASSESSMENT_RECORDED', data }],
      update: { facts },
      audit: { action: 'case.recordCapacityAssessment', data },
    };
  });
}

caseMutation(
  'caseRecordCapacityAssessment',
  'Record whether capacity for one decision (NRM consent, sharing details, a support referral) was in doubt and, if so, the assessment: outcome, who assessed, when. Consent to that decision counts only from a person with capacity for it; an adult who lacks it takes the best-interests route (caseRecordBestInterestsDecision).',
  caseInput('CaseRecordCapacityAssessmentInput', (t) => ({
    decision: t.field({ type: CapacityDecisionEnum, required: true }),
    capacityInDoubt: t.boolean({
      required: true,
      description: 'Was there doubt about capacity for this decision? Without doubt capacity is presumed.',
    }),
    outcome: t.field({ type: CapacityOutcome, description: 'The assessment outcome; only when in doubt.' }),
    assessedBy: t.string({ description: 'Who assessed (name and role); only when in doubt.' }),
    assessedOn: t.field({ type: 'Date', description: 'When it was assessed; only when in doubt.' }),
  })),
  CHANGE_ERRORS,
  (input, request) =>
    recordCapacityAssessment(request, {
      ...base(input),
      decision: input.decision,
      capacityInDoubt: input.capacityInDoubt,
      outcome: input.outcome,
      assessedBy: input.assessedBy,
      assessedOn: input.assessedOn,
    }),
);
