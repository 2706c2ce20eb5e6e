/**
 * Directory admin use cases for support services, one transaction each, each with its audit
 * record. Updates are patches checked against `expectedVersion` (optimistic concurrency): the
 * merged record is validated as a whole so cross-field rules hold after every change.
 */
import type { Viewer } from '../../context.ts';
import { prisma, type Transaction } from '../../db.ts';
import {
  NotFoundError,
  StaleRecordError,
  ValidationError,
  validationErrorFrom,
  type FieldError,
} from '../../errors.ts';
import type { Prisma, SupportService } from '../../generated/prisma/client.ts';
import type { ReferralRoute, ServiceStatus } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { freeSlug } from './slug.ts';
import { referralRouteProblems, serviceCreateInput, servicePatchInput } from './directory.validation.ts';

export interface RequestInfo {
  viewer: Viewer;
  requestId: string;
}

export interface EligibilityInput {
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
  referralRoute: ReferralRoute;
  referralDetails?: string | null;
  referralViaOrganisationId?: string | null;
  areaCodes?: string[] | null;
  restricted?: boolean | null;
  hidden?: boolean | null;
  restrictedDetails?: string | null;
  reviewDueAt?: Date | null;
  sourceFile?: string | null;
  sourceSection?: string | null;
  eligibility?: EligibilityInput | null;
}

/** How long a review lasts when the admin does not say: a year. */
export const REVIEW_PERIOD_DAYS = 365;
const ADMIN_SOURCE = { file: 'waymark-directory-admin', section: 'Entered by a directory admin' };

export function nextReviewDue(from: Date = new Date()): Date {
  return new Date(from.getTime() + REVIEW_PERIOD_DAYS * 86_400_000);
}

/** References to other records, checked after formats so the report names every field. */
async function checkReferences(fields: ServiceFields, prefix: string[]): Promise<{ areaIds: string[] }> {
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

function validate(fields: ServiceFields | ServicePatch, merged: ServiceFields, prefix: string[]) {
  const parsed = (prefix.length ? servicePatchInput : serviceCreateInput).safeParse(fields);
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...referralRouteProblems(merged)];
  if (issues.length) throw validationErrorFrom(issues.map((i) => ({ ...i, path: [...prefix, ...i.path.map(String)] })));
}

function eligibilityData(e: EligibilityInput) {
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

function scalarData(fields: ServiceFields) {
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
  };
}

