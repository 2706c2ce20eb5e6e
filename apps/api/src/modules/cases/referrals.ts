/**
 * The support service's side of a referral: staff of the service's organisation see the
 * referrals sent to it while they are open or accepted, with only what the referral needs, and
 * answer them (accept, decline, close). They never see the case itself.
 */
import { isTreatedAsChild } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { prisma } from '../../db.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { factsOf } from '../pathways/engine.ts';
import { discloseToReferralPartner, incomingReferralsWhere } from './case-access.ts';
import { TRANSACTION_OPTIONS } from './cases.changes.ts';
import { checkReferralMove } from './lifecycle.service.ts';
import { AgeGroup, Gender } from './cases.types.ts';
import { ServiceReferralStatus } from './records.types.ts';

const IncomingReferral = builder.prismaObject('ServiceReferral', {
  variant: 'IncomingReferral',
  description:
    'A referral to one of your organisation’s services, as the service sees it: only what it needs to make contact.',
  select: {
    id: true,
    caseId: true,
    case: {
      select: {
        id: true,
        reference: true,
        givenName: true,
        familyName: true,
        languages: true,
        interpreterNeeded: true,
        gender: true,
        facts: true,
        owningOrganisationId: true,
      },
    },
  },
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: ServiceReferralStatus }),
    referredAt: t.expose('referredAt', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true, description: 'What the referrer said the service needs to know.' }),
    service: t.relation('service'),
    caseReference: t.string({
      description: 'Quote it when talking to the referrer.',
      resolve: (r) => r.case.reference,
    }),
    referredBy: t.field({
      type: Organisation,
      resolve: (r) => prisma.organisation.findUniqueOrThrow({ where: { id: r.case.owningOrganisationId } }),
    }),
    givenName: t.string({
      nullable: true,
      resolve: (r, _a, context) => discloseToReferralPartner(context, r.caseId, r.case.givenName),
    }),
    familyName: t.string({
      nullable: true,
      resolve: (r, _a, context) => discloseToReferralPartner(context, r.caseId, r.case.familyName),
    }),
    languages: t.stringList({ resolve: (r) => r.case.languages }),
    interpreterNeeded: t.boolean({ resolve: (r) => r.case.interpreterNeeded }),
    gender: t.field({ type: Gender, nullable: true, resolve: (r) => r.case.gender }),
    ageGroup: t.field({
      type: AgeGroup,
      resolve: (r) => {
        const child = isTreatedAsChild(factsOf(r.case.facts));
        return child === undefined ? 'UNKNOWN' : child ? 'CHILD' : 'ADULT';
      },
    }),
  }),
});

builder.queryField('myServiceReferrals', (t) =>
  t.prismaConnection(
    {
      type: IncomingReferral,
      cursor: 'id',
      description: 'Open and accepted referrals to your organisation’s services, newest first.',
      authScopes: { signedIn: true },
      totalCount: (_root, _args, { viewer }) => prisma.serviceReferral.count({ where: incomingReferralsWhere(viewer) }),
      resolve: (query, _root, _args, { viewer }) =>
        prisma.serviceReferral.findMany({
          ...query,
          where: incomingReferralsWhere(viewer),
          orderBy: [{ referredAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'IncomingReferralConnection' },
    { name: 'IncomingReferralEdge' },
  ),
);

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
            data: { referralId: id, from: referral.status, to: status, bySupportService: true },
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
