/**
 * Directory admin mutations for services. Thin: unwrap global ids, call the service layer,
 * return the payload or a typed error (ValidationError per field, NotFoundError,
 * StaleRecordError with the current version).
 */
import { builder } from '../../builder.ts';
import { NotFoundError, StaleRecordError, ValidationError } from '../../errors.ts';
import type { SupportService as ServiceRow } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import { Gender } from '../cases/cases.types.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import {
  AgeGroup,
  DecisionOutcome,
  ExploitationType,
  NrmStatus,
  ReferralRoute,
  ServiceCategory,
  SupportService,
} from './directory.types.ts';
import {
  createService,
  markServiceReviewed,
  setServiceStatus,
  updateService,
  type ServicePatch,
} from './directory.service.ts';

export const ADMINS: { anyRole: Role[] } = { anyRole: ['DIRECTORY_ADMIN', 'PLATFORM_ADMIN'] };

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

export const EligibilityInput = builder.inputType('EligibilityInput', {
  description: 'Each list means "any of these"; an empty or missing list means no restriction.',
  fields: (t) => ({
    genders: t.field({ type: [Gender] }),
    ageGroups: t.field({ type: [AgeGroup] }),
    minimumAge: t.int(),
    maximumAge: t.int(),
    nrmStatuses: t.field({ type: [NrmStatus] }),
    decisionOutcomes: t.field({ type: [DecisionOutcome] }),
    recourseToPublicFunds: t.boolean({
      description: 'true: only with recourse to public funds; false: only NRPF; null: either.',
    }),
    exploitationTypes: t.field({ type: [ExploitationType] }),
    conditions: t.string(),
  }),
});

/** The same fields for create (required ones enforced) and patch (everything optional). */
function serviceFields(t: InputFields, required: boolean) {
  return {
    organisationId: t.globalID({ for: Organisation, required }),
    name: t.string({ required }),
    description: t.string({ required }),
    url: t.string({ description: 'https:// or http:// address.' }),
    email: t.string(),
    phones: t.stringList({ description: 'UK numbers, e.g. "0800 808 3733".' }),
    languages: t.stringList(),
    categories: t.field({ type: [ServiceCategory] }),
    referralRoute: t.field({ type: ReferralRoute, required }),
    referralDetails: t.string(),
    referralViaOrganisationId: t.globalID({
      for: Organisation,
      description: 'Required when referralRoute is VIA_ORGANISATION.',
    }),
    areaCodes: t.stringList({ description: 'Areas served; empty means national.' }),
    restricted: t.boolean({ description: 'Safe houses and refuges: only the public front gate is published.' }),
    hidden: t.boolean({ description: 'A restricted service left out of the public feed altogether.' }),
    restrictedDetails: t.string({ description: 'Addresses and access arrangements; only viewers with need see them.' }),
    reviewDueAt: t.field({ type: 'DateTime' }),
    sourceFile: t.string(),
    sourceSection: t.string(),
    eligibility: t.field({ type: EligibilityInput }),
  };
}

const ServiceCreateInput = builder.inputType('ServiceCreateInput', { fields: (t) => serviceFields(t, true) });
const ServicePatchInput = builder.inputType('ServicePatch', {
  description: 'Only the fields given change; null clears an optional field.',
  fields: (t) => serviceFields(t, false),
});

const ServicePayload = builder.objectRef<{ service: ServiceRow }>('ServicePayload').implement({
  fields: (t) => ({ service: t.field({ type: SupportService, resolve: (p) => p.service }) }),
});

type GlobalId = { id: string } | null | undefined;
const unwrap = (id: GlobalId) => (id === undefined ? undefined : (id?.id ?? null));

function toFields(input: Record<string, unknown>): ServicePatch {
  const fields = { ...input } as Record<string, unknown>;
  if ('organisationId' in input) fields.organisationId = unwrap(input.organisationId as GlobalId);
  if ('referralViaOrganisationId' in input)
    fields.referralViaOrganisationId = unwrap(input.referralViaOrganisationId as GlobalId);
  return fields as ServicePatch;
}

builder.mutationFields((t) => ({
  serviceCreate: t.field({
    type: ServicePayload,
    description: 'Add a support service to the directory.',
    args: { input: t.arg({ type: ServiceCreateInput, required: true }) },
    authScopes: ADMINS,
    errors: { types: [ValidationError], directResult: true, union: { name: 'ServiceCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => ({
      service: await createService({ viewer: viewer!, requestId }, toFields(input as Record<string, unknown>) as never),
    }),
  }),
  serviceUpdate: t.field({
    type: ServicePayload,
    description: 'Change a service; fails with StaleRecordError when it changed since expectedVersion.',
    args: {
      id: t.arg.globalID({ for: SupportService, required: true }),
      expectedVersion: t.arg.int({ required: true }),
      patch: t.arg({ type: ServicePatchInput, required: true }),
    },
    authScopes: ADMINS,
    errors: {
      types: [ValidationError, NotFoundError, StaleRecordError],
      directResult: true,
      union: { name: 'ServiceUpdateResult' },
    },
    resolve: async (_root, { id, expectedVersion, patch }, { viewer, requestId }) => ({
      service: await updateService(
        { viewer: viewer!, requestId },
        id.id,
        expectedVersion,
        toFields(patch as Record<string, unknown>),
      ),
    }),
  }),
  serviceArchive: t.field({
    type: ServicePayload,
    description: 'Archive a service: it leaves searches, matching and the public feed, and stays readable by id.',
    args: {
      id: t.arg.globalID({ for: SupportService, required: true }),
      expectedVersion: t.arg.int({ required: true }),
    },
    authScopes: ADMINS,
    errors: { types: [NotFoundError, StaleRecordError], directResult: true, union: { name: 'ServiceArchiveResult' } },
    resolve: async (_root, { id, expectedVersion }, { viewer, requestId }) => ({
      service: await setServiceStatus({ viewer: viewer!, requestId }, id.id, expectedVersion, 'ARCHIVED'),
    }),
  }),
  serviceMarkReviewed: t.field({
    type: ServicePayload,
    description: 'Record that the service was checked today; the next review is due in a year unless given.',
    args: {
      id: t.arg.globalID({ for: SupportService, required: true }),
      expectedVersion: t.arg.int({ required: true }),
      nextReviewDueAt: t.arg({ type: 'DateTime' }),
    },
    authScopes: ADMINS,
    errors: {
      types: [ValidationError, NotFoundError, StaleRecordError],
      directResult: true,
      union: { name: 'ServiceMarkReviewedResult' },
    },
    resolve: async (_root, { id, expectedVersion, nextReviewDueAt }, { viewer, requestId }) => ({
      service: await markServiceReviewed({ viewer: viewer!, requestId }, id.id, expectedVersion, nextReviewDueAt),
    }),
  }),
}));