export async function createService(
  { viewer, requestId }: RequestInfo,
  fields: ServiceFields,
): Promise<SupportService> {
  validate(fields, fields, []);
  const { areaIds } = await checkReferences(fields, []);
  if (fields.hidden && !fields.restricted)
    throw new ValidationError([{ path: ['hidden'], message: 'applies only to restricted services' }]);
  return prisma.$transaction(async (tx) => {
    const created = await tx.supportService.create({
      data: {
        ...scalarData(fields),
        slug: await freeSlug(fields.name, async (slug) => (await tx.supportService.count({ where: { slug } })) > 0),
        organisationId: fields.organisationId,
        referralViaOrganisationId: fields.referralViaOrganisationId ?? null,
        sourceFile: fields.sourceFile ?? ADMIN_SOURCE.file,
        sourceSection: fields.sourceSection ?? ADMIN_SOURCE.section,
        lastReviewedAt: new Date(),
        reviewDueAt: fields.reviewDueAt ?? nextReviewDue(),
        areas: { connect: areaIds.map((id) => ({ id })) },
        ...(fields.eligibility ? { eligibility: { create: eligibilityData(fields.eligibility) } } : {}),
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'service.create',
      entityType: 'SupportService',
      entityId: created.id,
      data: { slug: created.slug },
    });
    return created;
  });
}

/** Applies a versioned change: NotFound when it is gone, StaleRecordError when someone changed it first. */
async function bumpVersion(
  tx: Transaction,
  id: string,
  expectedVersion: number,
  data: Prisma.SupportServiceUpdateInput,
) {
  const { count } = await tx.supportService.updateMany({
    where: { id, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.supportService.findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new NotFoundError('Service');
    throw new StaleRecordError(current.version);
  }
  return tx.supportService.update({ where: { id }, data });
}

export type ServicePatch = Partial<ServiceFields>;

export async function updateService(
  { viewer, requestId }: RequestInfo,
  id: string,
  expectedVersion: number,
  patch: ServicePatch,
) {
  const current = await prisma.supportService.findUnique({
    where: { id },
    include: { eligibility: true, areas: { select: { code: true } } },
  });
  if (!current) throw new NotFoundError('Service');
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as ServicePatch;
  // GraphQL lets a patch send null for any field; the required ones cannot be cleared.
  const cleared = (['organisationId', 'name', 'description', 'referralRoute', 'restricted', 'hidden'] as const).filter(
    (key) => key in given && given[key] === null,
  );
  if (cleared.length)
    throw new ValidationError(
      cleared.map((key) => ({ path: ['patch', key], message: 'is required and cannot be cleared' })),
    );
  const merged: ServiceFields = {
    organisationId: current.organisationId,
    name: current.name,
    description: current.description,
    url: current.url,
    email: current.email,
    phones: current.phones,
    languages: current.languages,
    categories: current.categories,
    referralRoute: current.referralRoute,
    referralDetails: current.referralDetails,
    referralViaOrganisationId: current.referralViaOrganisationId,
    areaCodes: current.areas.map((a) => a.code),
    restricted: current.restricted,
    hidden: current.hidden,
    restrictedDetails: current.restrictedDetails,
    reviewDueAt: current.reviewDueAt,
    ...given,
  };
  validate(given, merged, ['patch']);
  const { areaIds } = await checkReferences(merged, ['patch']);
  if (merged.hidden && !merged.restricted)
    throw new ValidationError([{ path: ['patch', 'hidden'], message: 'applies only to restricted services' }]);
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, {
      ...scalarData(merged),
      referralVia: merged.referralViaOrganisationId
        ? { connect: { id: merged.referralViaOrganisationId } }
        : { disconnect: true },
      organisation: { connect: { id: merged.organisationId } },
      reviewDueAt: merged.reviewDueAt ?? null,
      ...(given.areaCodes !== undefined ? { areas: { set: areaIds.map((areaId) => ({ id: areaId })) } } : {}),
      ...(given.eligibility !== undefined
        ? given.eligibility === null
          ? current.eligibility
            ? { eligibility: { delete: true } }
            : {}
          : {
              eligibility: {
                upsert: { create: eligibilityData(given.eligibility), update: eligibilityData(given.eligibility) },
              },
            }
        : {}),
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'service.update',
      entityType: 'SupportService',
      entityId: id,
      data: { fields: Object.keys(given).sort(), version: updated.version },
    });
    return updated;
  });
}

export async function setServiceStatus(
  { viewer, requestId }: RequestInfo,
  id: string,
  expectedVersion: number,
  status: ServiceStatus,
) {
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, { status });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: status === 'ARCHIVED' ? 'service.archive' : 'service.status',
      entityType: 'SupportService',
      entityId: id,
      data: { status, version: updated.version },
    });
    return updated;
  });
}

export async function markServiceReviewed(
  { viewer, requestId }: RequestInfo,
  id: string,
  expectedVersion: number,
  nextReviewDueAt: Date | null | undefined,
) {
  const now = new Date();
  if (nextReviewDueAt && nextReviewDueAt.getTime() <= now.getTime()) {
    throw new ValidationError([{ path: ['nextReviewDueAt'], message: 'must be in the future' }]);
  }
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, {
      lastReviewedAt: now,
      reviewDueAt: nextReviewDueAt ?? nextReviewDue(now),
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'service.review',
      entityType: 'SupportService',
      entityId: id,
      data: { version: updated.version },
    });
    return updated;
  });
}
