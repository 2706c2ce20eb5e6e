/** A support service's fields as the admin use cases take them: GraphQL inputs, checks, and the columns they become. */
import { builder } from '../../builder.ts';
import { prisma, type Transaction } from '../../db/client.ts';
import { ValidationError, validationErrorFrom, type FieldError } from '../../errors.ts';
import type { Prisma, SupportService as ServiceRow } from '../../generated/prisma/client.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { Gender } from '../cases/case.types.ts';
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
import { ServiceReferralRuleId } from './service-referral-rules.types.ts';
import { referralRouteProblems, serviceCreateInput, servicePatchInput } from './directory.validation.ts';
import { bumpVersion } from './record-version.ts';

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

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
export function serviceFields<Required extends boolean>(t: InputFields, required: Required) {
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
    referralRules: t.field({
      type: [ServiceReferralRuleId],
      description: "The service's own referral rules, applied to every referral to it (replaces the list).",
    }),
    reviewDueAt: t.field({ type: 'DateTime' }),
    sourceFile: t.string(),
    sourceSection: t.string(),
    eligibility: t.field({ type: EligibilityInput }),
  };
}

export const ServiceCreateInput = builder.inputType('ServiceCreateInput', { fields: (t) => serviceFields(t, true) });

export const ServicePatchInput = builder.inputType('ServicePatch', {
  description: 'Only the fields given change; null clears an optional field.',
  fields: (t) => serviceFields(t, false),
});

export const ServicePayload = builder.objectRef<{ service: ServiceRow }>('ServicePayload').implement({
  fields: (t) => ({ service: t.field({ type: SupportService, resolve: (p) => p.service }) }),
});

export type GlobalId = { id: string } | null | undefined;

export const unwrap = (id: GlobalId) => (id === undefined ? undefined : (id?.id ?? null));

export function toFields(input: Record<string, unknown>): ServicePatch {
  const fields = { ...input } as Record<string, unknown>;
  if ('organisationId' in input) fields.organisationId = unwrap(input.organisationId as GlobalId);
  if ('referralViaOrganisationId' in input)
    fields.referralViaOrganisationId = unwrap(input.referralViaOrganisationId as GlobalId);
  return fields as ServicePatch;
}

export interface EligibilityFields {
  genders?: string[] | null;
  ageGroups?: string[] | null;
  minimumAge?: number | null;
  maximumAge?: number | null;
  nrmStatuses?: string[] | null;
  decisionOutcomes?: string[] | null;
  recourseToPublicFunds?: boolean | null;
  exploitationTypes?: string[] | null;
  conditions?: string | null;
}

export interface ServiceFields {
  organisationId: string;
  name: string;
  description: string;
  url?: string | null;
  email?: string | null;
  phones?: string[] | null;
  languages?: string[] | null;
  categories?: string[] | null;
  referralRoute: enums.ReferralRoute;
  referralDetails?: string | null;
  referralViaOrganisationId?: string | null;
  areaCodes?: string[] | null;
  restricted?: boolean | null;
  hidden?: boolean | null;
  restrictedDetails?: string | null;
  referralRules?: string[] | null;
  reviewDueAt?: Date | null;
  sourceFile?: string | null;
  sourceSection?: string | null;
  eligibility?: EligibilityFields | null;
}

export type ServicePatch = Partial<ServiceFields>;

export const ADMIN_SOURCE = { file: 'waymark-directory-admin', section: 'Entered by a directory admin' };

/** References to other records, checked after formats so the report names every field. */
export async function checkReferences(fields: ServiceFields, prefix: string[]): Promise<{ areaIds: string[] }> {
  const problems: FieldError[] = [];
  const orgIds = [fields.organisationId, fields.referralViaOrganisationId].filter((id): id is string => Boolean(id));
  const orgs = await prisma.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true } });
  const known = new Set(orgs.map((o) => o.id));
  if (!known.has(fields.organisationId))
    problems.push({ path: [...prefix, 'organisationId'], message: 'is not a known organisation' });
  if (fields.referralViaOrganisationId && !known.has(fields.referralViaOrganisationId)) {
    problems.push({ path: [...prefix, 'referralViaOrganisationId'], message: 'is not a known organisation' });
  }
  const codes = fields.areaCodes ?? [];
  const areas = await prisma.area.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const unknown = codes.filter((code) => !areas.some((a) => a.code === code));
  if (unknown.length)
    problems.push({ path: [...prefix, 'areaCodes'], message: `has unknown area codes: ${unknown.join(', ')}` });
  if (problems.length) throw new ValidationError(problems);
  return { areaIds: areas.map((a) => a.id) };
}

export function validate(fields: ServiceFields | ServicePatch, merged: ServiceFields, prefix: string[]) {
  const parsed = (prefix.length ? servicePatchInput : serviceCreateInput).safeParse(fields);
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...referralRouteProblems(merged)];
  if (issues.length) throw validationErrorFrom(issues.map((i) => ({ ...i, path: [...prefix, ...i.path.map(String)] })));
}

export function eligibilityData(e: EligibilityFields) {
  return {
    genders: (e.genders ?? []) as never[],
    ageGroups: (e.ageGroups ?? []) as never[],
    minimumAge: e.minimumAge ?? null,
    maximumAge: e.maximumAge ?? null,
    nrmStatuses: (e.nrmStatuses ?? []) as never[],
    decisionOutcomes: (e.decisionOutcomes ?? []) as never[],
    recourseToPublicFunds: e.recourseToPublicFunds ?? null,
    exploitationTypes: (e.exploitationTypes ?? []) as never[],
    conditions: e.conditions?.trim() || null,
  };
}

export function scalarData(fields: ServiceFields) {
  return {
    name: fields.name.trim(),
    description: fields.description.trim(),
    url: fields.url?.trim() || null,
    email: fields.email?.trim() || null,
    phones: (fields.phones ?? []).map((p) => p.trim()),
    languages: (fields.languages ?? []).map((l) => l.trim()),
    categories: fields.categories ?? [],
    referralRoute: fields.referralRoute,
    referralDetails: fields.referralDetails?.trim() || null,
    restricted: fields.restricted ?? false,
    hidden: fields.hidden ?? false,
    restrictedDetails: fields.restrictedDetails?.trim() || null,
    referralRules: [...new Set(fields.referralRules ?? [])],
  };
}

/** A versioned change to the service (see record-version.ts). */
export function bumpServiceVersion(
  tx: Transaction,
  id: string,
  expectedVersion: number,
  data: Prisma.SupportServiceUpdateInput,
) {
  return bumpVersion<Prisma.SupportServiceUpdateInput, ServiceRow>(
    tx.supportService,
    'Service',
    id,
    expectedVersion,
    data,
  );
}
