/** contactUpdate: change a contact, checked against the version the admin last read. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, StaleRecordError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { Contact } from './directory.types.ts';
import {
  bumpVersion,
  ContactPatch,
  ContactPayload,
  toFields,
  check,
  references,
  scalars,
  type ContactFields,
} from './contact-fields.ts';

export async function updateContact(
  { viewer, requestId }: RequestInfo,
  id: string,
  expectedVersion: number,
  patch: Partial<ContactFields>,
) {
  const given = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<ContactFields>;
  check(given, ['patch'], true);
  const { areaId } = await references(given, ['patch']);
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, {
      ...scalars(given),
      ...(areaId !== undefined ? { areaId } : {}),
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'contact.update',
      entityType: 'Contact',
      entityId: id,
      data: { fields: Object.keys(given).sort(), version: updated.version },
    });
    return updated;
  });
}

builder.mutationField('contactUpdate', (t) =>
  t.field({
    type: ContactPayload,
    args: {
      id: t.arg.globalID({ for: Contact, required: true }),
      expectedVersion: t.arg.int({ required: true }),
      patch: t.arg({ type: ContactPatch, required: true }),
    },
    authScopes: ADMINS,
    errors: {
      types: [ValidationError, NotFoundError, StaleRecordError],
      directResult: true,
      union: { name: 'ContactUpdateResult' },
    },
    resolve: async (_root, { id, expectedVersion, patch }, { viewer, requestId }) => ({
      contact: await updateContact(
        { viewer: viewer!, requestId },
        id.id,
        expectedVersion,
        toFields(patch) as Partial<ContactFields>,
      ),
    }),
  }),
);
