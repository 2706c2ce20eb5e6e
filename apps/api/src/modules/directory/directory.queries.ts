/**
 * Directory reads: services, one service, contacts, First Responder organisations and the
 * services due for review. Every service query goes through visibleServicesWhere so hidden
 * services never reach viewers without need.
 */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type {
  AgeGroup as AgeGroupValue,
  ContactPurpose as ContactPurposeValue,
  DecisionOutcome as DecisionOutcomeValue,
  Gender as GenderValue,
  NrmStatus as NrmStatusValue,
  RecourseToPublicFunds as RecourseValue,
  ServiceStatus as ServiceStatusValue,
} from '../../generated/prisma/enums.ts';
import { Gender, RecourseToPublicFunds } from '../cases/case.types.ts';
import { visibleServicesWhere } from './directory-access.ts';
import {
  AgeGroup,
  ContactPurpose,
  DecisionOutcome,
  NrmStatus,
  ServiceCategory,
  ServiceStatus,
  SupportService,
} from './directory.types.ts';

const ServiceFilter = builder.inputType('ServiceFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive match on the name, description or organisation name.' }),
    areaCode: t.string({ description: 'Services working in this area, including national ones.' }),
    category: t.field({ type: ServiceCategory }),
    status: t.field({ type: ServiceStatus, description: 'Defaults to ACTIVE.' }),
    gender: t.field({ type: Gender, description: 'Only services whose eligibility does not exclude this gender.' }),
    ageGroup: t.field({ type: AgeGroup }),
    age: t.int({ description: 'Only services whose age range includes this age.' }),
    nrmStatus: t.field({ type: NrmStatus }),
    decisionOutcome: t.field({ type: DecisionOutcome }),
    recourseToPublicFunds: t.field({ type: RecourseToPublicFunds }),
  }),
});

export interface ServiceFilterValue {
  search?: string | null;
  areaCode?: string | null;
  category?: string | null;
  status?: ServiceStatusValue | null;
  gender?: GenderValue | null;
  ageGroup?: AgeGroupValue | null;
  age?: number | null;
  nrmStatus?: NrmStatusValue | null;
  decisionOutcome?: DecisionOutcomeValue | null;
  recourseToPublicFunds?: RecourseValue | null;
}

/** "The eligibility does not exclude this value": no eligibility, an empty list, or a list holding it. */
function listAllows(
  field: 'genders' | 'ageGroups' | 'nrmStatuses' | 'decisionOutcomes',
  value: string,
): Prisma.SupportServiceWhereInput {
  return {
    OR: [
      { eligibility: { is: null } },
      { eligibility: { [field]: { isEmpty: true } } },
      { eligibility: { [field]: { has: value } } },
    ],
  };
}

export function serviceWhere(filter: ServiceFilterValue | null | undefined): Prisma.SupportServiceWhereInput {
  const and: Prisma.SupportServiceWhereInput[] = [{ status: filter?.status ?? 'ACTIVE' }];
  if (filter?.search) {
    const contains = { contains: filter.search, mode: 'insensitive' as const };
    and.push({ OR: [{ name: contains }, { description: contains }, { organisation: { name: contains } }] });
  }
  if (filter?.areaCode) and.push({ OR: [{ areas: { some: { code: filter.areaCode } } }, { areas: { none: {} } }] });
  if (filter?.category) and.push({ categories: { has: filter.category } });
  if (filter?.gender) and.push(listAllows('genders', filter.gender));
  if (filter?.ageGroup) and.push(listAllows('ageGroups', filter.ageGroup));
  if (filter?.nrmStatus) and.push(listAllows('nrmStatuses', filter.nrmStatus));
  if (filter?.decisionOutcome) and.push(listAllows('decisionOutcomes', filter.decisionOutcome));
  if (filter?.age != null) {
    and.push({
      OR: [
        { eligibility: { is: null } },
        {
          eligibility: {
            AND: [
              { OR: [{ minimumAge: null }, { minimumAge: { lte: filter.age } }] },
              { OR: [{ maximumAge: null }, { maximumAge: { gte: filter.age } }] },
            ],
          },
        },
      ],
    });
  }
  if (filter?.recourseToPublicFunds === 'YES' || filter?.recourseToPublicFunds === 'NO') {
    const has = filter.recourseToPublicFunds === 'YES';
    and.push({
      OR: [
        { eligibility: { is: null } },
        { eligibility: { recourseToPublicFunds: null } },
        { eligibility: { recourseToPublicFunds: has } },
      ],
    });
  }
  return { AND: and };
}

