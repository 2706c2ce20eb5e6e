/**
 * caseRecordConsent: consent to the NRM and to sharing details. Consent counts only from a person
 * with capacity for that decision: where capacity is in doubt it is assessed first
 * (caseRecordCapacityAssessment), and an adult who lacks it takes the best-interests route.
 */
import { consentRefusal } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { ValidationError } from '../../errors.ts';
import { caseFacts, factsOf } from '../pathways/engine-adapter.ts';
import { RuleViolationError } from './case-errors.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseMutation, caseInput, RULE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

const ConsentAnswer = builder.enumType('ConsentAnswer', { values: ['GIVEN', 'DECLINED', 'WITHDRAWN'] as const });

export type ConsentAnswer = 'GIVEN' | 'DECLINED' | 'WITHDRAWN';

export async function recordConsent(
  request: RequestInfo,
  input: Versioned & {
    nrm?: ConsentAnswer | null;
    shareDetails?: ConsentAnswer | null;
    capacityInDoubt?: boolean | null;
  },
) {
  if (!input.nrm && !input.shareDetails && input.capacityInDoubt == null) {
    throw new ValidationError([
      { path: ['nrm'], message: 'say what was consented to (nrm, shareDetails) or whether capacity is in doubt' },
    ]);
  }
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    const before = factsOf(current.facts);
    const changes: Record<string, unknown> = {};
    if (input.capacityInDoubt != null) changes.capacityInDoubt = input.capacityInDoubt;
    // The engine's consent rules, on the facts as they stand now (age derived from the subject):
    // a child is never asked; consent counts only from a person with capacity for the decision.
    const refusal = consentRefusal(caseFacts({ ...current, facts: mergeFacts(before, changes) }, now), {
      nrm: !!input.nrm,
      shareDetails: !!input.shareDetails,
    });
    if (refusal) throw RuleViolationError.from(refusal);
    if (input.nrm) changes.consentToNrm = input.nrm === 'GIVEN';
    if (input.shareDetails) changes.consentToShareDetails = input.shareDetails === 'GIVEN';
    const facts = mergeFacts(before, changes);
    return {
      events: [
        {
          kind: 'CONSENT_RECORDED',
          data: {
            nrm: input.nrm ?? null,
            shareDetails: input.shareDetails ?? null,
            capacityInDoubt: input.capacityInDoubt ?? null,
          },
        },
      ],
      update: { facts },
      audit: { action: 'case.recordConsent', data: { facts: changedFacts(before, facts) } },
    };
  });
}

caseMutation(
  'caseRecordConsent',
  'Record consent to the NRM referral and to sharing details (given, declined, withdrawn). A child is never asked. Where capacity is in doubt, assess it for the decision first (caseRecordCapacityAssessment); an adult who lacks it takes the best-interests route (caseRecordBestInterestsDecision).',
  caseInput('CaseRecordConsentInput', (t) => ({
    nrm: t.field({ type: ConsentAnswer }),
    shareDetails: t.field({ type: ConsentAnswer }),
    capacityInDoubt: t.boolean({
      description:
        'Is there doubt about capacity for these decisions? When true, record an assessment per decision with caseRecordCapacityAssessment.',
    }),
  })),
  RULE_ERRORS,
  (input, request) =>
    recordConsent(request, {
      ...base(input),
      nrm: input.nrm,
      shareDetails: input.shareDetails,
      capacityInDoubt: input.capacityInDoubt,
    }),
);
