/** caseRecordConsent: consent to the NRM and to sharing details, capacity considered first. */
import { isTreatedAsChild } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { ValidationError } from '../../errors.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { changedFacts, mergeFacts } from './case-facts.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from './case-mutation.ts';
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
  return changeCase(request, input.caseId, input.expectedVersion, async (_tx, current) => {
    const before = factsOf(current.facts);
    // A child (or a person presumed to be one) is never asked: children need no consent to
    // enter the NRM (DOMAIN rule 1, 001 step 5, 003 8.3).
    if (input.nrm && isTreatedAsChild(before) === true) {
      throw new ValidationError([
        { path: ['nrm'], message: 'is not asked of a child: children need no consent to enter the NRM' },
      ]);
    }
    const changes: Record<string, unknown> = {};
    if (input.capacityInDoubt != null) changes.capacityInDoubt = input.capacityInDoubt;
    if (input.capacityConsidered != null) changes.capacityConsidered = input.capacityConsidered;
    const capacity = mergeFacts(before, changes);
    // Where capacity is in doubt, it is considered before consent is recorded (rule 1).
    if (
      (input.nrm || input.shareDetails) &&
      capacity.capacityInDoubt === true &&
      capacity.capacityConsidered !== true
    ) {
      throw new ValidationError([
        {
          path: ['capacityConsidered'],
          message: 'capacity is in doubt: record the capacity consideration before consent',
        },
      ]);
    }
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
  CHANGE_ERRORS,
  (input, request) =>
    recordConsent(request, {
      ...base(input),
      nrm: input.nrm,
      shareDetails: input.shareDetails,
      capacityInDoubt: input.capacityInDoubt,
      capacityConsidered: input.capacityConsidered,
    }),
);
