/** serviceUpdate: change a service, checked against the version the admin last read. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, StaleRecordError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { SupportService } from './directory.types.ts';
import {
  bumpServiceVersion,
  ServicePatchInput,
  ServicePayload,
  toFields,
  checkReferences,
  validate,
  eligibilityData,
  scalarData,
  type ServiceFields,
  type ServicePatch,
} from './service-fields.ts';

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
    referralRules: current.referralRules,
    reviewDueAt: current.reviewDueAt,
    ...given,
  };
  validate(given, merged, ['patch']);
  const { areaIds } = await checkReferences(merged, ['patch']);
  if (merged.hidden && !merged.restricted)
    throw new ValidationError([{ path: ['patch', 'hidden'], message: 'applies only to restricted services' }]);
  return prisma.$transaction(async (tx) => {
    const updated = await bumpServiceVersion(tx, id, expectedVersion, {
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

builder.mutationField('serviceUpdate', (t) =>
  t.field({
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
);
