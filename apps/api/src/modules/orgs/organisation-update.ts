/** organisationUpdate: a platform admin changes an organisation's name, kind, First Responder status, areas, Home Office name or email domains. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  auditedFields,
  checkOrganisationFields,
  OrganisationFieldsInput,
  OrganisationPayload,
} from './organisation-fields.ts';
import { Organisation } from './orgs.types.ts';

export async function updateOrganisation(
  id: string,
  input: typeof OrganisationFieldsInput.$inferInput,
  { viewer, requestId }: RequestInfo,
) {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.organisation.findUnique({ where: { id }, select: { id: true } })))
      throw new NotFoundError('Organisation');
    const { areaIds, ...fields } = await checkOrganisationFields(tx, input, id);
    const organisation = await tx.organisation.update({
      where: { id },
      data: { ...fields, areas: { set: areaIds.map((areaId) => ({ id: areaId })) } },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'organisation.update',
      entityType: 'Organisation',
      entityId: id,
      data: auditedFields({ ...fields, areaIds }),
    });
    return { organisation };
  });
}

builder.mutationField('organisationUpdate', (t) =>
  t.field({
    type: OrganisationPayload,
    description: "Change an organisation's details (platform admins). Every field is replaced.",
    args: {
      id: t.arg.globalID({ for: Organisation, required: true }),
      input: t.arg({ type: OrganisationFieldsInput, required: true }),
    },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'OrganisationUpdateResult' },
    },
    resolve: (_root, { id, input }, { viewer, requestId }) =>
      updateOrganisation(id.id, input, { viewer: viewer!, requestId }),
  }),
);
