/** caseRecordConsent: consent to the NRM and to sharing details, capacity considered first. */
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
    capacityConsidered?: boolean | null;
  },
) {
  if (!input.nrm && !input.shareDetails && input.capacityInDoubt == null && input.capacityConsidered == null) {
    throw new ValidationError([
      { path: ['nrm'], message: 'say what was consented to (nrm, shareDetails) or record the capacity consideration' },
    ]);
  }
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current, now) => {
    const before = factsOf(current.facts);
    const changes: Record<string, unknown> = {};
    if (input.capacityInDoubt != null) changes.capacityInDoubt = input.capacityInDoubt;
    if (input.capacityConsidered != null) changes.capacityConsidered = input.capacityConsidered;
    // The engine's consent rules, on the facts as they stand now (age derived from the subject):
    // a child is never asked; where capacity is in doubt it is considered first.
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
            capacityConsidered: input.capacityConsidered ?? null,
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
  'Record consent to the NRM referral and to sharing details (given, declined, withdrawn), with capacity considered first when in doubt. A child is never asked.',
  caseInput('CaseRecordConsentInput', (t) => ({
    nrm: t.field({ type: ConsentAnswer }),
    shareDetails: t.field({ type: ConsentAnswer }),
    capacityInDoubt: t.boolean(),
    capacityConsidered: t.boolean({
      description: 'Capacity considered under the Mental Capacity Act Code of Practice.',
    }),
  })),
  RULE_ERRORS,
  (input, request) =>
    recordConsent(request, {
      ...base(input),
      nrm: input.nrm,
      shareDetails: input.shareDetails,
      capacityInDoubt: input.capacityInDoubt,
      capacityConsidered: input.capacityConsidered,
    }),
);
