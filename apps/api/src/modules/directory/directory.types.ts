/**
 * GraphQL types of the support-service and contact directory. Restricted details are gated
 * field by field (directory-access.ts) so no query can forget to.
 */
import { builder } from '../../builder.ts';
import {
  AgeGroup as AgeGroupValues,
  ContactPurpose as ContactPurposeValues,
  ContactStatus as ContactStatusValues,
  DecisionOutcome as DecisionOutcomeValues,
  NrmStatus as NrmStatusValues,
  ReferralRoute as ReferralRouteValues,
  ServiceStatus as ServiceStatusValues,
} from '../../generated/prisma/enums.ts';
// One Gender and one ExploitationType enum for the whole schema: cases record them, services serve them.
import { ExploitationType, Gender } from '../cases/case.types.ts';

export { ExploitationType };
import { SeedSource } from '../orgs/orgs.types.ts';
import { hasNeedForRestrictedDetails, visibleServicesWhere } from './directory-access.ts';
import { referralRulesOf, ServiceReferralRuleType } from './service-referral-rules.types.ts';

/** The service categories the seed documents use; stored as strings, closed here. */
export const SERVICE_CATEGORIES = [
  'NRM_SUPPORT',
  'ADVOCACY',
  'ACCOMMODATION',
  'LEGAL',
  'HEALTH',
  'MENTAL_HEALTH',
  'EMPLOYMENT_AND_SKILLS',
  'EDUCATION',
  'HELPLINE',
  'CHILDREN',
  'DOMESTIC_ABUSE',
  'COMMUNITY',
  'FINANCIAL',
  'OTHER',
] as const;
export type ServiceCategoryValue = (typeof SERVICE_CATEGORIES)[number];

export const ServiceCategory = builder.enumType('ServiceCategory', { values: SERVICE_CATEGORIES });
export const ServiceStatus = builder.enumType('ServiceStatus', { values: Object.values(ServiceStatusValues) });
export const ReferralRoute = builder.enumType('ReferralRoute', {
  description:
    'How to refer: VIA_ORGANISATION means through another organisation (e.g. NRM support via The Salvation Army).',
  values: Object.values(ReferralRouteValues),
});
export const AgeGroup = builder.enumType('AgeGroup', { values: Object.values(AgeGroupValues) });
export const NrmStatus = builder.enumType('NrmStatus', { values: Object.values(NrmStatusValues) });
export const DecisionOutcome = builder.enumType('DecisionOutcome', {
  description: 'The latest NRM decision: reasonable grounds (RG) or conclusive grounds (CG).',
  values: Object.values(DecisionOutcomeValues),
});
export const ContactPurpose = builder.enumType('ContactPurpose', { values: Object.values(ContactPurposeValues) });
export const ContactStatus = builder.enumType('ContactStatus', { values: Object.values(ContactStatusValues) });

export const Eligibility = builder.prismaObject('Eligibility', {
  description: 'Who a service is for. Each list means "any of these"; an empty list means no restriction.',
  fields: (t) => ({
    genders: t.field({ type: [Gender], resolve: (e) => e.genders }),
    ageGroups: t.field({ type: [AgeGroup], resolve: (e) => e.ageGroups }),
    minimumAge: t.exposeInt('minimumAge', { nullable: true }),
    maximumAge: t.exposeInt('maximumAge', { nullable: true }),
    nrmStatuses: t.field({ type: [NrmStatus], resolve: (e) => e.nrmStatuses }),
    decisionOutcomes: t.field({ type: [DecisionOutcome], resolve: (e) => e.decisionOutcomes }),
    recourseToPublicFunds: t.exposeBoolean('recourseToPublicFunds', {
      nullable: true,
      description: 'true: only with recourse to public funds; false: only NRPF; null: either.',
    }),
    exploitationTypes: t.field({ type: [ExploitationType], resolve: (e) => e.exploitationTypes }),
    conditions: t.exposeString('conditions', {
      nullable: true,
      description: 'Free-text conditions to read before referring.',
    }),
  }),
});

export const SupportService = builder.prismaNode('SupportService', {
  id: { field: 'id' },
  // node(id) honours hidden services exactly as service(id) does.
  nullable: true,
  findUnique: (id, { viewer }) => ({ id, AND: [visibleServicesWhere(viewer)] }),
  description: 'A support service (aligned with HSDS 3.0 `service`).',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    url: t.exposeString('url', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phones: t.exposeStringList('phones'),
    status: t.expose('status', { type: ServiceStatus }),
    languages: t.exposeStringList('languages'),
    categories: t.field({ type: [ServiceCategory], resolve: (s) => s.categories as ServiceCategoryValue[] }),
    referralRoute: t.expose('referralRoute', { type: ReferralRoute }),
    referralDetails: t.exposeString('referralDetails', { nullable: true }),
    referralVia: t.relation('referralVia', { nullable: true }),
    organisation: t.relation('organisation'),
    areas: t.relation('areas', {
      description: 'Empty when the service is national.',
      query: { orderBy: { name: 'asc' } },
    }),
    eligibility: t.relation('eligibility', { nullable: true }),
    restricted: t.exposeBoolean('restricted', { description: 'Safe-house addresses and similar: never public.' }),
    hidden: t.exposeBoolean('hidden', { description: 'Left out of the public feed altogether.' }),
    restrictedDetails: t.string({
      nullable: true,
      description: 'Addresses and access arrangements of a restricted service; null for viewers without need.',
      select: { restrictedDetails: true },
      resolve: (s, _args, { viewer }) => (hasNeedForRestrictedDetails(viewer) ? s.restrictedDetails : null),
    }),
    referralRules: t.field({
      type: [ServiceReferralRuleType],
      description: "The service's own referral rules: caseReferToService refuses a referral that does not meet them.",
      resolve: (s) => referralRulesOf(s.referralRules),
    }),
    source: t.field({ type: SeedSource, resolve: (s) => ({ file: s.sourceFile, section: s.sourceSection }) }),
    lastReviewedAt: t.expose('lastReviewedAt', { type: 'DateTime', nullable: true }),
    reviewDueAt: t.expose('reviewDueAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'Pass as expectedVersion to serviceUpdate.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const Contact = builder.prismaNode('Contact', {
  id: { field: 'id' },
  description: 'A named route for a purpose in an area (SPoC, MASH, helplines...); national when area is null.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    purpose: t.expose('purpose', { type: ContactPurpose }),
    status: t.expose('status', { type: ContactStatus }),
    area: t.relation('area', { nullable: true }),
    organisation: t.relation('organisation', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    hours: t.exposeString('hours', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    source: t.field({ type: SeedSource, resolve: (c) => ({ file: c.sourceFile, section: c.sourceSection }) }),
    version: t.exposeInt('version', { description: 'Pass as expectedVersion to contactUpdate.' }),
  }),
});
