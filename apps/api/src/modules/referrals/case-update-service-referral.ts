/** caseUpdateServiceReferral: the case team records the service's answer or ends a referral. */
import { ValidationError } from '../../errors.ts';
import type { ServiceReferralStatus as ReferralStatus } from '../../generated/prisma/enums.ts';
import { checkReferralMove } from './referral-moves.ts';
import { ServiceReferral, ServiceReferralStatus } from './service-referral.types.ts';
import { base, caseMutation, CHANGE_ERRORS, caseInput } from '../cases/case-mutation.ts';
import { changeCase, type RequestInfo, type Versioned } from '../cases/case-transaction.ts';

export async function updateServiceReferral(
  request: RequestInfo,
  input: Versioned & { referralId: string; status: ReferralStatus },
) {
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current) => {
    const referral = await tx.serviceReferral.findFirst({ where: { id: input.referralId, caseId: current.id } });
    if (!referral) throw new ValidationError([{ path: ['referralId'], message: 'is not a referral of this case' }]);
    checkReferralMove('referrer', referral.status, input.status);
    await tx.serviceReferral.update({ where: { id: referral.id }, data: { status: input.status } });
    return {
      events: [
        {
          kind: 'SERVICE_REFERRAL_UPDATED',
          data: { referralId: referral.id, from: referral.status, to: input.status },
        },
      ],
      audit: { action: 'case.updateServiceReferral', data: { referralId: referral.id, status: input.status } },
    };
  });
}

caseMutation(
  'caseUpdateServiceReferral',
  'Record the service’s answer or the end of a referral: OPEN -> ACCEPTED | DECLINED | CLOSED, ACCEPTED -> CLOSED.',
  caseInput('CaseUpdateServiceReferralInput', (t) => ({
    referralId: t.globalID({ for: ServiceReferral, required: true }),
    status: t.field({ type: ServiceReferralStatus, required: true }),
  })),
  CHANGE_ERRORS,
  (input, request) =>
    updateServiceReferral(request, { ...base(input), referralId: input.referralId.id, status: input.status }),
);
