/** contactCreate: add a contact to the directory. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { Contact as ContactRow, Prisma } from '../../generated/prisma/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { freeSlug } from './slug.ts';
import {
  ContactCreateInput,
  ContactPayload,
  toFields,
  check,
  references,
  scalars,
  ADMIN_SOURCE,
  type ContactFields,
} from './contact-fields.ts';

export async function createContact({ viewer, requestId }: RequestInfo, fields: ContactFields): Promise<ContactRow> {
  check(fields, [], false);
  const { areaId } = await references({ ...fields, areaCode: fields.areaCode ?? null }, []);
  return prisma.$transaction(async (tx) => {
    const created = await tx.contact.create({
      data: {
        ...(scalars(fields) as Prisma.ContactUncheckedCreateInput),
        name: fields.name.trim(),
        purpose: fields.purpose,
        slug: await freeSlug(fields.name, async (slug) => (await tx.contact.count({ where: { slug } })) > 0),
        areaId: areaId ?? null,
        sourceFile: fields.sourceFile ?? ADMIN_SOURCE.file,
        sourceSection: fields.sourceSection ?? ADMIN_SOURCE.section,
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'contact.create',
      entityType: 'Contact',
      entityId: created.id,
      data: { slug: created.slug },
    });
    return created;
  });
}

builder.mutationField('contactCreate', (t) =>
  t.field({
    type: ContactPayload,
    args: { input: t.arg({ type: ContactCreateInput, required: true }) },
    authScopes: ADMINS,
    errors: { types: [ValidationError], directResult: true, union: { name: 'ContactCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => ({
      contact: await createContact({ viewer: viewer!, requestId }, toFields(input)),
    }),
  }),
);
