/** serviceArchive: take a service out of searches, matching and the public feed. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, StaleRecordError } from '../../errors.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { SupportService } from './directory.types.ts';
import { bumpVersion, ServicePayload } from './service-fields.ts';

export async function setServiceStatus(
  { viewer, requestId }: RequestInfo,
  id: string,
  expectedVersion: number,
  status: enums.ServiceStatus,
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

builder.mutationField('serviceArchive', (t) =>
  t.field({
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
);
