/** serviceMarkReviewed: record that a service was checked; the next review falls due a year on by default. */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, StaleRecordError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ADMINS } from './directory-access.ts';
import { SupportService } from './directory.types.ts';
import { bumpVersion, ServicePayload } from './service-fields.ts';

/** How long a review lasts when the admin does not say: a year. */
export const REVIEW_PERIOD_DAYS = 365;

export function nextReviewDue(from: Date = new Date()): Date {
  return new Date(from.getTime() + REVIEW_PERIOD_DAYS * 86_400_000);
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

builder.mutationField('serviceMarkReviewed', (t) =>
  t.field({
    type: ServicePayload,
    description: 'Record that the service was checked today; the next review is due in a year unless given.',
    args: {
      id: t.arg.globalID({ for: SupportService, required: true }),
      expectedVersion: t.arg.int({ required: true }),
      nextReviewDueAt: t.arg({ type: 'DateTime' }),
    },
    authScopes: ADMINS,
    errors: {
      types: [ValidationError, NotFoundError, StaleRecordError],
      directResult: true,
      union: { name: 'ServiceMarkReviewedResult' },
    },
    resolve: async (_root, { id, expectedVersion, nextReviewDueAt }, { viewer, requestId }) => ({
      service: await markServiceReviewed({ viewer: viewer!, requestId }, id.id, expectedVersion, nextReviewDueAt),
    }),
  }),
);