const ContactFilter = builder.inputType('ContactFilter', {
  fields: (t) => ({
    areaCode: t.string({ description: "This area's contacts and the national ones." }),
    purpose: t.field({ type: ContactPurpose }),
    includeNational: t.boolean({ description: 'With areaCode: include national contacts (default true).' }),
  }),
});

function contactWhere(
  filter:
    | { areaCode?: string | null; purpose?: ContactPurposeValue | null; includeNational?: boolean | null }
    | null
    | undefined,
) {
  const and: Prisma.ContactWhereInput[] = [{ status: 'ACTIVE' }];
  if (filter?.purpose) and.push({ purpose: filter.purpose });
  if (filter?.areaCode) {
    const inArea: Prisma.ContactWhereInput = { area: { code: filter.areaCode } };
    and.push(filter.includeNational === false ? inArea : { OR: [inArea, { areaId: null }] });
  }
  return { AND: and };
}

const SERVICE_ORDER: Prisma.SupportServiceOrderByWithRelationInput[] = [{ name: 'asc' }, { id: 'asc' }];

builder.queryFields((t) => ({
  services: t.prismaConnection(
    {
      type: 'SupportService',
      cursor: 'id',
      description: 'Support services by name; active ones unless the filter asks for another status.',
      args: { filter: t.arg({ type: ServiceFilter }) },
      authScopes: { signedIn: true },
      totalCount: (_root, { filter }, { viewer }) =>
        prisma.supportService.count({ where: { AND: [serviceWhere(filter), visibleServicesWhere(viewer)] } }),
      resolve: (query, _root, { filter }, { viewer }) =>
        prisma.supportService.findMany({
          ...query,
          where: { AND: [serviceWhere(filter), visibleServicesWhere(viewer)] },
          orderBy: SERVICE_ORDER,
        }),
    },
    { name: 'SupportServiceConnection' },
    { name: 'SupportServiceEdge' },
  ),
  service: t.prismaField({
    type: 'SupportService',
    nullable: true,
    description: 'A service by id (any status), or null when it does not exist or the viewer may not see it.',
    args: { id: t.arg.globalID({ required: true, for: SupportService }) },
    authScopes: { signedIn: true },
    resolve: (query, _root, { id }, { viewer }) =>
      prisma.supportService.findFirst({ ...query, where: { AND: [{ id: id.id }, visibleServicesWhere(viewer)] } }),
  }),
  servicesDueForReview: t.prismaConnection(
    {
      type: 'SupportService',
      cursor: 'id',
      description: 'Services (not archived) whose review date has passed, most overdue first.',
      authScopes: { anyRole: ['DIRECTORY_ADMIN', 'PLATFORM_ADMIN'] },
      totalCount: () => prisma.supportService.count({ where: dueForReviewWhere() }),
      resolve: (query) =>
        prisma.supportService.findMany({
          ...query,
          where: dueForReviewWhere(),
          orderBy: [{ reviewDueAt: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'ServicesDueForReviewConnection' },
    { name: 'ServicesDueForReviewEdge' },
  ),
  contacts: t.prismaConnection(
    {
      type: 'Contact',
      cursor: 'id',
      description: 'Active contacts by purpose and name.',
      args: { filter: t.arg({ type: ContactFilter }) },
      authScopes: { signedIn: true },
      totalCount: (_root, { filter }) => prisma.contact.count({ where: contactWhere(filter) }),
      resolve: (query, _root, { filter }) =>
        prisma.contact.findMany({
          ...query,
          where: contactWhere(filter),
          orderBy: [{ purpose: 'asc' }, { name: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'ContactConnection' },
    { name: 'ContactEdge' },
  ),
  firstResponderOrganisations: t.prismaField({
    type: ['Organisation'],
    description:
      'Organisations whose staff may submit NRM referrals and Duty to Notify (003, 004; councils per 002), by name.',
    authScopes: { signedIn: true },
    resolve: (query) =>
      prisma.organisation.findMany({
        ...query,
        where: { isFirstResponder: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

function dueForReviewWhere(): Prisma.SupportServiceWhereInput {
  return { status: { not: 'ARCHIVED' }, reviewDueAt: { lt: new Date() } };
}
