/** organisationCreate: a platform admin adds an organisation to the partnership. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { freeSlug } from '../directory/slug.ts';
import {
  ADMIN_SOURCE,
  auditedFields,
  checkOrganisationFields,
  OrganisationFieldsInput,
  OrganisationPayload,
} from './organisation-fields.ts';

export async function createOrganisation(
  input: typeof OrganisationFieldsInput.$inferInput,
  { viewer, requestId }: RequestInfo,
) {
  return prisma.$transaction(async (tx) => {
    const { areaIds, ...fields } = await checkOrganisationFields(tx, input, null);
    const slug = await freeSlug(fields.name, async (s) => (await tx.organisation.count({ where: { slug: s } })) > 0);
    const organisation = await tx.organisation.create({
      data: {
        ...fields,
        slug,
        sourceFile: ADMIN_SOURCE.file,
        sourceSection: ADMIN_SOURCE.section,
        areas: { connect: areaIds.map((id) => ({ id })) },
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'organisation.create',
      entityType: 'Organisation',
      entityId: organisation.id,
      data: auditedFields({ ...fields, areaIds }),
    });
    return { organisation };
  });
}

builder.mutationField('organisationCreate', (t) =>
  t.field({
    type: OrganisationPayload,
    description: 'Add an organisation (platform admins). Give it an admin with personInvite and the ORG_ADMIN role.',
    args: { input: t.arg({ type: OrganisationFieldsInput, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: { types: [ValidationError], directResult: true, union: { name: 'OrganisationCreateResult' } },
    resolve: (_root, { input }, { viewer, requestId }) => createOrganisation(input, { viewer: viewer!, requestId }),
  }),
);
