/**
 * caseAddNrmReferralInformation: further information on the case's NRM referral, as it comes to
 * light (003 8.7; 002 4.2.1/4.6 "add any missing information"). A case has one NRM referral; this
 * is the way to add to it instead of submitting another.
 */
import { z } from 'zod';
import { parseOrThrow } from '../../errors.ts';
import { RuleViolationError } from './case-errors.ts';
import { base, caseInput, caseMutation, RULE_ERRORS } from './case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from './case-transaction.ts';

const information = z.object({
  information: z.string().trim().min(1, 'must not be blank').max(20_000, 'must be at most 20000 characters'),
});

export async function addNrmReferralInformation(request: RequestInfo, input: Versioned & { information: string }) {
  const { information: text } = parseOrThrow(information.safeParse(input));
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current) => {
      const referral = await tx.nrmReferral.findFirst({
        where: { caseId: current.id },
        orderBy: { submittedAt: 'asc' },
      });
      if (!referral)
        throw new RuleViolationError(
          'The case has no NRM referral yet: submit one with caseSubmitNrmReferral.',
          'nrm-referral-recorded',
          '003 8.7',
          { mutation: 'caseSubmitNrmReferral' },
        );
      return {
        events: [{ kind: 'NRM_REFERRAL_INFORMATION_ADDED', data: { nrmReferralId: referral.id, text } }],
        audit: { action: 'case.addNrmReferralInformation', data: { nrmReferralId: referral.id } },
      };
    },
    { weight: 'submission' },
  );
}

caseMutation(
  'caseAddNrmReferralInformation',
  'Record further information on the case\'s NRM referral as it comes to light (003 8.7; 002 4.2.1 "add any missing information"): a case has one NRM referral.',
  caseInput('CaseAddNrmReferralInformationInput', (t) => ({
    information: t.string({ required: true, description: 'What has come to light.' }),
  })),
  RULE_ERRORS,
  (input, request) => addNrmReferralInformation(request, { ...base(input), information: input.information }),
);
