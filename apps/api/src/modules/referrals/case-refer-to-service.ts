/** caseReferToService: refer the person to a support service from the directory. */
import { z } from 'zod';
import { prisma } from '../../db/client.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import { text } from '../../validation.ts';
import { SupportService } from '../directory/directory.types.ts';
import { serviceReferralRefusal } from '@waymark/pathways';
import { RuleViolationError } from '../cases/case-errors.ts';
import { base, caseMutation, caseInput, RULE_ERRORS } from '../cases/case-mutation.ts';
import { caseFacts } from '../pathways/engine-adapter.ts';
import { changeCase, type RequestInfo, type Versioned } from '../cases/case-transaction.ts';

/**
 * Refers the person to a support service from the directory. An archived or inactive service
 * cannot take referrals; the service's eligibility is the caseworker's call (supportOptions
 * explains it), not a block here, but a rule the service itself carries (Beacon's consent,
 * Hope at Home's positive decision) is: it refuses with RuleViolationError.
 */
export async function referToService(
  request: RequestInfo,
  input: Versioned & { serviceId: string; note?: string | null },
) {
  const { note } = parseOrThrow(z.object({ note: text(5_000).nullish() }).safeParse(input));
  const service = await prisma.supportService.findUnique({
    where: { id: input.serviceId },
    select: { id: true, status: true, name: true, organisationId: true, referralRules: true },
  });
  if (!service) throw new ValidationError([{ path: ['serviceId'], message: 'is not a service in the directory' }]);
  if (service.status !== 'ACTIVE')
    throw new ValidationError([{ path: ['serviceId'], message: 'is not taking referrals (inactive or archived)' }]);
  return changeCase(
    request,
    input.caseId,
    input.expectedVersion,
    async (tx, current, now) => {
      // The service's own rules apply however it is reached, as on the pathway's step (item 11).
      const refusal = serviceReferralRefusal(service.referralRules, caseFacts(current, now));
      if (refusal) throw RuleViolationError.from(refusal);
      const open = await tx.serviceReferral.findFirst({
        where: { caseId: current.id, serviceId: service.id, status: { in: ['OPEN', 'ACCEPTED'] } },
      });
      if (open && open.organisationId === service.organisationId)
        throw new ValidationError([{ path: ['serviceId'], message: 'already has an open referral for this case' }]);
      // The service has moved to another organisation since the live referral was sent: sending
      // it again is the owner's choice to hand it over, so the old one ends with the old organisation.
      const resent = open
        ? await tx.serviceReferral.update({ where: { id: open.id }, data: { status: 'CLOSED' } })
        : null;
      const referral = await tx.serviceReferral.create({
        data: {
          caseId: current.id,
          serviceId: service.id,
          organisationId: service.organisationId,
          referredAt: now,
          referredById: request.viewer.personId,
          note: note ?? null,
        },
      });
      return {
        events: [
          ...(resent
            ? [
                {
                  kind: 'SERVICE_REFERRAL_UPDATED' as const,
                  data: { referralId: resent.id, from: open!.status, to: 'CLOSED', resent: true },
                },
              ]
            : []),
          {
            kind: 'SERVICE_REFERRAL_MADE',
            data: { referralId: referral.id, serviceId: service.id, serviceName: service.name },
          },
        ],
        audit: { action: 'case.referToService', data: { referralId: referral.id, serviceId: service.id } },
      };
      // A referral hands the person's names to the service: only those who may see them send one.
    },
    { owner: 'staff' },
  );
}

caseMutation(
  'caseReferToService',
  'Refer the person to a support service from the directory (see supportOptions for who is eligible and why).',
  caseInput('CaseReferToServiceInput', (t) => ({
    serviceId: t.globalID({ for: SupportService, required: true }),
    note: t.string({ description: 'What the service needs to know (at most 5,000 characters).' }),
  })),
  RULE_ERRORS,
  (input, request) => referToService(request, { ...base(input), serviceId: input.serviceId.id, note: input.note }),
);
