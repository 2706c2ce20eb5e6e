/** serviceCreate: add a support service to the directory. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { SupportService as ServiceRow } from '../../generated/prisma/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { freeSlug } from './slug.ts';
import {
  ServiceCreateInput,
  ServicePayload,
  checkReferences,
  validate,
  eligibilityData,
  scalarData,
  ADMIN_SOURCE,
  type ServiceFields,
} from './service-fields.ts';
import { nextReviewDue } from './service-mark-reviewed.ts';

export async function createService({ viewer, requestId }: RequestInfo, fields: ServiceFields): Promise<ServiceRow> {
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

builder.mutationField('serviceCreate', (t) =>
  t.field({
    type: ServicePayload,
    description: 'Add a support service to the directory.',
    args: { input: t.arg({ type: ServiceCreateInput, required: true }) },
    authScopes: ADMINS,
    errors: { types: [ValidationError], directResult: true, union: { name: 'ServiceCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => ({
      service: await createService(
        { viewer: viewer!, requestId },
        {
          ...input,
          organisationId: input.organisationId.id,
          referralViaOrganisationId: input.referralViaOrganisationId?.id ?? null,
        },
      ),
    }),
  }),
);
