/**
 * caseRecordAgeAssessment: an age assessment's outcome, whether it was Merton-compliant, who
 * carried it out and when. Presumption of age (003 7.4): a person who says they are a child, or
 * where there is reason to believe it, is treated as a child until an age assessment says
 * otherwise; only a Merton-compliant assessment ends the presumption. The assessment is always
 * kept; the protected `ageAssessmentOutcome` fact is written only by one that settles the age.
 */
import { deriveAgeFacts } from '@waymark/pathways';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { parseOrThrow } from '../../errors.ts';
import { notFutureDate, text } from '../../validation.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseInput, caseMutation, OWNER_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

const AgeAssessmentOutcome = builder.enumType('AgeAssessmentOutcome', { values: ['CHILD', 'ADULT'] as const });

const assessmentInput = z
  .object({
    outcome: z.enum(['CHILD', 'ADULT']),
    assessedAge: z.number().int().min(0, 'must be 0 or more').max(120, 'must be 120 or less').nullish(),
    mertonCompliant: z.boolean(),
    assessedBy: text(200),
    assessedOn: notFutureDate,
  })
  .refine((a) => a.assessedAge == null || a.assessedAge < 18 === (a.outcome === 'CHILD'), {
    path: ['assessedAge'],
    message: 'must agree with the outcome (under 18 is a child)',
  });

export async function recordAgeAssessment(
  request: RequestInfo,
  input: Versioned & {
    outcome: 'CHILD' | 'ADULT';
    assessedAge?: number | null;
    mertonCompliant: boolean;
    assessedBy: string;
    assessedOn: Date;
  },
) {
  const valid = parseOrThrow(assessmentInput.safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      const outcome = valid.outcome === 'CHILD' ? 'child' : 'adult';
      // The engine decides whether this assessment settles the age (one rule, one home).
      const settled = deriveAgeFacts(
        { ageAssessment: { outcome, mertonCompliant: valid.mertonCompliant } },
        now,
      ).ageAssessmentOutcome;
      const before = factsOf(current.facts);
      const facts = settled === undefined ? before : mergeFacts(before, { ageAssessmentOutcome: settled });
      const assessment = await tx.ageAssessment.create({
        data: {
          caseId: current.id,
          outcome: valid.outcome,
          assessedAge: valid.assessedAge ?? null,
          mertonCompliant: valid.mertonCompliant,
          assessedBy: valid.assessedBy,
          assessedOn: valid.assessedOn,
          recordedById: request.viewer.personId,
          recordedAt: now,
        },
      });
      const data = {
        assessmentId: assessment.id,
        outcome: valid.outcome,
        mertonCompliant: valid.mertonCompliant,
        endsPresumption: settled !== undefined,
        facts: changedFacts(before, facts),
      };
      return {
        events: [{ kind: 'AGE_ASSESSMENT_RECORDED', data }],
        update: { facts },
        audit: { action: 'case.recordAgeAssessment', data },
      };
    },
    { owner: 'staff' },
  );
}

caseMutation(
  'caseRecordAgeAssessment',
  'Record an age assessment (003 7.4). Only a Merton-compliant assessment ends the presumption of age; a non-compliant one that finds an adult is kept but the person is still treated as a child.',
  caseInput('CaseRecordAgeAssessmentInput', (t) => ({
    outcome: t.field({ type: AgeAssessmentOutcome, required: true }),
    assessedAge: t.int({ description: 'The age the assessment found, when it gave one.' }),
    mertonCompliant: t.boolean({ required: true, description: 'Carried out to the Merton standard.' }),
    assessedBy: t.string({ required: true, description: 'Who carried it out (authority or social worker).' }),
    assessedOn: t.field({ type: 'Date', required: true }),
  })),
  OWNER_ERRORS,
  (input, request) =>
    recordAgeAssessment(request, {
      ...base(input),
      outcome: input.outcome,
      assessedAge: input.assessedAge,
      mertonCompliant: input.mertonCompliant,
      assessedBy: input.assessedBy,
      assessedOn: input.assessedOn,
    }),
);
