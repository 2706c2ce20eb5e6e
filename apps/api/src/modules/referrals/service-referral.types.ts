/**
 * A referral of the person to a support service in the directory, seen two ways: from the case
 * (ServiceReferral, for the case team) and from the service (IncomingReferral, only what the
 * service needs to make contact; never the case).
 */
import { isTreatedAsChild } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { AGE_SUBJECT_SELECT, caseFacts } from '../pathways/engine-adapter.ts';
import { discloseToReferralPartner, visibleCasesWhere } from '../cases/case-access.ts';
import { AgeGroup, Gender } from '../cases/case.types.ts';

export const ServiceReferralStatus = builder.enumType('ServiceReferralStatus', {
  values: ['OPEN', 'ACCEPTED', 'DECLINED', 'CLOSED'] as const,
});

export const ServiceReferral = builder.prismaNode('ServiceReferral', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, { viewer }) => ({ id, case: visibleCasesWhere(viewer) }),
  description: 'A referral of the person to a support service in the directory.',
  fields: (t) => ({
    status: t.expose('status', { type: ServiceReferralStatus }),
    referredAt: t.expose('referredAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    note: t.exposeString('note', { nullable: true }),
    service: t.relation('service'),
  }),
});

export const IncomingReferral = builder.prismaObject('ServiceReferral', {
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
        // gender comes with the subject's columns the facts are derived from.
        ...AGE_SUBJECT_SELECT,
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
      description: 'The organisation that owns the case and sent the referral.',
      // Selected with the referral itself: one query for the whole list.
      select: { case: { select: { owningOrganisation: true } } },
      resolve: (r) => r.case.owningOrganisation,
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
        const child = isTreatedAsChild(caseFacts(r.case, new Date()));
        return child === undefined ? 'UNKNOWN' : child ? 'CHILD' : 'ADULT';
      },
    }),
  }),
});
