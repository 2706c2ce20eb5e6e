/**
 * The support service answers a referral (accept, decline, close); recorded on the case's
 * history without the service ever seeing the case.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { integrationTrace } from '../identity/viewer.ts';
import { checkReferralMove } from './referral-moves.ts';
import { IncomingReferral, ServiceReferralStatus } from './service-referral.types.ts';
import { incomingReferralsWhere } from '../cases/case-access.ts';
import { TRANSACTION_OPTIONS } from '../cases/case-transaction.ts';

const RespondPayload = builder.objectRef<{ referralId: string }>('ServiceReferralRespondPayload').implement({
  fields: (t) => ({
    referral: t.prismaField({
      type: IncomingReferral,
      nullable: true,
      description: 'The referral, or null once it is declined or closed (it leaves your list).',
      resolve: (query, payload, _args, { viewer }) =>
        prisma.serviceReferral.findFirst({
          ...query,
          where: { AND: [{ id: payload.referralId }, incomingReferralsWhere(viewer)] },
        }),
    }),
  }),
});

builder.mutationField('serviceReferralRespond', (t) =>
  t.field({
    type: RespondPayload,
    description:
      'The service answers a referral: OPEN -> ACCEPTED | DECLINED, ACCEPTED -> CLOSED. Recorded on the case’s history.',
    args: {
      referralId: t.arg.id({ required: true, description: 'IncomingReferral.id' }),
      status: t.arg({ type: ServiceReferralStatus, required: true }),
    },
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'ServiceReferralRespondResult' },
    },
    resolve: async (_root, { referralId, status }, { viewer, requestId }) => {
      const id = String(referralId);
      await prisma.$transaction(async (tx) => {
        const referral = await tx.serviceReferral.findFirst({
          where: { AND: [{ id }, incomingReferralsWhere(viewer)] },
        });
        if (!referral) throw new NotFoundError('Referral');
        checkReferralMove('service', referral.status, status);
        await tx.serviceReferral.update({ where: { id }, data: { status } });
        // The service cannot see the case's version; its answer still moves the case on, so a
        // lead editing at the same moment gets StaleCaseError rather than overwriting it.
        const updated = await tx.case.update({
          where: { id: referral.caseId },
          data: { version: { increment: 1 } },
          select: { version: true },
        });
        await tx.caseEvent.create({
          data: {
            caseId: referral.caseId,
            kind: 'SERVICE_REFERRAL_UPDATED',
            actorId: viewer!.personId,
            organisationId: viewer!.organisation.id,
            caseVersion: updated.version,
            data: {
              referralId: id,
              from: referral.status,
              to: status,
              bySupportService: true,
              ...integrationTrace(viewer),
            },
          },
        });
        await recordAudit(tx, {
          viewer,
          requestId,
          action: 'serviceReferral.respond',
          entityType: 'Case',
          entityId: referral.caseId,
          data: { referralId: id, status },
        });
      }, TRANSACTION_OPTIONS);
      return { referralId: id };
    },
  }),
);
