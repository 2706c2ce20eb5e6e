/** contactArchive: archive a contact. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, StaleRecordError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { Contact } from './directory.types.ts';
import { bumpVersion, ContactPayload } from './contact-fields.ts';

export async function archiveContact({ viewer, requestId }: RequestInfo, id: string, expectedVersion: number) {
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, { status: 'ARCHIVED' });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'contact.archive',
      entityType: 'Contact',
      entityId: id,
      data: { version: updated.version },
    });
    return updated;
  });
}

builder.mutationField('contactArchive', (t) =>
  t.field({
    type: ContactPayload,
    args: { id: t.arg.globalID({ for: Contact, required: true }), expectedVersion: t.arg.int({ required: true }) },
    authScopes: ADMINS,
    errors: { types: [NotFoundError, StaleRecordError], directResult: true, union: { name: 'ContactArchiveResult' } },
    resolve: async (_root, { id, expectedVersion }, { viewer, requestId }) => ({
      contact: await archiveContact({ viewer: viewer!, requestId }, id.id, expectedVersion),
    }),
  }),
);
